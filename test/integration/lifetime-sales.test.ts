/**
 * Lifetime sales value (issue 9 item 5): kept per customer and currency from order events — placed (+ grand total),
 * cancelled (− what it added), refunded (− the amount) — and rolled up to parent companies, read through REST and
 * GraphQL by staff only.
 */
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ORDER_REFUNDED } from '../../collections/sales/order-events'
import { emitDomainEvent, eventTaskSlug } from '../../src/kit'
import type { Customer, Order } from '../../src/payload-types'
import type { DocResponse, GraphQLResponse } from '../helpers/api-types'
import { createCustomerWorld, PASSWORD, type CustomerWorld } from '../helpers/customer-world'
import { drainJobs } from '../helpers/drain-jobs'
import { ADMIN, createCommerceBasics, createStaff } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

type Sales = NonNullable<Customer['lifetimeSales']>

let app: TestApp
let token: string
let world: CustomerWorld
let basics: Awaited<ReturnType<typeof createCommerceBasics>>

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  world = await createCustomerWorld(app.payload)
  token = await app.login(ADMIN.email, ADMIN.password)
})
afterAll(() => app?.close())

/** 1 screw = $1.01, 1 drill = $129.99 (base prices); no promotion, tax or shipping applies in this world. */
const place = (customer: number, lines: Array<{ product: number; quantity: number }>, currency = 'USD') =>
  app.rest.post<DocResponse<Order>>('/orders', { token, body: { customer, website: basics.website.id, currency, lines } })

const salesOf = async (customer: number): Promise<Sales> =>
  (await app.rest.get<Customer>(`/customers/${customer}`, { token })).body.lifetimeSales ?? []

const refund = async (order: Order, amount: number) => {
  const req = await createLocalReq({}, app.payload)
  await emitDomainEvent(req, ORDER_REFUNDED, { orderId: order.id, orderNumber: order.orderNumber ?? null, customer: world.customers.east.id, currency: 'USD', amount })
}

describe('lifetime sales of a subsidiary and its parents', () => {
  let first: Order
  let second: Order

  it('adds each placed order’s grand total once the events are delivered: $13,000.00 + $10.10', async () => {
    first = (await place(world.customers.east.id, [{ product: basics.drill.id, quantity: 100 }])).body.doc
    second = (await place(world.customers.east.id, [{ product: basics.screw.id, quantity: 10 }])).body.doc
    expect([first.grandTotal, second.grandTotal]).toEqual([1299900, 1010])
    expect(await salesOf(world.customers.east.id)).toEqual([])
    await drainJobs(app.payload)
    expect(await salesOf(world.customers.east.id)).toEqual([expect.objectContaining({ currency: 'USD', own: 1300910, withSubsidiaries: 1300910 })])
  })

  it('takes a cancelled order off (− $10.10) and a partial refund (− $2,500.50)', async () => {
    expect((await app.rest.patch(`/orders/${second.id}`, { token, body: { status: 'cancelled', statusReason: 'customerRequest' } })).status).toBe(200)
    await refund(first, 250050)
    await drainJobs(app.payload)
    const expected = 1299900 - 250050
    expect(await salesOf(world.customers.east.id)).toEqual([expect.objectContaining({ currency: 'USD', own: expected, withSubsidiaries: expected })])
  })

  it('rolls East up into Northwind (own $0.00) and leaves West and the unrelated Contoso alone', async () => {
    await place(world.customers.boston.id, [{ product: basics.screw.id, quantity: 3 }]) // East's own subsidiary: $3.03
    await place(world.customers.northwind.id, [{ product: basics.screw.id, quantity: 1 }]) // the parent's own: $1.01
    await drainJobs(app.payload)
    expect(await salesOf(world.customers.east.id)).toEqual([expect.objectContaining({ currency: 'USD', own: 1049850, withSubsidiaries: 1049850 + 303 })])
    expect(await salesOf(world.customers.northwind.id)).toEqual([expect.objectContaining({ currency: 'USD', own: 101, withSubsidiaries: 101 + 1049850 + 303 })])
    expect(await salesOf(world.customers.west.id)).toEqual([])
    expect(await salesOf(world.customers.contoso.id)).toEqual([])
  })

  it('keeps each currency apart: a KWD order shows beside USD, never added to it', async () => {
    const kwd = (await place(world.customers.west.id, [{ product: basics.screw.id, quantity: 2 }], 'KWD')).body.doc
    expect(kwd.grandTotal).toBe(70)
    await drainJobs(app.payload)
    const parent = await salesOf(world.customers.northwind.id)
    expect(parent.map(({ currency, own, withSubsidiaries }) => ({ currency, own, withSubsidiaries }))).toEqual([
      { currency: 'KWD', own: 0, withSubsidiaries: 70 },
      { currency: 'USD', own: 101, withSubsidiaries: 1050254 },
    ])
  })

  it('answers the same figures through GraphQL', async () => {
    const answer = await app.graphql<GraphQLResponse<{ Customer: { lifetimeSales: Sales } }>>(
      `{ Customer(id: ${world.customers.northwind.id}) { lifetimeSales { currency own withSubsidiaries } } }`,
      undefined,
      token,
    )
    expect(answer.body.errors).toBeUndefined()
    expect(answer.body.data?.Customer.lifetimeSales).toEqual([
      { currency: 'KWD', own: 0, withSubsidiaries: 70 },
      { currency: 'USD', own: 101, withSubsidiaries: 1050254 },
    ])
  })

  it('gives each customer of a list page its own figures (the page is read in one batch, not one query per row)', async () => {
    const ids = Object.values(world.customers).map((customer) => customer.id)
    const list = await app.rest.get<{ docs: Customer[] }>(`/customers?limit=100&depth=0&where[id][in]=${ids.join(',')}`, { token })
    expect(list.status).toBe(200)
    expect(list.body.docs).toHaveLength(ids.length)
    // a virtual array's row ids are made up on each read: compare the figures
    const figures = (sales: Sales | null | undefined) => (sales ?? []).map(({ currency, own, withSubsidiaries }) => ({ currency, own, withSubsidiaries }))
    for (const doc of list.body.docs) expect([doc.id, figures(doc.lifetimeSales)]).toEqual([doc.id, figures(await salesOf(doc.id))])
    const northwind = list.body.docs.find((doc) => doc.id === world.customers.northwind.id)
    expect(northwind?.lifetimeSales?.map((row) => row.withSubsidiaries)).toEqual([70, 1050254])
  })
})

