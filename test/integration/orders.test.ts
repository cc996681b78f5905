import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ADMIN, createCommerceBasics, createStaff } from '../helpers/fixtures'
import type { Order } from '../../src/payload-types'
import type { DocResponse, GraphQLResponse, Joined, ValidationErrorResponse } from '../helpers/api-types'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let token: string
let basics: Awaited<ReturnType<typeof createCommerceBasics>>

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  token = await app.login(ADMIN.email, ADMIN.password)
})
afterAll(() => app?.close())

const countOrders = async () => (await app.payload.count({ collection: 'orders', overrideAccess: true })).totalDocs

describe('orders are priced by the server through the calculation pipeline', () => {
  it('computes line amounts and totals from base prices over REST', async () => {
    const response = await app.rest.post<DocResponse<Order>>('/orders', {
      token,
      body: {
        customer: basics.customer.id,
        website: basics.website.id,
        currency: 'USD',
        lines: [
          { product: basics.screw.id, quantity: 3 },
          { product: basics.drill.id, quantity: 1 },
        ],
      },
    })
    expect(response.status).toBe(201)
    const order = response.body.doc
    expect(order.lines.map((line) => [line.unitPrice, line.amount])).toEqual([
      ['1.0100', 303],
      ['129.9900', 12999],
    ])
    expect(order.subtotal).toBe(13302)
    expect(order.grandTotal).toBe(13302)
    expect(order.orderNumber).toMatch(/^BO-\d{6}-[0-9A-HJKMNP-TV-Z]{10}$/)
  })

  it('ignores prices and totals a client sends', async () => {
    const response = await app.rest.post<DocResponse<Order>>('/orders', {
      token,
      body: {
        customer: basics.customer.id,
        currency: 'USD',
        grandTotal: 1,
        subtotal: 1,
        lines: [{ product: basics.drill.id, quantity: 2, unitPrice: '0.0100', amount: 1, total: 1 }],
      },
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.lines[0].unitPrice).toBe('129.9900')
    expect(response.body.doc.grandTotal).toBe(25998)
  })

  it('recalculates when lines change on update and keeps totals on a status-only update', async () => {
    const created = await app.rest.post<DocResponse<Order>>('/orders', {
      token,
      body: { customer: basics.customer.id, currency: 'USD', lines: [{ product: basics.screw.id, quantity: 1 }] },
    })
    const id = created.body.doc.id
    const statusOnly = await app.rest.patch<DocResponse<Order>>(`/orders/${id}`, { token, body: { status: 'confirmed', grandTotal: 5 } })
    expect(statusOnly.status).toBe(200)
    expect(statusOnly.body.doc.grandTotal).toBe(101)
    const more = await app.rest.patch<DocResponse<Order>>(`/orders/${id}`, {
      token,
      body: { lines: [{ ...created.body.doc.lines[0], quantity: 10 }] },
    })
    expect(more.body.doc.grandTotal).toBe(1010)
  })

  it('uses the currency minor unit: KWD has three decimals', async () => {
    const response = await app.rest.post<DocResponse<Order>>('/orders', {
      token,
      body: { customer: basics.customer.id, currency: 'KWD', lines: [{ product: basics.screw.id, quantity: 7 }] },
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.lines[0].unitPrice).toBe('0.0350')
    expect(response.body.doc.grandTotal).toBe(245)
  })

  it('answers the same order through GraphQL', async () => {
    const { body } = await app.graphql<
      GraphQLResponse<{ Orders: Joined<Pick<Order, 'orderNumber' | 'grandTotal' | 'currency'> & { lines: Array<Pick<Order['lines'][number], 'sku' | 'unitPrice' | 'total'>> }> }>
    >(
      `query { Orders(sort: "createdAt") { docs { orderNumber grandTotal currency lines { sku unitPrice total } } } }`,
      undefined,
      token,
    )
    expect(body.errors).toBeUndefined()
    expect(body.data.Orders.docs[0]).toMatchObject({ grandTotal: 13302, currency: 'USD' })
    expect(body.data.Orders.docs[0].lines[1]).toEqual({ sku: 'DRILL', unitPrice: '129.9900', total: 12999 })
  })
})

describe('bad input is refused with a 400 naming the field, and nothing is written', () => {
  it('rejects a product without a price in the currency', async () => {
    const before = await countOrders()
    const response = await app.rest.post<ValidationErrorResponse>('/orders', {
      token,
      body: { customer: basics.customer.id, currency: 'KWD', lines: [{ product: basics.drill.id, quantity: 1 }] },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toContain('lines.0.product')
    expect(response.body.errors[0].data.errors[0]).toMatchObject({ path: 'lines.0.product' })
    expect(await countOrders()).toBe(before)
  })

  it('rejects an unknown currency', async () => {
    const before = await countOrders()
    const response = await app.rest.post<ValidationErrorResponse>('/orders', {
      token,
      body: { customer: basics.customer.id, currency: 'XXX', lines: [{ product: basics.screw.id, quantity: 1 }] },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0].path).toBe('currency')
    expect(await countOrders()).toBe(before)
  })

  it('rejects a quantity with more than three decimals', async () => {
    const response = await app.rest.post<ValidationErrorResponse>('/orders', {
      token,
      body: { customer: basics.customer.id, currency: 'USD', lines: [{ product: basics.screw.id, quantity: 1.0001 }] },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0].path).toBe('lines.0.quantity')
  })

  it('rejects a missing required field and a wrong type on a product', async () => {
    const before = (await app.payload.count({ collection: 'products', overrideAccess: true })).totalDocs
    const missing = await app.rest.post<ValidationErrorResponse>('/products', { token, body: { name: 'No SKU' } })
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'sku' })])
    const wrongType = await app.rest.post<ValidationErrorResponse>('/products', {
      token,
      body: { sku: 'BAD-WEIGHT', name: 'Bad weight', weight: 'heavy' },
    })
    expect(wrongType.status).toBe(400)
    expect(wrongType.body.errors[0].data.errors[0].path).toBe('weight')
    expect((await app.payload.count({ collection: 'products', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('rejects a fractional base price in minor units', async () => {
    const response = await app.rest.post<ValidationErrorResponse>('/products', {
      token,
      body: { sku: 'FRACTION', name: 'Fraction', basePrices: [{ currency: basics.usd.id, amount: 10.5 }] },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0].path).toBe('basePrices.0.amount')
  })

  it('refuses anonymous order creation', async () => {
    const response = await app.rest.post('/orders', {
      body: { customer: basics.customer.id, currency: 'USD', lines: [{ product: basics.screw.id, quantity: 1 }] },
    })
    expect(response.status).toBe(403)
  })
})
