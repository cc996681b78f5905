import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ADMIN, CLERK, createCommerceBasics, createStaff } from '../../../../test/helpers/fixtures'
import { startTestApp, type TestApp } from '../../../../test/helpers/payload'

let app: TestApp
let basics: Awaited<ReturnType<typeof createCommerceBasics>>

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
})
afterAll(() => app?.close())

describe('GET /api/inventory/orders-by-status', () => {
  it('counts the orders an administrator reads, by status', async () => {
    const token = await app.login(ADMIN.email, ADMIN.password)
    for (const quantity of [1, 2]) {
      const placed = await app.rest.post('/orders', { token, body: { customer: basics.customer.id, currency: 'USD', lines: [{ product: basics.screw.id, quantity }] } })
      expect(placed.status).toBe(201)
    }
    const response = await app.rest.get('/inventory/orders-by-status', { token })
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ statuses: [{ status: 'pending', orders: 2 }] })
  })

  it('answers 403 to a staff user whose roles may not read orders (access levels apply)', async () => {
    const token = await app.login(CLERK.email, CLERK.password)
    expect((await app.rest.get('/inventory/orders-by-status', { token })).status).toBe(403)
  })

  it('answers 403 to anonymous visitors', async () => {
    expect((await app.rest.get('/inventory/orders-by-status')).status).toBe(403)
  })
})