describe('effectively once', () => {
  it('applies one refund event once even when its job is queued and run twice', async () => {
    const order = (await place(world.customers.contoso.id, [{ product: basics.screw.id, quantity: 100 }])).body.doc
    await drainJobs(app.payload)
    const input = { event: ORDER_REFUNDED, eventId: 'refund-twice', occurredAt: new Date().toISOString(), data: { orderId: order.id, orderNumber: null, customer: world.customers.contoso.id, currency: 'USD', amount: 1000 } }
    const task = eventTaskSlug('lifetime-sales:order-refunded') as never
    await app.payload.jobs.queue({ task, input: input as never })
    await app.payload.jobs.queue({ task, input: input as never })
    await drainJobs(app.payload)
    expect(await salesOf(world.customers.contoso.id)).toEqual([expect.objectContaining({ currency: 'USD', own: 10100 - 1000 })])
  })

  it('adds up 24 concurrent placements for one customer exactly, delivered 10 at a time', async () => {
    const lonely = await app.payload.create({ collection: 'customers', data: { name: 'Busy Buyer', code: 'BUSY' }, overrideAccess: true })
    const placed = await Promise.all(Array.from({ length: 24 }, (_, index) => place(lonely.id, [{ product: basics.screw.id, quantity: index + 1 }])))
    expect(placed.every((answer) => answer.status === 201)).toBe(true)
    await drainJobs(app.payload, 10)
    // 1 + 2 + … + 24 = 300 screws at $1.01
    expect(await salesOf(lonely.id)).toEqual([expect.objectContaining({ currency: 'USD', own: 30300, withSubsidiaries: 30300 })])
  })
})

describe('who reads it', () => {
  it('is never shown to a storefront user, not even the parent company’s administrator', async () => {
    const storefront = await app.login(world.users.northwindAdmin.email, PASSWORD, 'customer-users')
    const own = await app.rest.get<Customer>(`/customers/${world.customers.northwind.id}`, { token: storefront })
    expect(own.status).toBe(200)
    expect(own.body).not.toHaveProperty('lifetimeSales')
    const answer = await app.graphql<GraphQLResponse<{ Customer: { name: string; lifetimeSales: Sales | null } }>>(
      `{ Customer(id: ${world.customers.northwind.id}) { name lifetimeSales { currency own } } }`,
      undefined,
      storefront,
    )
    expect(answer.body.data?.Customer).toEqual({ name: 'Northwind Traders', lifetimeSales: null })
  })

  it('is refused as a filter or sort key with a 400, even for staff (a computed figure, not a column)', async () => {
    expect((await app.rest.get('/customers?where[lifetimeSales.own][greater_than]=0', { token })).status).toBe(400)
    expect((await app.rest.get('/customers?sort=-lifetimeSales.own', { token })).status).toBe(400)
    const graphql = await app.graphql<GraphQLResponse<unknown>>('{ Customers(where: { lifetimeSales__currency: { equals: "USD" } }) { docs { id } } }', undefined, token)
    expect(graphql.body.errors?.[0]?.message).toMatch(/lifetimeSales/)
  })

  it('is not readable from the ledger collections by staff who are not administrators, nor writable by anyone', async () => {
    const admin = await app.rest.get<{ totalDocs: number }>('/lifetime-sales', { token })
    expect(admin.body.totalDocs).toBeGreaterThan(0)
    const write = await app.rest.post('/lifetime-sales', { token, body: { customer: world.customers.west.id, currency: 'USD', amount: 5 } })
    expect(write.status).toBe(403)
    const clerk = await app.login('clerk@test.local', 'clerk-password')
    expect((await app.rest.get('/lifetime-sales', { token: clerk })).status).toBe(403)
  })
})

describe('a company moved under another parent', () => {
  it('brings its sales along at once: Contoso’s $91.00 joins Northwind’s total, nothing is recomputed', async () => {
    const usd = (sales: Sales) => sales.find((row) => row.currency === 'USD')
    const before = usd(await salesOf(world.customers.northwind.id))
    const contoso = usd(await salesOf(world.customers.contoso.id))
    expect(contoso?.own).toBe(9100)
    const moved = await app.rest.patch(`/customers/${world.customers.contoso.id}`, { token, body: { parent: world.customers.northwind.id } })
    expect(moved.status).toBe(200)
    expect(usd(await salesOf(world.customers.northwind.id))).toMatchObject({ own: before?.own, withSubsidiaries: (before?.withSubsidiaries ?? 0) + 9100 })
  })
})
