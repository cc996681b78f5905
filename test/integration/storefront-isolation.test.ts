/**
 * A logged-in customer user sees only its own company's data (and its subsidiaries' where its role allows), through
 * every door: REST lists, findByID, `where`, join fields, relationship population at depth, and GraphQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createCustomerWorld, PASSWORD, type CustomerWorld } from '../helpers/customer-world'
import { createCommerceBasics, createStaff, ADMIN } from '../helpers/fixtures'
import type { Address, Customer, CustomerUser } from '../../src/payload-types'
import type { DocResponse, ErrorResponse, GraphQLResponse, Joined, ListResponse, LoginResponse, MeResponse, WithFields } from '../helpers/api-types'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let world: CustomerWorld
const tokens: Record<string, string> = {}

const names = (docs: Array<{ name?: string | null; label?: string | null; email?: string | null }>) =>
  docs.map((doc) => doc.name ?? doc.label ?? doc.email).sort()

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  world = await createCustomerWorld(app.payload)
  tokens.staff = await app.login(ADMIN.email, ADMIN.password)
  for (const [key, user] of Object.entries(world.users)) tokens[key] = await app.login(user.email, PASSWORD, 'customer-users')
})
afterAll(() => app?.close())

/** A customer user read at depth 3: its company is a document, the company's parent (out of scope) an id. */
type StorefrontUser = WithFields<CustomerUser, { customer: Customer }>

