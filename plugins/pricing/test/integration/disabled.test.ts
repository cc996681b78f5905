/** With the pricing plugin off the app boots, its slugs are gone, and the commerce endpoints price from base prices. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ADMIN, createCommerceBasics, createStaff } from '../../../../test/helpers/fixtures'
import { startTestApp, type TestApp } from '../../../../test/helpers/payload'

type ProductsAnswer = { docs: Array<{ sku: string; price: { value: string; priceList: null; tiers: unknown[] } | null }> }
type PriceAnswer = { lines: Array<{ unitPrice: string; priceList: number | null }> }

let app: TestApp
let token: string
let basics: Awaited<ReturnType<typeof createCommerceBasics>>

beforeAll(async () => {
  app = await startTestApp({ plugins: { pricing: { enabled: false } }, freshDatabase: true })
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  token = await app.login(ADMIN.email, ADMIN.password)
})
afterAll(() => app?.close())

describe('pricing disabled', () => {
  it('removes the pricing collections and global', async () => {
    expect((await app.rest.get('/price-lists', { token })).status).toBe(404)
    expect(app.payload.collections['product-prices']).toBeUndefined()
    expect(app.payload.globals.config.map((global) => global.slug)).not.toContain('pricing-settings')
  })

  it('lists products with their base price in the buyer’s currency', async () => {
    const response = await app.rest.get<ProductsAnswer>('/commerce/products?sort=sku')
    expect(response.status).toBe(200)
    expect(response.body.docs.map((doc) => [doc.sku, doc.price?.value])).toEqual([
      ['DRILL', '129.9900'],
      ['SCREW', '1.0100'],
    ])
  })

  it('prices a cart from base prices', async () => {
    const response = await app.rest.post<PriceAnswer>('/commerce/price', { body: { currency: 'USD', lines: [{ product: basics.screw.id, quantity: 3 }] } })
    expect(response.body.lines[0]).toEqual(expect.objectContaining({ unitPrice: '1.0100', priceList: null }))
  })
})
