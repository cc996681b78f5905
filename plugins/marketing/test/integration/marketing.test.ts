/**
 * Promotions and coupons through the doors users use: REST order creation (the order create path every channel
 * shares), the preview endpoint, coupon generation and export, and redemption under concurrency.
 */
import pg from 'pg'
import { createLocalReq } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { ADMIN, CLERK, createCommerceBasics, createStaff } from '../../../../test/helpers/fixtures'
import { createCustomerWorld, PASSWORD, type CustomerWorld } from '../../../../test/helpers/customer-world'
import { startTestApp, type TestApp } from '../../../../test/helpers/payload'

let app: TestApp
let basics: Awaited<ReturnType<typeof createCommerceBasics>>
let token: string
let world: CustomerWorld

type Order = { id: number; lines: Array<{ amount: number; discount: number; total: number }>; subtotal: number; discountTotal: number; grandTotal: number; appliedPromotions: Array<{ promotion: string; name: string; coupon: string | null; amount: number }> }
type ErrorBody = { errors: Array<{ message: string; data?: { errors?: Array<{ path: string; message: string }> } }> }

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  token = await app.login(ADMIN.email, ADMIN.password)
  world = await createCustomerWorld(app.payload)
})
afterAll(() => app?.close())
afterEach(async () => {
  await app.payload.delete({ collection: 'coupons', where: { id: { exists: true } }, overrideAccess: true })
  await app.payload.delete({ collection: 'promotions', where: { id: { exists: true } }, overrideAccess: true })
})

const promotion = (data: Record<string, unknown>) => app.payload.create({ collection: 'promotions', data: data as never, overrideAccess: true })
const coupon = (data: Record<string, unknown>) => app.payload.create({ collection: 'coupons', data: data as never, overrideAccess: true })
const customer = (code: string) => app.payload.create({ collection: 'customers', data: { name: code, code }, overrideAccess: true })
const placeOrder = (body: Record<string, unknown>) => app.rest.post<{ doc: Order } & ErrorBody>('/orders', { token, body: { currency: 'USD', customer: basics.customer.id, ...body } })
const errorPath = (body: ErrorBody) => body.errors[0]?.data?.errors?.[0]?.path

