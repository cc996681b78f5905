/**
 * An order keeps the prices it was placed with: only a change to what was ordered (lines, quantities, variant,
 * currency, customer, and inputs plugins declare such as coupons or the shipping method) recalculates it, compared
 * by value, and only while the order is editable. Also proves a plugin-declared input reaches the calculation.
 */
import type { Plugin } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CalculationError, extendCollection, registerCalculationInput, registerCalculationStage } from '../../src/kit'
import { ADMIN, createCommerceBasics, createStaff } from '../helpers/fixtures'
import type { Order } from '../../src/payload-types'
import type { DocResponse, ErrorResponse, GraphQLResponse } from '../helpers/api-types'
import { startTestApp, type TestApp } from '../helpers/payload'

declare module '../../src/kit' {
  interface CalculationInputs {
    /** declared by this file's probe plugin, the way the marketing plugin will */
    coupons?: string[]
  }
}

/** A probe plugin that owns a calculation input: an order field, its reader and a discount stage using it. */
const couponProbe: Plugin = (incoming) => {
  const config = extendCollection(incoming, 'coupon-probe', 'orders', { fields: [{ name: 'coupons', type: 'text', hasMany: true }] })
  registerCalculationInput(config, {
    name: 'coupons',
    plugin: 'coupon-probe',
    read: (value, path) => {
      if (value === null || value === undefined) return undefined
      if (!Array.isArray(value) || value.some((code) => typeof code !== 'string')) throw new CalculationError('coupons must be a list of codes', path)
      return value.map((code: string) => code.toUpperCase())
    },
  })
  registerCalculationStage(config, {
    stage: 'discount',
    name: 'coupon-probe:one-off',
    run: (state) =>
      state.input.coupons?.includes('ONEOFF')
        ? { adjustments: [{ target: 'line', line: 0, amount: 100n, source: { promotion: 'probe', name: 'One off', coupon: 'ONEOFF' } }] }
        : null,
  })
  return config
}

let app: TestApp
let token: string
let basics: Awaited<ReturnType<typeof createCommerceBasics>>

beforeAll(async () => {
  // The probe stands in for the marketing plugin, which declares the same input: switched off here.
  app = await startTestApp({ extraPlugins: [couponProbe], plugins: { marketing: { enabled: false } } })
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  token = await app.login(ADMIN.email, ADMIN.password)
})
afterAll(() => app?.close())

const placeOrder = async (body: Record<string, unknown> = {}) => {
  const response = await app.rest.post<DocResponse<Order>>('/orders', {
    token,
    body: { customer: basics.customer.id, currency: 'USD', lines: [{ product: basics.screw.id, quantity: 10 }], ...body },
  })
  expect(response.status).toBe(201)
  return response.body.doc as { id: number; grandTotal: number; lines: Array<Record<string, unknown>> }
}

const setScrewPrice = (amount: number) =>
  app.payload.update({
    collection: 'products',
    id: basics.screw.id,
    data: { basePrices: [{ currency: basics.usd.id, amount }, { currency: basics.kwd.id, amount: 35 }] },
    overrideAccess: true,
  })

describe('an order keeps the prices it was placed with', () => {
  it('a status change after a price rise changes no price, over REST and GraphQL', async () => {
    await setScrewPrice(101)
    const order = await placeOrder()
    expect(order.grandTotal).toBe(1010)
    await setScrewPrice(150)
    const rest = await app.rest.patch<DocResponse<Order>>(`/orders/${order.id}`, { token, body: { status: 'confirmed' } })
    expect(rest.status).toBe(200)
    expect(rest.body.doc.lines[0]).toMatchObject({ unitPrice: '1.0100', amount: 1010 })
    expect(rest.body.doc.grandTotal).toBe(1010)
    const graphql = await app.graphql<GraphQLResponse<{ updateOrder: Pick<Order, 'grandTotal'> & { lines: Array<Pick<Order['lines'][number], 'unitPrice'>> } }>>(`mutation { updateOrder(id: ${order.id}, data: { status: processing }) { grandTotal lines { unitPrice } } }`, undefined, token)
    expect(graphql.body.errors).toBeUndefined()
    expect(graphql.body.data.updateOrder).toEqual({ grandTotal: 1010, lines: [{ unitPrice: '1.0100' }] })
  })

  it('resending the same lines (as the admin form does, even without row ids) is no change', async () => {
    await setScrewPrice(101)
    const order = await placeOrder()
    await setScrewPrice(150)
    const lines = order.lines.map((line) => ({ product: basics.screw.id, quantity: line.quantity, status: 'allocated' }))
    const response = await app.rest.patch<DocResponse<Order>>(`/orders/${order.id}`, { token, body: { status: 'confirmed', lines } })
    expect(response.status).toBe(200)
    expect(response.body.doc.lines[0]).toMatchObject({ status: 'allocated', sku: 'SCREW', unitPrice: '1.0100', amount: 1010, total: 1010 })
    expect(response.body.doc.grandTotal).toBe(1010)
  })

  it('a changed quantity recalculates every line at today’s prices', async () => {
    await setScrewPrice(101)
    const order = await placeOrder()
    await setScrewPrice(150)
    const response = await app.rest.patch<DocResponse<Order>>(`/orders/${order.id}`, { token, body: { lines: [{ ...order.lines[0], quantity: 11 }] } })
    expect(response.status).toBe(200)
    expect(response.body.doc.lines[0]).toMatchObject({ unitPrice: '1.5000', amount: 1650 })
    expect(response.body.doc.grandTotal).toBe(1650)
  })

  it('refuses a change to what was ordered once the order is no longer editable (409), and writes nothing', async () => {
    await setScrewPrice(101)
    const order = await placeOrder()
    expect((await app.rest.patch(`/orders/${order.id}`, { token, body: { status: 'confirmed' } })).status).toBe(200)
    expect((await app.rest.patch(`/orders/${order.id}`, { token, body: { status: 'processing' } })).status).toBe(200)
    const response = await app.rest.patch(`/orders/${order.id}`, { token, body: { lines: [{ ...order.lines[0], quantity: 12 }] } })
    expect(response.status).toBe(409)
    expect(JSON.stringify(response.body)).toContain('lines')
    const stored = await app.payload.findByID({ collection: 'orders', id: order.id, overrideAccess: true })
    expect(stored.lines[0].quantity).toBe(10)
    expect(stored.grandTotal).toBe(1010)
  })
})

describe('a plugin-declared input reaches the calculation', () => {
  it('passes the order’s coupons to the stages, and a coupon change recalculates the order', async () => {
    await setScrewPrice(101)
    const withCoupon = await placeOrder({ coupons: ['oneoff'] })
    expect(withCoupon.grandTotal).toBe(910)
    expect(withCoupon.lines[0]).toMatchObject({ discount: 100, total: 910 })
    const order = await placeOrder()
    expect(order.grandTotal).toBe(1010)
    const updated = await app.rest.patch<DocResponse<Order>>(`/orders/${order.id}`, { token, body: { coupons: ['ONEOFF'] } })
    expect(updated.status).toBe(200)
    expect(updated.body.doc.grandTotal).toBe(910)
  })

  it('a malformed plugin input answers 400 naming its field', async () => {
    const response = await app.rest.post<ErrorResponse>('/orders', {
      token,
      body: { customer: basics.customer.id, currency: 'USD', coupons: 'ONEOFF', lines: [{ product: basics.screw.id, quantity: 1 }] },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body.errors)).toContain('coupons')
  })
})
