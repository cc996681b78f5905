import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createLocalReq, type Config, type DataFromCollectionSlug } from 'payload'

import { calculate, MissingCollectionError } from '../../../../src/kit'
import { shippingPlugin } from '../../index'
import { ADMIN, createCommerceBasics, createStaff } from '../../../../test/helpers/fixtures'
import type { DocResponse, GraphQLResponse, Joined, ValidationErrorResponse } from '../../../../test/helpers/api-types'
import { startTestApp, type TestApp } from '../../../../test/helpers/payload'

// the app's generated types, through Payload's module augmentation (a plugin imports no app file)
type Order = DataFromCollectionSlug<'orders'>
type ShippingMethod = DataFromCollectionSlug<'shipping-methods'>

let app: TestApp
let token: string
let basics: Awaited<ReturnType<typeof createCommerceBasics>>
let ground: { id: number }

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  token = await app.login(ADMIN.email, ADMIN.password)
  const created = await app.rest.post<DocResponse<ShippingMethod>>('/shipping-methods', {
    token,
    body: {
      name: 'Ground',
      code: 'ground',
      rates: [{ currency: basics.usd.id, baseAmount: 500, perKgAmount: 120, freeAbove: 50000 }],
    },
  })
  expect(created.status).toBe(201)
  ground = created.body.doc
})
afterAll(() => app?.close())

const order = <T = DocResponse<Order>>(body: Record<string, unknown>) =>
  app.rest.post<T>('/orders', { token, body: { customer: basics.customer.id, currency: 'USD', ...body } })