describe('the discount stage on the order create path', () => {
  it('applies a line percent on the screws and an order amount, names both, and allocates the order amount to the lines', async () => {
    const screws = await promotion({ name: 'Screws 10 %', priority: 1, conditions: [{ blockType: 'productSegment', skus: 'SCREW' }], action: [{ blockType: 'linePercent', percent: '10' }] })
    await promotion({ name: '5.00 off', priority: 2, action: [{ blockType: 'orderFixed', amount: 500 }] })
    // 100 screws at 1.01 = 101.00, 1 drill at 129.99: screws −10.10; then 5.00 over 90.90 and 129.99 left.
    const placed = await placeOrder({ lines: [{ product: basics.screw.id, quantity: 100 }, { product: basics.drill.id, quantity: 1 }] })
    expect(placed.status).toBe(201)
    const order = placed.body.doc
    expect(order.subtotal).toBe(23099)
    expect(order.discountTotal).toBe(1010 + 500)
    // 500 × 9090 / 22089 = 205.76… and 500 × 12999 / 22089 = 294.23…: largest remainder gives 206 and 294.
    expect(order.lines.map((line) => line.discount)).toEqual([1010 + 206, 294])
    expect(order.grandTotal).toBe(23099 - 1510)
    expect(order.appliedPromotions).toEqual([
      expect.objectContaining({ promotion: String(screws.id), name: 'Screws 10 %', coupon: null, amount: 1010 }),
      expect.objectContaining({ name: '5.00 off', amount: 500 }),
    ])
  })

  it('leaves a cart no promotion matches alone', async () => {
    await promotion({ name: 'Big carts', action: [{ blockType: 'orderPercent', percent: '10' }], conditions: [{ blockType: 'subtotalAtLeast', amount: 1_000_000 }] })
    const placed = await placeOrder({ lines: [{ product: basics.drill.id, quantity: 1 }] })
    expect(placed.body.doc).toMatchObject({ discountTotal: 0, grandTotal: 12999, appliedPromotions: [] })
  })

  it("gives a first-order promotion to a customer whose only order was cancelled, and not after one that was not", async () => {
    await promotion({ name: 'Welcome 10 %', conditions: [{ blockType: 'firstOrder' }], action: [{ blockType: 'orderPercent', percent: '10' }] })
    const buyer = await customer('FIRST-ORDER')
    const order = (body: Record<string, unknown> = {}) => placeOrder({ customer: buyer.id, lines: [{ product: basics.drill.id, quantity: 1 }], ...body })
    const first = await order()
    expect(first.body.doc).toMatchObject({ discountTotal: 1300, appliedPromotions: [expect.objectContaining({ name: 'Welcome 10 %' })] })
    const cancelled = await app.rest.patch<{ doc: Order }>(`/orders/${first.body.doc.id}`, { token, body: { status: 'cancelled', statusReason: 'customerRequest' } })
    expect(cancelled.status).toBe(200)
    const again = await order()
    expect(again.body.doc).toMatchObject({ discountTotal: 1300 })
    // the second order was not cancelled: the third is not a first order any more
    expect((await order()).body.doc).toMatchObject({ discountTotal: 0, appliedPromotions: [] })
  })

  it('gives it once to orders placed in one request: the first changes the history the buyer’s read brought along', async () => {
    await promotion({ name: 'Welcome 10 %', conditions: [{ blockType: 'firstOrder' }], action: [{ blockType: 'orderPercent', percent: '10' }] })
    const buyer = await customer('ONE-REQUEST')
    const req = await createLocalReq({}, app.payload)
    const data = { currency: 'USD', customer: buyer.id, lines: [{ product: basics.drill.id, quantity: 1 }] }
    const first = await app.payload.create({ collection: 'orders', data: data as never, overrideAccess: true, depth: 0, req })
    const second = await app.payload.create({ collection: 'orders', data: data as never, overrideAccess: true, depth: 0, req })
    expect([first.discountTotal, second.discountTotal]).toEqual([1300, 0])
  })
})

