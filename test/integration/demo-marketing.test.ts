/** The marketing demo a newcomer tries in the preview: Wholesale 10 %, WELCOME10 on a first order, buy 10 get 1 on screws. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemo } from '../../src/seed/demo'
import { startTestApp, type TestApp } from '../helpers/payload'

type Preview = {
  calculation: { subtotal: number; discountTotal: number; appliedPromotions: Array<{ name: string; coupon: string | null; amount: number }> }
  promotions: Array<{ name: string; status: string; why: string[] }>
}

let app: TestApp
let token: string
const ids = new Map<string, number>()

beforeAll(async () => {
  app = await startTestApp()
  await seedDemo(app.payload)
  token = await app.login('admin@bureau.local', 'bureau-demo')
  for (const code of ['NORTHWIND', 'CONTOSO']) {
    ids.set(code, (await app.payload.find({ collection: 'customers', where: { code: { equals: code } }, overrideAccess: true })).docs[0].id)
  }
  ids.set('SCR-M4-20', (await app.payload.find({ collection: 'products', where: { sku: { equals: 'SCR-M4-20' } }, overrideAccess: true })).docs[0].id)
  ids.set('DRL-18V', (await app.payload.find({ collection: 'products', where: { sku: { equals: 'DRL-18V' } }, overrideAccess: true })).docs[0].id)
})
afterAll(() => app?.close())

const preview = (body: Record<string, unknown>) => app.rest.post<Preview>('/marketing/preview', { token, body: { currency: 'USD', ...body } })

describe('the marketing demo', () => {
  it('gives the Wholesale group 10 % and a retail customer nothing without a coupon', async () => {
    const wholesale = await preview({ customer: ids.get('NORTHWIND'), lines: [{ product: ids.get('DRL-18V'), quantity: 1 }] })
    expect(wholesale.status).toBe(200)
    expect(wholesale.body.calculation.appliedPromotions).toEqual([expect.objectContaining({ name: 'Wholesale 10 %', coupon: null })])
    expect(wholesale.body.calculation.discountTotal).toBe(Math.round(wholesale.body.calculation.subtotal / 10))
    const retail = await preview({ customer: ids.get('CONTOSO'), lines: [{ product: ids.get('DRL-18V'), quantity: 1 }] })
    expect(retail.body.calculation.discountTotal).toBe(0)
  })

  it('gives one box free for 11 boxes of screws (12.49 each), and WELCOME10 takes 10 % off a first order', async () => {
    const answer = await preview({ customer: ids.get('CONTOSO'), lines: [{ product: ids.get('SCR-M4-20'), quantity: 11 }], coupons: ['welcome10'] })
    expect(answer.status).toBe(200)
    // 11 × 12.49 = 137.39; one box free: 12.49; then 10 % of the 124.90 left: 12.49.
    expect(answer.body.calculation.subtotal).toBe(13739)
    expect(answer.body.calculation.appliedPromotions).toEqual([
      expect.objectContaining({ name: 'Buy 10 get 1 free on screws', amount: 1249 }),
      expect.objectContaining({ name: 'Welcome: 10 % off your first order', coupon: 'WELCOME10', amount: 1249 }),
    ])
  })

  it('refuses WELCOME10 on a customer who has ordered before (the first-order condition), and says why', async () => {
    const east = (await app.payload.find({ collection: 'customers', where: { code: { equals: 'NORTHWIND-EAST' } }, overrideAccess: true })).docs[0].id
    const answer = await preview({ customer: east, lines: [{ product: ids.get('DRL-18V'), quantity: 1 }], coupons: ['WELCOME10'] })
    const welcome = answer.body.promotions.find((row) => row.name.startsWith('Welcome'))
    expect(welcome).toMatchObject({ status: 'conditions not met' })
    expect(welcome?.why.join(' ')).toMatch(/has ordered before/)
  })
})
