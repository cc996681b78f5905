/** The taxes demo a newcomer finds after `npm run dev`: EU VAT, New York sales tax, and a German website with gross prices. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DataFromCollectionSlug } from 'payload'

import { seedDemo } from '../../src/seed/demo'
import { DEMO_ADMIN } from '../../src/seed/demo-data'
import type { DocResponse, ListResponse } from '../helpers/api-types'
import { startTestApp, type TestApp } from '../helpers/payload'

type Order = DataFromCollectionSlug<'orders'>
type TaxRule = DataFromCollectionSlug<'tax-rules'>
type Website = DataFromCollectionSlug<'websites'>

let app: TestApp
let token: string
const idOf = async (collection: 'customers' | 'products' | 'websites', field: string, value: string) => {
  const found = await app.payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0, overrideAccess: true })
  return found.docs[0].id
}

beforeAll(async () => {
  app = await startTestApp()
  await seedDemo(app.payload)
  token = await app.login(DEMO_ADMIN.email, DEMO_ADMIN.password)
})
afterAll(() => app?.close())

// With the plugin switched off (BUREAU_DISABLE_PLUGINS=taxes) there is no taxes demo to check.
const taxesDisabled = (process.env.BUREAU_DISABLE_PLUGINS ?? '').split(',').map((name) => name.trim()).includes('taxes')

describe.skipIf(taxesDisabled)('the taxes demo', () => {
  it('has DE 19 %, FR 20 %, NY State 4 % + NYC 4.5 % and CA 7.25 % as rules', async () => {
    const { body } = await app.rest.get<ListResponse<TaxRule>>('/tax-rules?sort=code&depth=1&limit=50', { token })
    expect(body.docs.map((rule) => [rule.code, typeof rule.jurisdiction === 'object' ? rule.jurisdiction.code : null, rule.rate])).toEqual([
      ['CA State', 'US-CA', '7.25'],
      ['DE VAT', 'DE', '19'],
      ['FR TVA', 'FR', '20'],
      ['NY State', 'US-NY', '4'],
      ['NYC', 'US-NY-NYC', '4.5'],
    ])
  })

  it('has a German website in EUR whose prices include tax', async () => {
    const { body } = await app.rest.get<ListResponse<Website>>('/websites?where[code][equals]=de&depth=1', { token })
    const de = body.docs[0]
    expect(typeof de.defaultCurrency === 'object' ? de.defaultCurrency.code : null).toBe('EUR')
    expect(de.taxSettings?.pricesIncludeTax).toBe('included')
  })

  it('extracts 19 % VAT from a gross EUR price on the German website: 119.00 = 100.00 + 19.00', async () => {
    const response = await app.rest.post<DocResponse<Order>>('/orders', {
      token,
      body: {
        website: await idOf('websites', 'code', 'de'),
        customer: await idOf('customers', 'code', 'CONTOSO'),
        currency: 'EUR',
        shippingAddress: { country: 'DE', city: 'Berlin', postalCode: '10115', street: 'Invalidenstraße 1' },
        lines: [{ product: await idOf('products', 'sku', 'DRL-18V'), quantity: 1 }],
      },
    })
    expect(response.status).toBe(201)
    expect(response.body.doc).toMatchObject({ pricesIncludeTax: true, subtotal: 11900, taxTotal: 1900, grandTotal: 11900 })
    expect(response.body.doc.taxes?.map(({ code, rate, amount }) => ({ code, rate, amount }))).toEqual([{ code: 'DE VAT', rate: '19', amount: 1900 }])
  })

  it('adds NY State and NYC sales tax on the US website for a Manhattan address: 129.00 + 5.16 + 5.81', async () => {
    const response = await app.rest.post<DocResponse<Order>>('/orders', {
      token,
      body: {
        website: await idOf('websites', 'code', 'us'),
        customer: await idOf('customers', 'code', 'NORTHWIND-EAST'),
        currency: 'USD',
        shippingAddress: { country: 'US', region: 'NY', city: 'New York', postalCode: '10005', street: '140 Broadway' },
        lines: [{ product: await idOf('products', 'sku', 'DRL-18V'), quantity: 1 }],
      },
    })
    const doc = response.body.doc
    expect(doc).toMatchObject({ pricesIncludeTax: false, subtotal: 12900 })
    // taxed on what the buyer pays: the marketing demo gives Northwind its 10 % Wholesale promotion when installed
    // (129.00 − 12.90 = 116.10 → 4.64 + 5.22), without it 129.00 → 5.16 + 5.81; each rate rounded half-up on the total
    const net = (doc.subtotal ?? 0) - (doc.discountTotal ?? 0)
    const tax = (permille: number) => Math.floor((net * permille + 500) / 1000)
    expect(doc.taxTotal).toBe(tax(40) + tax(45))
    expect(doc.grandTotal).toBe(net + (doc.taxTotal ?? 0))
  })

  it('taxes a variant by its product’s tax code (variants inherit it): a rule for "standard" goods applies to a glove size', async () => {
    const local = { overrideAccess: true, depth: 0 } as const
    const standard = (await app.payload.find({ collection: 'tax-codes', where: { code: { equals: 'standard' } }, ...local })).docs[0]
    const california = (await app.payload.find({ collection: 'tax-jurisdictions', where: { code: { equals: 'US-CA' } }, ...local })).docs[0]
    await app.payload.create({ collection: 'tax-rules', data: { code: 'CA standard goods', jurisdiction: california.id, productTaxCode: standard.id, rate: '1' }, ...local })
    const variant = (await app.payload.find({ collection: 'product-variants', where: { sku: { equals: 'GLV-NIT-L' } }, ...local })).docs[0]
    const response = await app.rest.post<DocResponse<Order>>('/orders', {
      token,
      body: {
        website: await idOf('websites', 'code', 'us'),
        customer: await idOf('customers', 'code', 'NORTHWIND-WEST'),
        currency: 'USD',
        shippingAddress: { country: 'US', region: 'CA', postalCode: '94607' },
        lines: [{ product: await idOf('products', 'sku', 'GLV-NIT'), variant: variant.id, quantity: 10 }],
      },
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.taxes?.map((tax) => tax.code)).toEqual(['CA State', 'CA standard goods'])
  })
})