describe('coupons in the calculation input', () => {
  it('takes a code in any case and records it on the order and its adjustment', async () => {
    const welcome = await promotion({ name: 'Welcome', couponRequired: true, action: [{ blockType: 'orderPercent', percent: '10' }] })
    await coupon({ code: 'Welcome10', promotion: welcome.id, usageLimit: 5 })
    const placed = await placeOrder({ lines: [{ product: basics.drill.id, quantity: 1 }], coupons: ['welcome10'] })
    expect(placed.status).toBe(201)
    expect(placed.body.doc.appliedPromotions).toEqual([expect.objectContaining({ coupon: 'WELCOME10', amount: 1300 })])
    const stored = await app.payload.find({ collection: 'coupons', where: { code: { equals: 'WELCOME10' } }, overrideAccess: true })
    expect(stored.docs[0]).toMatchObject({ code: 'WELCOME10', used: 1 })
  })

  it('answers 400 naming coupons.N for an unknown or an expired code, and writes nothing', async () => {
    const spring = await promotion({ name: 'Spring', couponRequired: true, action: [{ blockType: 'orderPercent', percent: '10' }] })
    await coupon({ code: 'OLD', promotion: spring.id, validUntil: '2020-01-01T00:00:00.000Z' })
    await coupon({ code: 'GOOD', promotion: spring.id })
    const before = (await app.payload.count({ collection: 'orders', overrideAccess: true })).totalDocs
    const unknown = await placeOrder({ lines: [{ product: basics.drill.id, quantity: 1 }], coupons: ['GOOD', 'NOPE'] })
    expect(unknown.status).toBe(400)
    expect(errorPath(unknown.body)).toBe('coupons.1')
    expect(unknown.body.errors[0].data?.errors?.[0].message).toMatch(/Unknown coupon NOPE/)
    const expired = await placeOrder({ lines: [{ product: basics.drill.id, quantity: 1 }], coupons: ['old'] })
    expect(expired.status).toBe(400)
    expect(errorPath(expired.body)).toBe('coupons.0')
    expect(expired.body.errors[0].data?.errors?.[0].message).toMatch(/expired/)
    expect((await app.payload.count({ collection: 'orders', overrideAccess: true })).totalDocs).toBe(before)
    const good = await app.payload.find({ collection: 'coupons', where: { code: { equals: 'GOOD' } }, overrideAccess: true })
    expect(good.docs[0].used).toBe(0)
  })

  it('answers 409 naming coupons.N once a coupon is used up, and once a customer used their share', async () => {
    const once = await promotion({ name: 'Once', couponRequired: true, action: [{ blockType: 'orderFixed', amount: 100 }] })
    await coupon({ code: 'ONCE', promotion: once.id, usageLimit: 1 })
    await coupon({ code: 'MINE', promotion: once.id, usageLimit: null, usageLimitPerCustomer: 1 })
    expect((await placeOrder({ lines: [{ product: basics.drill.id, quantity: 1 }], coupons: ['ONCE'] })).status).toBe(201)
    const usedUp = await placeOrder({ lines: [{ product: basics.drill.id, quantity: 1 }], coupons: ['ONCE'] })
    expect(usedUp.status).toBe(409)
    expect(usedUp.body.errors[0].message).toMatch(/used up/)
    const other = await customer('MINE-2')
    expect((await placeOrder({ lines: [{ product: basics.drill.id, quantity: 1 }], coupons: ['MINE'] })).status).toBe(201)
    const again = await placeOrder({ lines: [{ product: basics.drill.id, quantity: 1 }], coupons: ['MINE'] })
    expect(again.status).toBe(409)
    expect((await placeOrder({ customer: other.id, lines: [{ product: basics.drill.id, quantity: 1 }], coupons: ['MINE'] })).status).toBe(201)
  })

  it('keeps a promotion with a per-customer limit out of play once the customer used it, not for another customer', async () => {
    await promotion({ name: 'Once each', priority: 1, usageLimit: null, usageLimitPerCustomer: 1, action: [{ blockType: 'orderFixed', amount: 200 }] })
    const buyer = await customer('ONCE-EACH')
    const order = (who: number) => placeOrder({ customer: who, lines: [{ product: basics.drill.id, quantity: 1 }] })
    expect((await order(buyer.id)).body.doc).toMatchObject({ discountTotal: 200 })
    expect((await order(buyer.id)).body.doc).toMatchObject({ discountTotal: 0, appliedPromotions: [] })
    const other = await customer('ONCE-EACH-2')
    expect((await order(other.id)).body.doc).toMatchObject({ discountTotal: 200 })
  })

  it('reads the entered coupons, their promotions and the customer’s use counts in the calculation’s one statement', async () => {
    const { statementsDuring } = await import('../../../../test/helpers/statements')
    const spring = await promotion({ name: 'Spring', couponRequired: true, action: [{ blockType: 'orderFixed', amount: 300 }] })
    await coupon({ code: 'SPRING, 25', promotion: spring.id, usageLimitPerCustomer: 2 })
    let placed: Awaited<ReturnType<typeof placeOrder>> | undefined
    const statements = await statementsDuring(async () => {
      placed = await placeOrder({ lines: [{ product: basics.drill.id, quantity: 1 }], coupons: ['spring, 25'] })
    })
    expect(placed?.status).toBe(201)
    expect(placed?.body.doc).toMatchObject({ discountTotal: 300, appliedPromotions: [expect.objectContaining({ name: 'Spring', coupon: 'SPRING, 25' })] })
    const reads = statements.filter((text) => /from coupons c where|from promotion_usages u/.test(text) && !/^(insert|update)/.test(text))
    expect(reads).toHaveLength(1)
    expect(reads[0]).toMatch(/from "?products"? t/)
  })

  it('redeems a 10-use coupon exactly 10 times under 50 concurrent orders, and cancelling an order releases its use', async () => {
    const rush = await promotion({ name: 'Rush', couponRequired: true, action: [{ blockType: 'orderFixed', amount: 100 }] })
    const limited = await coupon({ code: 'RUSH10', promotion: rush.id, usageLimit: 10 })
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => placeOrder({ lines: [{ product: basics.screw.id, quantity: 1 }], coupons: ['RUSH10'] })),
    )
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status === 201)).toHaveLength(10)
    expect(statuses.filter((status) => status === 409)).toHaveLength(40)
    const conflict = answers.find((answer) => answer.status === 409)
    expect(conflict && errorPath(conflict.body)).toBe('coupons.0')
    const stored = await app.payload.findByID({ collection: 'coupons', id: limited.id, overrideAccess: true })
    expect(stored.used).toBe(10)
    expect((await app.payload.count({ collection: 'orders', where: { coupons: { contains: 'RUSH10' } }, overrideAccess: true })).totalDocs).toBe(10)

    const placed = answers.find((answer) => answer.status === 201)?.body.doc
    const cancelled = await app.rest.patch<{ doc: Order }>(`/orders/${placed?.id}`, { token, body: { status: 'cancelled', statusReason: 'customerRequest' } })
    expect(cancelled.status).toBe(200)
    expect((await app.payload.findByID({ collection: 'coupons', id: limited.id, overrideAccess: true })).used).toBe(9)
    expect((await placeOrder({ lines: [{ product: basics.screw.id, quantity: 1 }], coupons: ['RUSH10'] })).status).toBe(201)
    expect((await placeOrder({ lines: [{ product: basics.screw.id, quantity: 1 }], coupons: ['RUSH10'] })).status).toBe(409)
  })

  it('re-prices an order holding the last use without counting it twice, and removing the coupon releases it', async () => {
    const last = await promotion({ name: 'Last one', couponRequired: true, usageLimit: 1, action: [{ blockType: 'orderFixed', amount: 100 }] })
    const single = await coupon({ code: 'LAST1', promotion: last.id, usageLimit: 1 })
    const placed = await placeOrder({ lines: [{ product: basics.drill.id, quantity: 1 }], coupons: ['LAST1'] })
    expect(placed.status).toBe(201)
    const repriced = await app.rest.patch<{ doc: Order }>(`/orders/${placed.body.doc.id}`, { token, body: { lines: [{ product: basics.drill.id, quantity: 2 }] } })
    expect(repriced.status).toBe(200)
    expect(repriced.body.doc.appliedPromotions).toEqual([expect.objectContaining({ coupon: 'LAST1', amount: 100 })])
    expect((await app.payload.findByID({ collection: 'coupons', id: single.id, overrideAccess: true })).used).toBe(1)
    expect((await app.payload.findByID({ collection: 'promotions', id: last.id, overrideAccess: true })).used).toBe(1)
    const dropped = await app.rest.patch<{ doc: Order }>(`/orders/${placed.body.doc.id}`, { token, body: { coupons: [] } })
    expect(dropped.status).toBe(200)
    expect(dropped.body.doc.discountTotal).toBe(0)
    expect((await app.payload.findByID({ collection: 'coupons', id: single.id, overrideAccess: true })).used).toBe(0)
    expect((await app.payload.findByID({ collection: 'promotions', id: last.id, overrideAccess: true })).used).toBe(0)
  })

  it('refuses malformed coupons with 400 naming the entry', async () => {
    const answer = await placeOrder({ lines: [{ product: basics.drill.id, quantity: 1 }], coupons: ['A', 'a'] })
    expect(answer.status).toBe(400)
    expect(errorPath(answer.body)).toBe('coupons.1')
  })
})