describe('the shipping stage prices the chosen method into the order', () => {
  it('charges base + per kg of the products’ weight (5.00 + 1.20 × (0.01 × 30 + 2 × 1) kg = 7.76)', async () => {
    const response = await order({
      shippingMethod: ground.id,
      lines: [
        { product: basics.screw.id, quantity: 30 },
        { product: basics.drill.id, quantity: 1 },
      ],
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.shippingTotal).toBe(776)
    expect(response.body.doc.grandTotal).toBe(30 * 101 + 12999 + 776)
  })

  it('ships free from the threshold on', async () => {
    const response = await order({ shippingMethod: ground.id, lines: [{ product: basics.drill.id, quantity: 4 }] })
    expect(response.body.doc.shippingTotal).toBe(0)
  })

  it('charges nothing when no method is chosen (the stage passes through)', async () => {
    const response = await order({ lines: [{ product: basics.drill.id, quantity: 1 }] })
    expect(response.body.doc.shippingTotal).toBe(0)
  })

  it('recalculates when the method changes on an existing order', async () => {
    const created = await order({ lines: [{ product: basics.drill.id, quantity: 1 }] })
    const updated = await app.rest.patch<DocResponse<Order>>(`/orders/${created.body.doc.id}`, { token, body: { shippingMethod: ground.id } })
    expect(updated.status).toBe(200)
    expect(updated.body.doc.shippingTotal).toBe(500 + 240)
  })

  it('refuses a method without a rate in the order currency, naming the field, and writes nothing', async () => {
    const before = (await app.payload.count({ collection: 'orders', overrideAccess: true })).totalDocs
    const response = await order<ValidationErrorResponse>({ currency: 'KWD', shippingMethod: ground.id, lines: [{ product: basics.screw.id, quantity: 1 }] })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0]).toMatchObject({ path: 'shippingMethod', message: 'Ground does not ship in KWD' })
    expect((await app.payload.count({ collection: 'orders', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('lists methods with their rates over GraphQL for a storefront', async () => {
    const { body } = await app.graphql<
      GraphQLResponse<{ ShippingMethods: Joined<{ code: string; rates: Array<{ baseAmount: number; perKgAmount: number | null; freeAbove: number | null }> }> }>
    >('{ ShippingMethods { docs { code rates { baseAmount perKgAmount freeAbove } } } }')
    expect(body.data.ShippingMethods.docs).toEqual([{ code: 'ground', rates: [{ baseAmount: 500, perKgAmount: 120, freeAbove: 50000 }] }])
  })
})

describe('choosing a method', () => {
  it('chooses a method by a code that is all digits ("24"), as storefronts send codes', async () => {
    const express = await app.rest.post<DocResponse<ShippingMethod>>('/shipping-methods', {
      token,
      body: { name: '24-hour', code: '24', rates: [{ currency: basics.usd.id, baseAmount: 2400 }] },
    })
    expect(express.status).toBe(201)
    // The commerce endpoints pass storefront input straight to `calculate`; orders store the method's id.
    const req = await createLocalReq({}, app.payload)
    const result = await calculate(req, { currency: 'USD', shippingMethod: '24', lines: [{ product: basics.drill.id, quantity: 1 }] })
    expect(result.shipping).toMatchObject({ amount: 2400n, method: express.body.doc.id })
    const byId = await calculate(req, { currency: 'USD', shippingMethod: String(ground.id), lines: [{ product: basics.drill.id, quantity: 1 }] })
    expect(byId.shipping).toMatchObject({ amount: 740n, method: ground.id })
  })

  it('refuses an inactive or unknown method with 400 naming shippingMethod, through the cart price', async () => {
    const paused = await app.payload.create({
      collection: 'shipping-methods',
      data: { name: 'Paused', code: 'paused', active: false, rates: [{ currency: basics.usd.id, baseAmount: 100 }] },
      overrideAccess: true,
    })
    for (const shippingMethod of ['paused', paused.id, 'no-such-method', 987_654]) {
      const response = await app.rest.post<ValidationErrorResponse>('/commerce/price', {
        token,
        body: { customer: basics.customer.id, currency: 'USD', shippingMethod, lines: [{ product: basics.drill.id, quantity: 1 }] },
      })
      expect(response.status, String(shippingMethod)).toBe(400)
      expect(response.body.errors[0].data?.errors[0]?.path).toBe('shippingMethod')
    }
  })

  it('reads the method with its rates in the calculation’s one statement, without a query of its own', async () => {
    const { statementsDuring } = await import('../../../../test/helpers/statements')
    let answer: { status: number; body: { shippingTotal?: number } } | undefined
    const statements = await statementsDuring(async () => {
      answer = await app.rest.post('/commerce/price', { token, body: { customer: basics.customer.id, currency: 'USD', shippingMethod: 'ground', lines: [{ product: basics.drill.id, quantity: 1 }] } })
    })
    expect(answer?.status).toBe(200)
    expect(answer?.body.shippingTotal).toBe(500 + 240)
    const methodReads = statements.filter((text) => text.includes('shipping_methods'))
    expect(methodReads).toHaveLength(1)
    expect(methodReads[0]).toMatch(/from "?products"? t/)
  })
})

describe('switching the plugin off', () => {
  it('boots without shipping-methods and without the order field', async () => {
    await app.close()
    app = await startTestApp({ plugins: { shipping: { enabled: false } }, freshDatabase: true })
    await createStaff(app.payload)
    basics = await createCommerceBasics(app.payload)
    expect(app.payload.collections['shipping-methods' as never]).toBeUndefined()
    const fields = app.payload.collections.orders.config.fields.map((field) => ('name' in field ? field.name : ''))
    expect(fields).not.toContain('shippingMethod')
    token = await app.login(ADMIN.email, ADMIN.password)
    const response = await order({ lines: [{ product: basics.drill.id, quantity: 1 }] })
    expect(response.status).toBe(201)
    expect(response.body.doc.shippingTotal).toBe(0)
    expect((await app.rest.get('/shipping-methods')).status).toBe(404)
  })

  it('fails clearly at boot when the collection it extends is missing', () => {
    const withoutOrders = { collections: [{ slug: 'websites', fields: [] }] } as unknown as Config
    expect(() => shippingPlugin()(withoutOrders)).toThrowError(MissingCollectionError)
    expect(() => shippingPlugin()(withoutOrders)).toThrowError(
      'Plugin "shipping" extends the collection "orders", but no collection with that slug is configured',
    )
  })
})
