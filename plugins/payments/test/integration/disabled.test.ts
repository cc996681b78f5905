/** With the payments plugin off the app boots, its slugs and order actions are gone, and checkout keeps the core's kinds. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DataFromCollectionSlug } from 'payload'

import type { ErrorResponse } from '../../../../test/helpers/api-types'
import { ADMIN, createCommerceBasics, createStaff } from '../../../../test/helpers/fixtures'
import { startTestApp, type TestApp } from '../../../../test/helpers/payload'

let app: TestApp
let token: string
let basics: Awaited<ReturnType<typeof createCommerceBasics>>

beforeAll(async () => {
  app = await startTestApp({ plugins: { payments: { enabled: false } }, freshDatabase: true })
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  token = await app.login(ADMIN.email, ADMIN.password)
})
afterAll(() => app?.close())

const checkout = <T>(body: Record<string, unknown>) =>
  app.rest.post<T>('/commerce/checkout', { token, body: { customer: basics.customer.id, currency: 'USD', lines: [{ product: basics.screw.id, quantity: 1 }], ...body } })

describe('payments disabled', () => {
  it('removes the payment collections, the webhook and the order payment fields', async () => {
    for (const slug of ['payment-methods', 'payment-terms', 'payment-transactions']) expect((await app.rest.get(`/${slug}`, { token })).status).toBe(404)
    expect((await app.rest.post('/payments/webhooks/test', { body: {} })).status).toBe(404)
    expect(app.payload.collections.orders.config.fields.map((field) => ('name' in field ? field.name : null))).not.toContain('paymentStatus')
  })

  it('places orders on the core’s kinds (offline, paymentTerm by default) and refuses others naming paymentMethod', async () => {
    const offline = await checkout<{ doc: DataFromCollectionSlug<'orders'> }>({ paymentMethod: 'offline' })
    expect(offline.status).toBe(201)
    expect(offline.body.doc.paymentMethod).toBe('offline')
    expect((await checkout<{ doc: DataFromCollectionSlug<'orders'> }>({})).body.doc.paymentMethod).toBe('paymentTerm')
    const card = await checkout<ErrorResponse>({ paymentMethod: 'card', payment: { cardNumber: '4242424242424242' } })
    expect(card.status).toBe(400)
    expect(card.body.errors[0].data?.errors?.map((error) => error.path)).toEqual(['paymentMethod'])
    expect((await app.rest.post(`/orders/${offline.body.doc.id}/capture`, { token, body: {} })).status).toBe(404)
  })
})