describe('POST /api/marketing/preview', () => {
  it('shows what applies and why the others do not', async () => {
    await promotion({ name: 'Drills 20 %', conditions: [{ blockType: 'productSegment', skus: 'DRILL' }], action: [{ blockType: 'linePercent', percent: '20' }] })
    await promotion({ name: 'Clearance', conditions: [{ blockType: 'stockAbove', quantity: 100 }], action: [{ blockType: 'linePercent', percent: '50' }] })
    await promotion({ name: 'Coupon only', couponRequired: true, action: [{ blockType: 'orderPercent', percent: '5' }] })
    const answer = await app.rest.post<{ calculation: { discountTotal: number }; promotions: Array<{ name: string; status: string; amount?: number; why: string[] }> }>('/marketing/preview', {
      token,
      body: { currency: 'USD', customer: basics.customer.id, lines: [{ product: basics.drill.id, quantity: 1 }] },
    })
    expect(answer.status).toBe(200)
    expect(answer.body.calculation.discountTotal).toBe(2600)
    const byName = Object.fromEntries(answer.body.promotions.map((row) => [row.name, row]))
    expect(byName['Drills 20 %']).toMatchObject({ status: 'applied', amount: 2600 })
    expect(byName.Clearance.status).toBe('conditions not met')
    // with the inventory plugin the clearance condition reads stock (none here); without it, it is unavailable
    expect(byName.Clearance.why.join(' ')).toMatch(app.payload.collections['inventory-levels'] ? /no product has more than 100 in stock/ : /unavailable: no inventory plugin/)
    expect(byName['Coupon only']).toMatchObject({ status: 'out of play', why: ['needs a coupon'] })
  })

  it('is for staff only', async () => {
    expect((await app.rest.post('/marketing/preview', { body: { currency: 'USD', lines: [] } })).status).toBe(403)
  })

  it('answers 400 naming the field for a bad cart', async () => {
    const answer = await app.rest.post<ErrorBody>('/marketing/preview', { token, body: { currency: 'USD', lines: [{ product: basics.drill.id, quantity: -1 }] } })
    expect(answer.status).toBe(400)
    expect(errorPath(answer.body)).toBe('lines.0.quantity')
  })
})

