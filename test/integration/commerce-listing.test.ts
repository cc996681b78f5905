/**
 * The commerce listing answers whole product documents, each with the price and the availability resolved for the
 * buyer (the listing's own availability, for the buyer's website, replaces the one product reads carry), in REST and
 * GraphQL alike; and with the inventory plugin off it answers the same documents without an availability.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ADMIN, createCommerceBasics, createStaff } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

type Listed = { sku: string; name: string; weight: number; basePrices: Array<{ amount: number }>; price: { value: string } | null; availability?: string }
type ProductsAnswer = { docs: Listed[]; totalDocs: number }

const QUERY = '/commerce/products?sort=sku&where[sku][in]=DRILL,SCREW'

describe('the commerce listing with every plugin', () => {
  let app: TestApp
  let token: string

  beforeAll(async () => {
    app = await startTestApp({ freshDatabase: true })
    await createStaff(app.payload)
    const basics = await createCommerceBasics(app.payload)
    const warehouse = await app.payload.create({ collection: 'warehouses', data: { code: 'LST', name: 'Listing stock' }, overrideAccess: true })
    await app.payload.create({ collection: 'inventory-levels', data: { product: basics.screw.id, warehouse: warehouse.id, onHand: 3, lowStockThreshold: 5 }, overrideAccess: true })
    await app.payload.create({ collection: 'inventory-levels', data: { product: basics.drill.id, warehouse: warehouse.id, onHand: 40, lowStockThreshold: 5 }, overrideAccess: true })
    token = await app.login(ADMIN.email, ADMIN.password)
  })
  afterAll(() => app?.close())

  it('answers whole documents with the buyer’s price and availability, in REST and GraphQL alike', async () => {
    const rest = await app.rest.get<ProductsAnswer>(QUERY, { token })
    expect(rest.status).toBe(200)
    expect(rest.body.docs.map((doc) => [doc.sku, doc.name, doc.weight, doc.basePrices[0].amount, doc.price?.value, doc.availability])).toEqual([
      ['DRILL', 'Drill', 2, 12999, '129.9900', 'inStock'],
      ['SCREW', 'Screw', 0.01, 101, '1.0100', 'lowStock'],
    ])
    const graphql = await app.graphql<{ data: { commerceProducts: ProductsAnswer } }>(
      `{ commerceProducts(sort: "sku", where: { sku: { in: ["DRILL", "SCREW"] } }) }`,
      undefined,
      token,
    )
    expect(graphql.body.data.commerceProducts.docs).toEqual(rest.body.docs)
  })
})

describe('the commerce listing without the inventory plugin', () => {
  let app: TestApp

  beforeAll(async () => {
    app = await startTestApp({ plugins: { inventory: { enabled: false } }, freshDatabase: true })
    await createCommerceBasics(app.payload)
  })
  afterAll(() => app?.close())

  it('answers the same documents, with no availability', async () => {
    const rest = await app.rest.get<ProductsAnswer>(QUERY)
    expect(rest.status).toBe(200)
    expect(rest.body.docs.map((doc) => [doc.sku, doc.name, doc.price?.value, 'availability' in doc])).toEqual([
      ['DRILL', 'Drill', '129.9900', false],
      ['SCREW', 'Screw', '1.0100', false],
    ])
  })
})