describe('a Northwind East buyer never reads another company', () => {
  it('lists only its own company, not its parent, sibling or Contoso', async () => {
    const { status, body } = await app.rest.get<ListResponse<Customer>>('/customers', { token: tokens.eastBuyer })
    expect(status).toBe(200)
    expect(names(body.docs)).toEqual(['Northwind East'])
  })

  it('gets 404 for another company by id, even its own parent', async () => {
    for (const id of [world.customers.contoso.id, world.customers.northwind.id, world.customers.boston.id]) {
      expect((await app.rest.get(`/customers/${id}`, { token: tokens.eastBuyer })).status).toBe(404)
    }
  })

  it('finds nothing of Contoso with a `where` aimed at it', async () => {
    const byName = await app.rest.get<ListResponse<Customer>>('/customers?where[name][like]=Contoso', { token: tokens.eastBuyer })
    expect(byName.body.docs).toEqual([])
    const byCustomer = await app.rest.get<ListResponse<Address>>(`/addresses?where[customer][equals]=${world.customers.contoso.id}`, { token: tokens.eastBuyer })
    expect(byCustomer.body.docs).toEqual([])
    const byNested = await app.rest.get<ListResponse<Address>>('/addresses?where[customer.name][like]=Contoso', { token: tokens.eastBuyer })
    expect(byNested.body.docs).toEqual([])
    const users = await app.rest.get<ListResponse<CustomerUser>>(`/customer-users?where[customer][equals]=${world.customers.contoso.id}`, { token: tokens.eastBuyer })
    expect(users.body.docs).toEqual([])
  })

  it('reads its company addresses and its own personal address only', async () => {
    const { body } = await app.rest.get<ListResponse<Address>>('/addresses?limit=100', { token: tokens.eastBuyer })
    expect(names(body.docs)).toEqual(['East buyer home', 'East warehouse'])
    expect((await app.rest.get(`/addresses/${world.addresses.contosoHq.id}`, { token: tokens.eastBuyer })).status).toBe(404)
    expect((await app.rest.get(`/addresses/${world.addresses.northwindHq.id}`, { token: tokens.eastBuyer })).status).toBe(404)
  })

  it('sees its colleagues at East but no user of another company', async () => {
    const { body } = await app.rest.get<ListResponse<CustomerUser>>('/customer-users?limit=100', { token: tokens.eastBuyer })
    expect(names(body.docs)).toEqual(['east-buyer@northwind.test'])
    expect((await app.rest.get(`/customer-users/${world.users.contosoBuyer.id}`, { token: tokens.eastBuyer })).status).toBe(404)
  })

  it('leaks nothing through population at depth 2 or the customer’s panels', async () => {
    // depth 2: the user and its company are documents, the company's own relationships and joins ids
    const address = await app.rest.get<
      WithFields<Address, { customerUser: WithFields<CustomerUser, { customer: WithFields<Customer, { users: Joined<number>; subsidiaries: Joined<number> }> }> }>
    >(`/addresses/${world.addresses.eastBuyerHome.id}?depth=2`, { token: tokens.eastBuyer })
    expect(address.status).toBe(200)
    const company = address.body.customerUser.customer
    expect(company.name).toBe('Northwind East')
    // The parent company is out of scope: it stays an id, never a document.
    expect(company.parent).toBe(world.customers.northwind.id)
    // Joins at the last level of depth are ids: East's users and nobody else's.
    expect(company.users.docs).toEqual([world.users.eastBuyer.id])
    // East Boston is East's subsidiary, but a buyer does not see subsidiaries.
    expect(company.subsidiaries.docs).toEqual([])

    const east = await app.rest.get<WithFields<Customer, { addresses: Joined<Address> }>>(`/customers/${world.customers.east.id}?depth=1`, { token: tokens.eastBuyer })
    expect(east.body.addresses.docs.map((doc) => doc.label)).toEqual(['East warehouse'])
    expect(east.body.orders).toBeUndefined()
  })

  it('leaks nothing through its own login answer or /me at full depth', async () => {
    for (const call of [
      () => app.rest.post<LoginResponse<StorefrontUser>>('/customer-users/login?depth=3', { body: { email: world.users.eastBuyer.email, password: PASSWORD } }),
      () => app.rest.get<MeResponse<StorefrontUser>>('/customer-users/me?depth=3', { token: tokens.eastBuyer }),
    ]) {
      const { body } = await call()
      expect(body.user.customer.name).toBe('Northwind East')
      expect(body.user.customer.parent).toBe(world.customers.northwind.id)
    }
  })

  it('gets the same answers over GraphQL', async () => {
    type Named = { name: string; parent: Named | null }
    const { body } = await app.graphql<
      GraphQLResponse<{
        Customers: Joined<Named>
        Customer: { name: string } | null
        Addresses: Joined<{ label: string; customer: { name: string } | null; customerUser: { email: string; customer: Named } | null }>
        CustomerUsers: Joined<{ email: string }>
      }>
    >(
      `query($contoso: Int!) {
        Customers { docs { name parent { name } } }
        Customer(id: $contoso) { name }
        Addresses(limit: 100) { docs { label customer { name } customerUser { email customer { name parent { name } } } } }
        CustomerUsers { docs { email } }
      }`,
      { contoso: world.customers.contoso.id },
      tokens.eastBuyer,
    )
    expect(body.data.Customers.docs).toEqual([{ name: 'Northwind East', parent: null }])
    expect(body.data.Customer).toBeNull()
    expect(body.data.Addresses.docs.map((doc: { label: string }) => doc.label).sort()).toEqual(['East buyer home', 'East warehouse'])
    // the buyer's own address: its user is there (company addresses have none)
    const home = body.data.Addresses.docs.find((doc: { label: string }) => doc.label === 'East buyer home') as { customerUser: { customer: Named } }
    expect(home.customerUser.customer).toEqual({ name: 'Northwind East', parent: null })
    expect(body.data.CustomerUsers.docs).toEqual([{ email: 'east-buyer@northwind.test' }])
  })

  it('cannot change or create another company’s data', async () => {
    const patch = await app.rest.patch(`/addresses/${world.addresses.contosoHq.id}`, { token: tokens.eastBuyer, body: { city: 'Hacked' } })
    expect(patch.status).toBe(403)
    const create = await app.rest.post('/addresses', {
      token: tokens.eastBuyer,
      body: { customer: world.customers.contoso.id, street: '1 Fake St', city: 'X', country: 'DE', types: ['billing'] },
    })
    expect(create.status).toBe(403)
    const contosoHq = await app.payload.findByID({ collection: 'addresses', id: world.addresses.contosoHq.id, overrideAccess: true })
    expect(contosoHq.city).toBe('Munich')
    expect((await app.payload.count({ collection: 'addresses', overrideAccess: true })).totalDocs).toBe(7)
  })
})