describe('the copy of the active promotions each app process keeps', () => {
  type Priced = { discountTotal: number }
  const price = async () => {
    const answer = await app.rest.post<Priced>('/commerce/price', { token, body: { currency: 'USD', customer: basics.customer.id, lines: [{ product: basics.drill.id, quantity: 1 }] } })
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    return answer.body.discountTotal
  }
  /** A write by another app process, or by psql: straight to the database, past this process's hooks. */
  const elsewhere = async (text: string, values: unknown[]) => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URI })
    await client.connect()
    try {
      await client.query(text, values)
    } finally {
      await client.end()
    }
  }

  it('serves what another process wrote to the promotions or their audience on the very next calculation', async () => {
    const tenPercent = await promotion({ name: 'Ten', action: [{ blockType: 'orderPercent', percent: '10' }] })
    expect(await price()).toBe(1300) // 10 % of 129.99, and the copy is now held
    await elsewhere('update promotions set active = false where id = $1', [tenPercent.id])
    expect(await price()).toBe(0)
    await elsewhere('update promotions set active = true where id = $1', [tenPercent.id])
    expect(await price()).toBe(1300)
    const other = await customer('ELSEWHERE')
    // the audience lives in promotions_rels: a row there alone restricts the promotion to another customer
    await elsewhere(`insert into promotions_rels ("order", parent_id, path, customers_id) values (1, $1, 'customers', $2)`, [tenPercent.id, other.id])
    expect(await price()).toBe(0)
    await elsewhere('delete from promotions_rels where parent_id = $1', [tenPercent.id])
    expect(await price()).toBe(1300)
    await elsewhere('delete from promotions where id = $1', [tenPercent.id])
    expect(await price()).toBe(0)
  })

  it('starts and ends a scheduled promotion on time while the copy is held, with no write in between', async () => {
    const startsAt = new Date(Date.now() + 1500)
    await promotion({ name: 'Soon', startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 1500).toISOString(), action: [{ blockType: 'orderPercent', percent: '10' }] })
    expect(await price()).toBe(0)
    await new Promise((resolve) => setTimeout(resolve, startsAt.getTime() - Date.now() + 100))
    expect(await price()).toBe(1300)
    await new Promise((resolve) => setTimeout(resolve, startsAt.getTime() + 1500 - Date.now() + 100))
    expect(await price()).toBe(0)
  })
})

