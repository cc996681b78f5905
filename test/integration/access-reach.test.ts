/**
 * Ways around a level that must not work: `where` queries aimed at forbidden rows (directly, through a
 * relationship path, through count), and relationship population (`depth`) of a forbidden document. Requests by
 * anyone but staff keep the collection's own access.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createCommerceBasics } from '../helpers/fixtures'
import type { Customer, Order, Product } from '../../src/payload-types'
import type { GraphQLErrorResponse, GraphQLResponse, Joined, ListResponse, ValidationErrorResponse, WithFields } from '../helpers/api-types'
import { startTestApp, type TestApp } from '../helpers/payload'
import { createRole, createStaffUser, createUnits, PASSWORD } from '../helpers/security-world'

let app: TestApp
let token: string
let screw: number
const ids = {} as Record<'secretParent' | 'secretCustomer' | 'deskCustomer' | 'secretChild' | 'deskChild' | 'orderSecret' | 'orderDesk', number>

const local = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  app = await startTestApp()
  const basics = await createCommerceBasics(app.payload)
  screw = basics.screw.id
  const units = await createUnits(app.payload)
  const bob = await createStaffUser(app.payload, 'bob@test.local', [units.b], [])
  // The order desk sees every order, but among customers only its own.
  const role = await createRole(app.payload, 'order-desk', [
    { collection: 'orders', read: 'global', create: 'own', update: 'global' },
    { collection: 'customers', read: 'own' },
    { collection: 'products', read: 'global' },
  ])
  const desk = await createStaffUser(app.payload, 'desk@test.local', [units.a], [role.id])
  token = await app.login('desk@test.local', PASSWORD)

  const customer = async (name: string, owner: number, businessUnit: number, parent?: number) =>
    (await app.payload.create({ collection: 'customers', data: { name, code: name.toUpperCase().replaceAll(' ', '-'), owner, businessUnit, parent }, ...local })).id
  ids.secretParent = await customer('Secret Holding', bob.id, units.b)
  ids.secretCustomer = await customer('Secret Buyer', bob.id, units.other)
  ids.deskCustomer = await customer('Desk Buyer', desk.id, units.a, ids.secretParent)
  ids.secretChild = await customer('Secret Child', bob.id, units.other, ids.deskCustomer)
  ids.deskChild = await customer('Desk Child', desk.id, units.a, ids.deskCustomer)
  const order = async (customerId: number) =>
    (
      await app.payload.create({
        collection: 'orders',
        data: { customer: customerId, currency: 'USD', lines: [{ product: basics.screw.id, quantity: 1 }], owner: bob.id, businessUnit: units.b },
        ...local,
      })
    ).id
  ids.orderSecret = await order(ids.secretCustomer)
  ids.orderDesk = await order(ids.deskCustomer)
})
afterAll(() => app?.close())

const idsOf = (body: { docs: Array<{ id: number }> }) => body.docs.map((doc) => doc.id)

describe('`where` cannot reach rows the level forbids', () => {
  it('finds nothing when naming a forbidden row by id or name, over REST and GraphQL', async () => {
    for (const query of [`where[id][equals]=${ids.secretCustomer}`, 'where[name][equals]=Secret%20Buyer', 'where[name][like]=Secret']) {
      const response = await app.rest.get<ListResponse<Customer>>(`/customers?${query}`, { token })
      expect([query, response.status, idsOf(response.body)]).toEqual([query, 200, []])
    }
    const { body } = await app.graphql<GraphQLResponse<{ Customers: Pick<ListResponse<Pick<Customer, 'id'>>, 'totalDocs' | 'docs'> }>>('{ Customers(where: { name: { like: "Secret" } }) { totalDocs docs { id } } }', undefined, token)
    expect(body.data.Customers).toEqual({ totalDocs: 0, docs: [] })
  })

  it('cannot widen its reach with `or`', async () => {
    const response = await app.rest.get<ListResponse<Customer>>(`/customers?where[or][0][id][exists]=true&where[or][1][name][like]=Secret`, { token })
    expect(idsOf(response.body).sort()).toEqual([ids.deskCustomer, ids.deskChild].sort())
  })

  it('does not count forbidden rows', async () => {
    const response = await app.rest.get<{ totalDocs: number }>('/customers/count', { token })
    expect(response.body).toEqual({ totalDocs: 2 })
  })

  it('cannot filter readable orders by a field of a customer it may not read', async () => {
    const forbidden = await app.rest.get<ListResponse<Order>>('/orders?where[customer.name][equals]=Secret%20Buyer', { token })
    expect([forbidden.status, idsOf(forbidden.body)]).toEqual([200, []])
    // The same query on a customer it may read finds that customer's order: the filter works, the row was hidden.
    const allowed = await app.rest.get<ListResponse<Order>>('/orders?where[customer.name][equals]=Desk%20Buyer', { token })
    expect(idsOf(allowed.body)).toEqual([ids.orderDesk])
    // Both orders are readable on their own.
    const all = await app.rest.get<ListResponse<Order>>('/orders?sort=id', { token })
    expect(idsOf(all.body)).toEqual([ids.orderSecret, ids.orderDesk])
  })
})

describe('relationship population leaves forbidden documents unpopulated', () => {
  it('REST depth 1 returns only the id of a forbidden customer', async () => {
    const response = await app.rest.get<Order>(`/orders/${ids.orderSecret}?depth=1`, { token })
    expect(response.status).toBe(200)
    expect(response.body.customer).toBe(ids.secretCustomer)
  })

  it('REST depth 2 populates the readable customer but only the id of its forbidden parent', async () => {
    const response = await app.rest.get<Order>(`/orders/${ids.orderDesk}?depth=2`, { token })
    expect(response.body.customer).toMatchObject({ id: ids.deskCustomer, name: 'Desk Buyer', parent: ids.secretParent })
  })

  it('REST lists populate the same way', async () => {
    const response = await app.rest.get<ListResponse<Order>>('/orders?depth=1&sort=id', { token })
    expect(response.body.docs.map((order: { customer: unknown }) => (typeof order.customer === 'object' ? 'populated' : order.customer))).toEqual([
      ids.secretCustomer,
      'populated',
    ])
  })

  it('join fields list only the related documents the user may read', async () => {
    const response = await app.rest.get<WithFields<Customer, { subsidiaries: Joined<number> }>>(`/customers/${ids.deskCustomer}?depth=0`, { token })
    expect(response.body.subsidiaries.docs).toEqual([ids.deskChild])
    const admin = await app.payload.findByID({ collection: 'customers', id: ids.deskCustomer, depth: 0, overrideAccess: true })
    expect((admin.subsidiaries as { docs: number[] }).docs.sort()).toEqual([ids.secretChild, ids.deskChild].sort())
  })

  it('GraphQL resolves a forbidden customer, and a forbidden parent two levels down, to null', async () => {
    const { body } = await app.graphql<
      GraphQLResponse<{
        secret: { customer: Pick<Customer, 'id' | 'name'> | null }
        desk: { customer: { name: string; parent: Pick<Customer, 'id' | 'name'> | null } | null }
      }>
    >(
      `{ secret: Order(id: ${ids.orderSecret}) { customer { id name } }
         desk: Order(id: ${ids.orderDesk}) { customer { name parent { id name } } } }`,
      undefined,
      token,
    )
    expect(body.data).toEqual({ secret: { customer: null }, desk: { customer: { name: 'Desk Buyer', parent: null } } })
  })
})

describe('a staff user links only records they may read', () => {
  const countOrders = async () => (await app.payload.count({ collection: 'orders', overrideAccess: true })).totalDocs

  it('refuses an order for a customer outside their level with a 400 naming customer, and creates nothing', async () => {
    const before = await countOrders()
    const response = await app.rest.post<ValidationErrorResponse>('/orders', {
      token,
      body: { customer: ids.secretCustomer, currency: 'USD', lines: [{ product: screw, quantity: 1 }] },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors.map((issue: { path: string }) => issue.path)).toEqual(['customer'])
    expect(await countOrders()).toBe(before)
    const { body } = await app.graphql<GraphQLErrorResponse<{ createOrder: null } | null>>(
      `mutation { createOrder(data: { customer: ${ids.secretCustomer}, currency: "USD", lines: [{ product: ${screw}, quantity: 1 }] }) { id } }`,
      undefined,
      token,
    )
    expect(body.errors?.[0]?.message).toMatch(/customer/i)
    expect(await countOrders()).toBe(before)
  })

  it('creates the order for a customer they may read', async () => {
    const response = await app.rest.post('/orders', { token, body: { customer: ids.deskCustomer, currency: 'USD', lines: [{ product: screw, quantity: 2 }] } })
    expect(response.status).toBe(201)
  })

  it('still edits an order that already links a customer they cannot see', async () => {
    const response = await app.rest.patch(`/orders/${ids.orderSecret}`, { token, body: { status: 'confirmed' } })
    expect(response.status).toBe(200)
  })

  it('cannot re-point a readable order at a customer outside their level', async () => {
    const response = await app.rest.patch(`/orders/${ids.orderDesk}`, { token, body: { customer: ids.secretCustomer } })
    expect(response.status).toBe(400)
    const stored = await app.payload.findByID({ collection: 'orders', id: ids.orderDesk, ...local })
    expect(stored.customer).toBe(ids.deskCustomer)
  })
})

describe('requests by anyone but staff keep the collection’s own access', () => {
  it('lets anonymous visitors read every product (products are public) without owner or unit', async () => {
    const response = await app.rest.get<ListResponse<Product>>('/products?limit=100')
    expect(response.status).toBe(200)
    expect(response.body.totalDocs).toBe(await app.payload.count({ collection: 'products', overrideAccess: true }).then((r) => r.totalDocs))
    expect(response.body.docs[0]).not.toHaveProperty('owner')
    expect(response.body.docs[0]).not.toHaveProperty('businessUnit')
  })

  it('keeps customers and orders closed to anonymous visitors', async () => {
    expect((await app.rest.get('/customers')).status).toBe(403)
    expect((await app.rest.get('/orders')).status).toBe(403)
  })

  it('gives a staff user without roles nothing on secured collections, public products included (staff rights come from roles)', async () => {
    await createStaffUser(app.payload, 'norole@test.local', [], [])
    const noRole = await app.login('norole@test.local', PASSWORD)
    expect((await app.rest.get('/customers', { token: noRole })).status).toBe(403)
    expect((await app.rest.get('/products', { token: noRole })).status).toBe(403)
  })
})
