/** The demo catalog a newcomer browses: it goes through every catalog rule, and reads in English and German. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemo } from '../../src/seed/demo'
import type { Attribute, Category, Product } from '../../src/payload-types'
import type { ListResponse, WithFields } from '../helpers/api-types'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp

beforeAll(async () => {
  app = await startTestApp()
  await seedDemo(app.payload)
})
afterAll(() => app?.close())

const total = async (path: string) => (await app.rest.get<ListResponse<unknown>>(path)).body.totalDocs as number

describe('the demo catalog', () => {
  it('has 30 products, three of them configurable with 11 variants', async () => {
    expect(await total('/products?limit=1')).toBe(30)
    expect(await total('/products?where[type][equals]=configurable&limit=1')).toBe(3)
    expect(await total('/product-variants?limit=1')).toBe(11)
  })

  it('has the category tree Fasteners > Screws/Nuts/Washers, Tools > Power tools…, Safety > Gloves…', async () => {
    const { docs } = (await app.rest.get<ListResponse<Category>>('/categories?limit=100&sort=path&depth=0')).body
    expect(docs.map((doc) => doc.path)).toEqual([
      'fasteners',
      'fasteners/nuts',
      'fasteners/screws',
      'fasteners/washers',
      'plumbing',
      'plumbing/sealing',
      'safety',
      'safety/eye-protection',
      'safety/gloves',
      'tools',
      'tools/batteries',
      'tools/hand-tools',
      'tools/power-tools',
    ])
    const fasteners = docs.find((doc) => doc.path === 'fasteners')!.id
    const subtree = (await app.rest.get<ListResponse<Category>>(`/categories?where[or][0][id][equals]=${fasteners}&where[or][1][ancestors][equals]=${fasteners}&limit=0&depth=0`)).body.docs
    expect(await total(`/products?where[categories][in]=${subtree.map((doc: { id: number }) => doc.id).join(',')}&limit=1`)).toBe(11)
  })

  it('filters by attribute values and reads German names', async () => {
    expect(await total('/products?where[attributeValues.key][equals]=voltage:18&limit=1')).toBe(6)
    expect(await total('/product-variants?where[variantValues.key][equals]=size:xl&limit=1')).toBe(2)
    const gloves = (await app.rest.get<ListResponse<Product>>('/products?where[sku][equals]=GLV-NIT&locale=de&depth=0')).body.docs[0]
    expect(gloves.name).toBe('Nitril-Arbeitshandschuhe, Paar')
    const material = (await app.rest.get<ListResponse<WithFields<Attribute, { options: NonNullable<Attribute['options']> }>>>('/attributes?where[code][equals]=material&locale=de')).body.docs[0]
    expect(material.label).toBe('Material')
    expect(material.options.find((option) => option.value === 'steel-zinc')!.label).toBe('Stahl, verzinkt')
  })

  it('has an order line selling a variant, at its product’s base price', async () => {
    const order = (await app.payload.find({ collection: 'orders', limit: 1, overrideAccess: true })).docs[0]
    expect(order.lines.map((line) => [line.sku, line.unitPrice, line.amount])).toEqual([
      ['SCR-M4-20', '12.4900', 14988],
      ['DRL-18V', '129.0000', 25800],
      ['GLV-NIT-L', '3.4900', 17450],
    ])
  })
})