describe('coupon generation and export', () => {
  it('generates N distinct codes from a pattern and exports them as CSV', async () => {
    const batchPromotion = await promotion({ name: 'Batch', couponRequired: true, action: [{ blockType: 'orderPercent', percent: '5' }] })
    const generated = await app.rest.post<{ batch: string; count: number; codes: string[] }>('/coupons/generate', { token, body: { promotion: batchPromotion.id, pattern: 'spring-####', count: 25 } })
    expect(generated.status).toBe(201)
    expect(new Set(generated.body.codes).size).toBe(25)
    expect(generated.body.codes.every((code) => /^SPRING-[2-9]{4}$/.test(code))).toBe(true)
    const response = await app.rest.get<string>(`/coupons/export?batch=${encodeURIComponent(generated.body.batch)}`, { token })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/csv/)
    const lines = response.body.trim().split('\r\n')
    expect(lines[0]).toBe('code,promotion,usageLimit,usageLimitPerCustomer,used,validFrom,validUntil,batch')
    expect(lines).toHaveLength(26)
  })

  it('refuses a pattern without placeholders (400 naming pattern) and non-staff (403)', async () => {
    const batchPromotion = await promotion({ name: 'Batch 2', couponRequired: true, action: [{ blockType: 'orderPercent', percent: '5' }] })
    const bad = await app.rest.post<ErrorBody>('/coupons/generate', { token, body: { promotion: batchPromotion.id, pattern: 'FIXED', count: 2 } })
    expect(bad.status).toBe(400)
    expect(errorPath(bad.body)).toBe('pattern')
    const clerk = await app.login(CLERK.email, CLERK.password)
    expect((await app.rest.post('/coupons/generate', { body: { promotion: batchPromotion.id, pattern: 'X-##', count: 2 } })).status).toBe(403)
    expect((await app.rest.get('/coupons', { token: clerk })).status).toBeLessThan(500)
  })
})

describe('who sees promotions and coupons', () => {
  type GraphQLAnswer = { data?: Record<string, { docs: unknown[] } | null> | null; errors?: unknown[] }
  const gql = (query: string, as?: string) => app.graphql<GraphQLAnswer>(query, undefined, as)

  it('staff only: anonymous and a storefront customer user get 403 over REST and nothing over GraphQL', async () => {
    const welcome = await promotion({ name: 'Secret', couponRequired: true, action: [{ blockType: 'orderPercent', percent: '50' }] })
    await coupon({ code: 'SECRET50', promotion: welcome.id })
    const buyer = await app.login(world.users.contosoBuyer.email, PASSWORD, 'customer-users')
    for (const as of [undefined, buyer]) {
      for (const path of ['/promotions', '/coupons', '/promotion-usages', `/promotions/${welcome.id}`, '/coupons?where[code][equals]=SECRET50&depth=2', '/globals/marketing-settings']) {
        expect((await app.rest.get(path, { token: as })).status, `${path} as ${as ? 'customer user' : 'anonymous'}`).toBe(403)
      }
      const answer = await gql('query { Promotions { docs { id name } } Coupons(where: { code: { equals: "SECRET50" } }) { docs { code } } }', as)
      expect(answer.body.data?.Promotions ?? null).toBeNull()
      expect(answer.body.data?.Coupons ?? null).toBeNull()
      expect((await app.rest.post('/marketing/preview', { token: as, body: { currency: 'USD', lines: [{ product: basics.drill.id, quantity: 1 }] } })).status).toBe(403)
      expect((await app.rest.get('/coupons/export', { token: as })).status).toBe(403)
    }
    const staff = await gql('query { Coupons(where: { code: { equals: "SECRET50" } }) { docs { code promotion { name } } } }', token)
    expect(staff.body.data?.Coupons?.docs).toEqual([{ code: 'SECRET50', promotion: { name: 'Secret' } }])
  })

  it('takes coupons on an order created through GraphQL', async () => {
    const gqlPromotion = await promotion({ name: 'GraphQL 5.00', couponRequired: true, action: [{ blockType: 'orderFixed', amount: 500 }] })
    await coupon({ code: 'GQL5', promotion: gqlPromotion.id })
    const answer = await app.graphql<{ data?: { createOrder: { discountTotal: number; appliedPromotions: Array<{ coupon: string; amount: number }> } }; errors?: unknown[] }>(
      `mutation { createOrder(data: { customer: ${basics.customer.id}, currency: "USD", lines: [{ product: ${basics.drill.id}, quantity: 1 }], coupons: ["gql5"] }) { discountTotal appliedPromotions { coupon amount } } }`,
      undefined,
      token,
    )
    expect(answer.body.errors).toBeUndefined()
    expect(answer.body.data?.createOrder).toEqual({ discountTotal: 500, appliedPromotions: [{ coupon: 'GQL5', amount: 500 }] })
  })
})
