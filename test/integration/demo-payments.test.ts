/**
 * The payments demo: terms, Net 30 on the Wholesale group, three methods on the demo website, and a card order
 * authorized through the in-process test gateway (no set-up) and half captured.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemo } from '../../src/seed/demo'
import { DEMO_ADMIN } from '../../src/seed/demo-data'
import type { Order, PaymentTransaction } from '../../src/payload-types'
import type { ListResponse } from '../helpers/api-types'
import { startTestApp, type TestApp } from '../helpers/payload'

const paymentsEnabled = !(process.env.BUREAU_DISABLE_PLUGINS ?? '').split(',').map((name) => name.trim()).includes('payments')

let app: TestApp
let admin: string

beforeAll(async () => {
  // the demo needs no gateway set-up: without a URL the test gateway answers in process
  delete process.env.PAYMENTS_TEST_GATEWAY_URL
  app = await startTestApp()
  await seedDemo(app.payload)
  admin = await app.login(DEMO_ADMIN.email, DEMO_ADMIN.password)
})
afterAll(() => app?.close())

describe.runIf(paymentsEnabled)('the payments demo', () => {
  it('offers terms, bank transfer and card on the demo website, and gives the Wholesale group Net 30', async () => {
    const methods = await app.rest.get<ListResponse<{ code: string; kind: string; gateway?: string | null }>>('/payment-methods?sort=sortOrder&depth=0', { token: admin })
    expect(methods.body.docs.map((method) => [method.code, method.kind, method.gateway ?? null])).toEqual([
      ['us-terms', 'paymentTerm', null],
      ['us-bank-transfer', 'offline', null],
      ['us-card', 'card', 'test'],
    ])
    const groups = await app.rest.get<ListResponse<{ code: string; paymentTerm?: { name: string } | null }>>('/customer-groups?where[code][equals]=wholesale&depth=1', { token: admin })
    expect(groups.body.docs[0].paymentTerm?.name).toBe('Net 30')
  })

  it('has a card-paid order authorized and partly captured, shown in the orders list by payment status', async () => {
    const orders = await app.rest.get<ListResponse<Order>>('/orders?where[paymentMethod][equals]=card&depth=0', { token: admin })
    expect(orders.body.docs).toHaveLength(1)
    const order = orders.body.docs[0]
    expect(order.paymentStatus).toBe('partiallyPaid')
    expect(order.amountAuthorized).toBe(order.grandTotal)
    expect(order.amountCaptured).toBe(Math.floor((order.grandTotal ?? 0) / 2))
    const ledger = await app.rest.get<ListResponse<PaymentTransaction>>(`/payment-transactions?where[order][equals]=${order.id}&sort=id`, { token: admin })
    expect(ledger.body.docs.map((row) => [row.kind, row.status, row.gateway])).toEqual([
      ['authorize', 'succeeded', 'test'],
      ['capture', 'succeeded', 'test'],
    ])
  })
})