describe('seeing subsidiaries depends on the role', () => {
  it('shows a parent-company administrator every Northwind company and their addresses, never Contoso', async () => {
    const customers = await app.rest.get<ListResponse<Customer>>('/customers?limit=100', { token: tokens.northwindAdmin })
    expect(names(customers.body.docs)).toEqual(['East Boston', 'Northwind East', 'Northwind Traders', 'Northwind West'])
    const addresses = await app.rest.get<ListResponse<Address>>('/addresses?limit=100', { token: tokens.northwindAdmin })
    expect(names(addresses.body.docs)).toEqual(['Boston office', 'East buyer home', 'East warehouse', 'Northwind HQ', 'West warehouse'])
  })

  it('reads the roles and the whole hierarchy below in one statement, once per request', async () => {
    const { statementsDuring } = await import('../helpers/statements')
    const statements = await statementsDuring(() => app.rest.get<ListResponse<Customer>>('/customers?limit=100', { token: tokens.northwindAdmin }))
    const scopeReads = statements.filter((text) => /from "?customer_user_roles"?/.test(text))
    expect(scopeReads).toHaveLength(1)
    expect(scopeReads[0]).toMatch(/with recursive/)
    // no find per level of the hierarchy
    expect(statements.filter((text) => /"customers"\."parent_id" in/.test(text))).toEqual([])
  })

  it('shows a parent-company buyer without the permission its own company only', async () => {
    const customers = await app.rest.get<ListResponse<Customer>>('/customers', { token: tokens.northwindBuyer })
    expect(names(customers.body.docs)).toEqual(['Northwind Traders'])
    const addresses = await app.rest.get<ListResponse<Address>>('/addresses?limit=100', { token: tokens.northwindBuyer })
    expect(names(addresses.body.docs)).toEqual(['Northwind HQ'])
    const northwind = await app.rest.get<WithFields<Customer, { subsidiaries: Joined<Customer> }>>(`/customers/${world.customers.northwind.id}`, { token: tokens.northwindBuyer })
    expect(northwind.body.subsidiaries.docs).toEqual([])
  })

  it('lists the subsidiaries in the administrator’s view of its company', async () => {
    const northwind = await app.rest.get<WithFields<Customer, { subsidiaries: Joined<Customer> }>>(`/customers/${world.customers.northwind.id}`, { token: tokens.northwindAdmin })
    expect(northwind.body.subsidiaries.docs.map((doc: { id: number }) => doc.id).sort()).toEqual(
      [world.customers.east.id, world.customers.west.id].sort(),
    )
  })

  it('keeps staff seeing everything', async () => {
    const { body } = await app.rest.get<ListResponse<Customer>>('/customers?limit=100', { token: tokens.staff })
    expect(body.totalDocs).toBe(5)
  })

  it('refuses anonymous visitors', async () => {
    expect((await app.rest.get('/customers')).status).toBe(403)
    expect((await app.rest.get('/addresses')).status).toBe(403)
    expect((await app.rest.get('/customer-users')).status).toBe(403)
  })
})

describe('what a customer user may change', () => {
  it('lets a buyer edit its own personal address but not its company’s address book', async () => {
    const own = await app.rest.patch(`/addresses/${world.addresses.eastBuyerHome.id}`, { token: tokens.eastBuyer, body: { phone: '+1 555 0100' } })
    expect(own.status).toBe(200)
    const company = await app.rest.patch(`/addresses/${world.addresses.eastWarehouse.id}`, { token: tokens.eastBuyer, body: { city: 'Albany' } })
    expect(company.status).toBe(403)
    const created = await app.rest.post('/addresses', {
      token: tokens.eastBuyer,
      body: { customer: world.customers.east.id, street: '2 Dock Rd', city: 'Albany', country: 'US', types: ['shipping'] },
    })
    expect(created.status).toBe(403)
  })

  it('lets a buyer not hand its personal address to a colleague', async () => {
    const moved = await app.rest.patch(`/addresses/${world.addresses.eastBuyerHome.id}`, {
      token: tokens.eastBuyer,
      body: { customerUser: world.users.westBuyer.id },
    })
    expect(moved.status).toBe(403)
  })

  it('lets a parent-company administrator manage a subsidiary’s address book, and no one else’s', async () => {
    const created = await app.rest.post<DocResponse<Address>>('/addresses', {
      token: tokens.northwindAdmin,
      body: { customer: world.customers.west.id, street: '9 Harbor Dr', city: 'San Diego', country: 'us', types: ['shipping'] },
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.country).toBe('US')
    const contoso = await app.rest.post('/addresses', {
      token: tokens.northwindAdmin,
      body: { customer: world.customers.contoso.id, street: '9 Harbor Dr', city: 'Munich', country: 'DE', types: ['shipping'] },
    })
    expect(contoso.status).toBe(403)
    const edit = await app.rest.patch(`/addresses/${world.addresses.contosoHq.id}`, { token: tokens.northwindAdmin, body: { city: 'Hacked' } })
    expect(edit.status).toBe(403)
  })

  it('shuts a disabled user out at once, token or not', async () => {
    const token = await app.login(world.users.westBuyer.email, PASSWORD, 'customer-users')
    await app.payload.update({ collection: 'customer-users', id: world.users.westBuyer.id, data: { enabled: false }, overrideAccess: true })
    expect((await app.rest.get('/customers', { token })).status).toBe(403)
    expect((await app.rest.get('/addresses', { token })).status).toBe(403)
    const login = await app.rest.post<ErrorResponse>('/customer-users/login', { body: { email: world.users.westBuyer.email, password: PASSWORD } })
    expect(login.status).toBe(403)
    expect(login.body.errors[0].message).toMatch(/disabled/)
    await app.payload.update({ collection: 'customer-users', id: world.users.westBuyer.id, data: { enabled: true }, overrideAccess: true })
  })
})
