import { isDeepStrictEqual } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLocalReq, type CollectionSlug, type TypedLocale } from 'payload'

import { readAlone, sqlDocumentRead } from '../../src/kit'
import { createCatalogBasics } from '../helpers/catalog'
import { ADMIN, createCommerceBasics, createStaff } from '../helpers/fixtures'
import type { DocResponse } from '../helpers/api-types'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let basics: Awaited<ReturnType<typeof createCommerceBasics>>
let catalog: Awaited<ReturnType<typeof createCatalogBasics>>
const local = { overrideAccess: true, depth: 0 } as const
/** What the line loader reads of products and variants, with the fields the installed stages declare. */
const DECLARED = ['categories', 'brand', 'family', 'attributeValues', 'taxCode', 'weight']
const FIELDS = {
  products: ['sku', 'name', 'type', 'status', 'weight', 'unit', 'basePrices', ...DECLARED],
  'product-variants': ['product', 'sku', 'name', 'status', 'weight', 'basePrices', ...DECLARED],
}
const ids: Record<'products' | 'product-variants', number[]> = { products: [], 'product-variants': [] }

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  catalog = await createCatalogBasics(app.payload)
  const token = await app.login(ADMIN.email, ADMIN.password)
  const category = await app.payload.create({ collection: 'categories', data: { title: 'Fasteners', slug: 'fasteners-sql' }, ...local })
  const brand = await app.payload.create({ collection: 'brands', data: { name: 'Bosch', code: 'bosch' }, ...local })
  await app.payload.update({ collection: 'products', id: basics.screw.id, data: { categories: [category.id], brand: brand.id }, ...local })
  // a German name on the screw, an empty one on the drill (Payload then falls back to English)
  await app.payload.update({ collection: 'products', id: basics.screw.id, locale: 'de', data: { name: 'Schraube' }, ...local })
  const configurable = await app.rest.post<DocResponse<{ id: number }>>('/products', {
    token,
    body: { sku: 'SQL-CFG', name: 'Hex screw', type: 'configurable', family: catalog.families.fasteners.id, basePrices: [{ currency: basics.usd.id, amount: 1249 }] },
  })
  expect(configurable.status, JSON.stringify(configurable.body)).toBe(201)
  const variant = await app.rest.post<DocResponse<{ id: number }>>('/product-variants', {
    token,
    body: {
      product: configurable.body.doc.id,
      sku: 'SQL-CFG-20',
      variantValues: [
        { attribute: catalog.attributes.threadSize.id, value: 'm6' },
        { attribute: catalog.attributes.length.id, value: 20 },
      ],
    },
  })
  expect(variant.status, JSON.stringify(variant.body)).toBe(201)
  await app.payload.update({ collection: 'product-variants', id: variant.body.doc.id, locale: 'de', data: { name: 'Sechskantschraube 20' }, ...local })
  ids.products = [basics.screw.id, basics.drill.id, configurable.body.doc.id]
  ids['product-variants'] = [variant.body.doc.id]
})
afterAll(() => app?.close())

describe('sqlDocumentRead (kit): a hot read by id answering what the local API answers', () => {
  for (const collection of ['products', 'product-variants'] as const) {
    for (const locale of ['en', 'de'] as const) {
      it(`reads ${collection} in ${locale} exactly as find({ select, depth: 0 }) does (arrays, relationships, the locale fallback)`, async () => {
        const read = sqlDocumentRead(app.payload, collection, FIELDS[collection], locale)
        expect(read).not.toBeNull()
        const req = await createLocalReq({}, app.payload)
        const mine = await readAlone(req, read!([...ids[collection], 999_999]))
        const found = await app.payload.find({
          collection: collection as CollectionSlug,
          where: { id: { in: ids[collection] } },
          select: Object.fromEntries(FIELDS[collection].map((field) => [field, true])) as never,
          pagination: false,
          locale: locale as TypedLocale,
          ...local,
        })
        expect(mine.size).toBe(ids[collection].length)
        for (const doc of found.docs as unknown as Array<{ id: number }>) {
          const read = mine.get(String(doc.id))
          // JSON round trip on both sides: key order and undefined keys do not count, values and absent keys do
          expect(JSON.parse(JSON.stringify(read))).toEqual(JSON.parse(JSON.stringify(doc)))
          expect(isDeepStrictEqual(Object.keys(read ?? {}).sort(), Object.keys(JSON.parse(JSON.stringify(doc))).sort())).toBe(true)
        }
      })
    }
  }

  it('shows the German name where there is one and falls back to English where not', async () => {
    const named = sqlDocumentRead(app.payload, 'products', ['name'], 'de')
    const read = await readAlone(await createLocalReq({}, app.payload), named!([basics.screw.id, basics.drill.id]))
    expect(read.get(String(basics.screw.id))?.name).toBe('Schraube')
    expect(read.get(String(basics.drill.id))?.name).toBe('Drill')
  })

  it('declines a field whose stored form it does not read (rich text), so the caller uses the local API', () => {
    expect(sqlDocumentRead(app.payload, 'products', ['sku', 'description'], 'en')).toBeNull()
    expect(sqlDocumentRead(app.payload, 'no-such-collection', ['sku'], 'en')).toBeNull()
  })
})
