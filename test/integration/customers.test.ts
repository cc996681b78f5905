/**
 * The customer model through the doors clients use: the hierarchy (loops refused with a 400 naming `parent`),
 * the read-only lifetime sales value, the customer view's panels (subsidiaries, users, addresses, orders), address
 * books with one default per type, and customer users logging in to the storefront over REST and GraphQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createCustomerWorld, PASSWORD, type CustomerWorld } from '../helpers/customer-world'
import { ADMIN, createCommerceBasics, createStaff } from '../helpers/fixtures'
import type { Address, Customer, CustomerGroup, CustomerUser, CustomerUserRole, Order } from '../../src/payload-types'
import type { DocOrErrorResponse, DocResponse, ErrorResponse, GraphQLErrorResponse, GraphQLResponse, Joined, LoginResponse, MeResponse, WithFields } from '../helpers/api-types'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let world: CustomerWorld
let staff: string

const fieldErrors = (body: { errors?: Array<{ data?: { errors?: Array<{ path: string; message: string }> } }> }) =>
  body.errors?.flatMap((error) => error.data?.errors ?? []) ?? []

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  world = await createCustomerWorld(app.payload)
  staff = await app.login(ADMIN.email, ADMIN.password)
})
afterAll(() => app?.close())

/** A customer read at depth 1, with the panels of the customer view. */
type CustomerPanels = WithFields<
  Customer,
  { subsidiaries: Joined<Customer>; users: Joined<CustomerUser>; addresses: Joined<Address>; orders: Joined<Order> }
>

const parentOf = async (id: number) =>
  (await app.payload.findByID({ collection: 'customers', id, depth: 0, overrideAccess: true })).parent

describe('the customer hierarchy stays a tree', () => {
  it('refuses a company as its own parent with a 400 naming parent', async () => {
    const { status, body } = await app.rest.patch<ErrorResponse>(`/customers/${world.customers.west.id}`, {
      token: staff,
      body: { parent: world.customers.west.id },
    })
    expect(status).toBe(400)
    expect(fieldErrors(body)).toEqual([{ path: 'parent', message: expect.stringMatching(/own parent/), label: expect.anything() }].map(({ label: _label, ...rest }) => expect.objectContaining(rest)))
    expect(await parentOf(world.customers.west.id)).toBe(world.customers.northwind.id)
  })

  it('refuses a grandchild as parent and writes nothing, not even the other fields sent with it', async () => {
    const { status, body } = await app.rest.patch<ErrorResponse>(`/customers/${world.customers.northwind.id}`, {
      token: staff,
      body: { parent: world.customers.boston.id, phone: '+1 555 0199' },
    })
    expect(status).toBe(400)
    expect(fieldErrors(body).map((error) => error.path)).toEqual(['parent'])
    expect(fieldErrors(body)[0].message).toMatch(/subsidiaries/)
    const northwind = await app.payload.findByID({ collection: 'customers', id: world.customers.northwind.id, depth: 0, overrideAccess: true })
    expect(northwind.parent ?? null).toBeNull()
    expect(northwind.phone ?? null).toBeNull()
  })

  it('refuses the loop over GraphQL too', async () => {
    const { body } = await app.graphql<GraphQLErrorResponse>(
      'mutation($id: Int!, $parent: Int!) { updateCustomer(id: $id, data: { parent: $parent }) { id } }',
      { id: world.customers.east.id, parent: world.customers.boston.id },
      staff,
    )
    expect(body.errors[0].message).toMatch(/Parent/)
    expect(await parentOf(world.customers.east.id)).toBe(world.customers.northwind.id)
  })

  it('accepts moving a company under another branch and back', async () => {
    const moved = await app.rest.patch(`/customers/${world.customers.west.id}`, { token: staff, body: { parent: world.customers.east.id } })
    expect(moved.status).toBe(200)
    expect(await parentOf(world.customers.west.id)).toBe(world.customers.east.id)
    await app.rest.patch(`/customers/${world.customers.west.id}`, { token: staff, body: { parent: world.customers.northwind.id } })
    expect(await parentOf(world.customers.west.id)).toBe(world.customers.northwind.id)
  })
})

describe('lifetime sales value', () => {
  it('is computed by the server, never written through the API (test/integration/lifetime-sales.test.ts has the figures)', async () => {
    const forged = [{ currency: 'USD', own: 500000, withSubsidiaries: 500000 }]
    const created = await app.rest.post<DocResponse<Customer>>('/customers', { token: staff, body: { name: 'Fabrikam', code: 'FABRIKAM', lifetimeSales: forged } })
    expect(created.status).toBe(201)
    expect(created.body.doc.lifetimeSales).toEqual([])
    const patched = await app.rest.patch<DocResponse<Customer>>(`/customers/${created.body.doc.id}`, {
      token: staff,
      body: { lifetimeSales: forged, name: 'Fabrikam Inc.' },
    })
    expect(patched.status).toBe(200)
    expect(patched.body.doc).toMatchObject({ name: 'Fabrikam Inc.', lifetimeSales: [] })
    await app.payload.delete({ collection: 'customers', id: created.body.doc.id, overrideAccess: true })
  })
})

describe('the customer view’s panels', () => {
  it('lists subsidiaries, users and addresses of a customer', async () => {
    const { body } = await app.rest.get<CustomerPanels>(`/customers/${world.customers.northwind.id}?depth=1`, { token: staff })
    expect(body.subsidiaries.docs.map((doc: { name: string }) => doc.name).sort()).toEqual(['Northwind East', 'Northwind West'])
    expect(body.users.docs.map((doc: { email: string }) => doc.email).sort()).toEqual(['nw-admin@northwind.test', 'nw-buyer@northwind.test'])
    expect(body.addresses.docs.map((doc) => doc.label)).toEqual(['Northwind HQ'])
  })

  it('shows the orders the sales side registered through the kit', async () => {
    const { screw } = await createCommerceBasics(app.payload)
    const order = await app.payload.create({
      collection: 'orders',
      data: { customer: world.customers.east.id, currency: 'USD', lines: [{ product: screw.id, quantity: 3 }] },
      overrideAccess: true,
    })
    const { body } = await app.rest.get<CustomerPanels>(`/customers/${world.customers.east.id}?depth=1`, { token: staff })
    expect(body.orders.docs.map((doc) => doc.orderNumber)).toEqual([order.orderNumber])
    const graphql = await app.graphql<
      GraphQLResponse<{ Customer: { orders: Joined<Pick<Order, 'orderNumber'>>; users: Joined<Pick<CustomerUser, 'email'>> } }>
    >(
      'query($id: Int!) { Customer(id: $id) { orders { docs { orderNumber } } users { docs { email } } } }',
      { id: world.customers.east.id },
      staff,
    )
    expect(graphql.body.data.Customer.orders.docs).toEqual([{ orderNumber: order.orderNumber }])
    expect(graphql.body.data.Customer.users.docs).toEqual([{ email: 'east-buyer@northwind.test' }])
  })

  it('lists a group’s customers and a role’s users', async () => {
    const wholesale = await app.payload.create({ collection: 'customer-groups', data: { name: 'Wholesale', code: 'wholesale' }, overrideAccess: true })
    await app.rest.patch(`/customers/${world.customers.contoso.id}`, { token: staff, body: { group: wholesale.id } })
    const group = await app.rest.get<WithFields<CustomerGroup, { customers: Joined<Customer> }>>(`/customer-groups/${wholesale.id}`, { token: staff })
    expect(group.body.customers.docs.map((doc: { name: string }) => doc.name)).toEqual(['Contoso Manufacturing'])
    const role = await app.rest.get<WithFields<CustomerUserRole, { users: Joined<CustomerUser> }>>(`/customer-user-roles/${world.roles.administrator.id}`, { token: staff })
    expect(role.body.users.docs.map((doc: { email: string }) => doc.email)).toEqual(['nw-admin@northwind.test'])
  })
})

describe('deleting a customer', () => {
  it('is refused with 409 while it has subsidiaries, users or orders', async () => {
    const before = (await app.payload.count({ collection: 'customers', overrideAccess: true })).totalDocs
    for (const id of [world.customers.northwind.id, world.customers.contoso.id, world.customers.east.id]) {
      const { status, body } = await app.rest.delete<ErrorResponse>(`/customers/${id}`, { token: staff })
      expect(status).toBe(409)
      expect(body.errors[0].message).toMatch(/still has \d+ (subsidiaries|users|orders)/)
    }
    expect((await app.payload.count({ collection: 'customers', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('takes the company’s address book with it', async () => {
    const solo = await app.payload.create({ collection: 'customers', data: { name: 'Solo', code: 'SOLO' }, overrideAccess: true })
    await app.payload.create({
      collection: 'addresses',
      data: { customer: solo.id, street: '1 Main St', city: 'Austin', country: 'US', types: ['billing'] },
      overrideAccess: true,
    })
    expect((await app.rest.delete(`/customers/${solo.id}`, { token: staff })).status).toBe(200)
    expect((await app.payload.count({ collection: 'addresses', where: { customer: { equals: solo.id } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})

describe('addresses', () => {
  const address = (body: Record<string, unknown>) =>
    app.rest.post<DocOrErrorResponse<Address>>('/addresses', { token: staff, body: { street: '5 Elm St', city: 'Dallas', country: 'US', types: ['billing', 'shipping'], ...body } })

  it('needs exactly one owner, answered with a 400 naming the field', async () => {
    const none = await address({})
    expect(none.status).toBe(400)
    expect(fieldErrors(none.body).map((error) => error.path)).toEqual(['customer'])
    const both = await address({ customer: world.customers.west.id, customerUser: world.users.westBuyer.id })
    expect(both.status).toBe(400)
    expect(fieldErrors(both.body).map((error) => error.path)).toEqual(['customerUser'])
  })

  it('takes ISO country codes in any case and refuses anything else', async () => {
    const lower = await address({ customer: world.customers.west.id, country: ' gb ' })
    expect(lower.status).toBe(201)
    expect(lower.body.doc.country).toBe('GB')
    const uk = await address({ customer: world.customers.west.id, country: 'UK' })
    expect(uk.status).toBe(400)
    expect(fieldErrors(uk.body).map((error) => error.path)).toEqual(['country'])
    await app.payload.delete({ collection: 'addresses', id: lower.body.doc.id, overrideAccess: true })
  })

  it('refuses a default billing address that is not a billing address', async () => {
    const response = await address({ customer: world.customers.west.id, types: ['shipping'], defaultBilling: true })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body).map((error) => error.path)).toEqual(['defaultBilling'])
  })

  it('keeps one default per owner and type: a new default clears the previous one', async () => {
    const flags = async (id: number) => {
      const doc = await app.payload.findByID({ collection: 'addresses', id, depth: 0, overrideAccess: true })
      return [doc.defaultBilling, doc.defaultShipping]
    }
    const first = (await address({ customer: world.customers.west.id, defaultBilling: true, defaultShipping: true })).body.doc
    const second = (await address({ customer: world.customers.west.id, defaultBilling: true })).body.doc
    expect(await flags(first.id)).toEqual([false, true])
    expect(await flags(second.id)).toEqual([true, false])
    // Another owner's defaults are not touched.
    const other = (await address({ customer: world.customers.east.id, defaultShipping: true })).body.doc
    await app.rest.patch(`/addresses/${first.id}`, { token: staff, body: { defaultBilling: true } })
    expect(await flags(first.id)).toEqual([true, true])
    expect(await flags(second.id)).toEqual([false, false])
    expect(await flags(other.id)).toEqual([false, true])
  })

  it('lets a storefront user switch its own default address', async () => {
    const token = await app.login(world.users.eastBuyer.email, PASSWORD, 'customer-users')
    const work = await app.rest.post<DocResponse<Address>>('/addresses', {
      token,
      body: { customerUser: world.users.eastBuyer.id, street: '7 Work Ave', city: 'Newark', country: 'US', types: ['shipping'], defaultShipping: true },
    })
    expect(work.status).toBe(201)
    const second = await app.rest.post('/addresses', {
      token,
      body: { customerUser: world.users.eastBuyer.id, street: '8 Other Ave', city: 'Newark', country: 'US', types: ['shipping'], defaultShipping: true },
    })
    expect(second.status).toBe(201)
    const refreshed = await app.rest.get<Address>(`/addresses/${work.body.doc.id}`, { token })
    expect(refreshed.body.defaultShipping).toBe(false)
  })
})

describe('customer users', () => {
  it('log in at /api/customer-users/login and read themselves', async () => {
    const login = await app.rest.post<LoginResponse<CustomerUser>>('/customer-users/login?depth=0', { body: { email: 'east-buyer@northwind.test', password: PASSWORD } })
    expect(login.status).toBe(200)
    expect(login.body.user).toMatchObject({ email: 'east-buyer@northwind.test', customer: world.customers.east.id, collection: 'customer-users' })
    const me = await app.rest.get<MeResponse<CustomerUser>>('/customer-users/me', { token: login.body.token })
    expect(me.body.user.id).toBe(world.users.eastBuyer.id)
  })

  it('log in over GraphQL', async () => {
    const { body } = await app.graphql<
      GraphQLResponse<{ loginCustomerUser: { token: string; user: { email: string; customer: { name: string } } } }>
    >(
      `mutation($email: String!, $password: String!) { loginCustomerUser(email: $email, password: $password) { token user { email customer { name } } } }`,
      { email: 'east-buyer@northwind.test', password: PASSWORD },
    )
    expect(body.data.loginCustomerUser.user).toEqual({ email: 'east-buyer@northwind.test', customer: { name: 'Northwind East' } })
    const me = await app.graphql<GraphQLResponse<{ meCustomerUser: { user: { email: string } } }>>('{ meCustomerUser { user { email } } }', undefined, body.data.loginCustomerUser.token)
    expect(me.body.data.meCustomerUser.user.email).toBe('east-buyer@northwind.test')
  })

  it('are not staff: their token opens neither staff collections nor the staff login', async () => {
    const token = await app.login('nw-admin@northwind.test', PASSWORD, 'customer-users')
    expect((await app.rest.get('/users', { token })).status).toBe(403)
    expect((await app.rest.get('/orders', { token })).status).toBe(403)
    expect((await app.rest.post('/users/login', { body: { email: 'nw-admin@northwind.test', password: PASSWORD } })).status).toBe(401)
  })

  it('edit their own profile but never their company or roles', async () => {
    const token = await app.login('east-buyer@northwind.test', PASSWORD, 'customer-users')
    const { status, body } = await app.rest.patch<DocResponse<CustomerUser>>(`/customer-users/${world.users.eastBuyer.id}?depth=0`, {
      token,
      body: { firstName: 'Erin', customer: world.customers.contoso.id, roles: [world.roles.administrator.id], enabled: true },
    })
    expect(status).toBe(200)
    expect(body.doc).toMatchObject({ firstName: 'Erin', customer: world.customers.east.id, roles: [world.roles.buyer.id] })
    const colleague = await app.rest.patch(`/customer-users/${world.users.westBuyer.id}`, { token, body: { firstName: 'X' } })
    expect(colleague.status).toBe(403)
    expect((await app.rest.post('/customer-users', { token, body: { email: 'new@northwind.test', password: 'x-password', firstName: 'N', lastName: 'U' } })).status).toBe(403)
  })

  it('let a customer administrator manage the users of its companies, and nobody else’s', async () => {
    const token = await app.login('nw-admin@northwind.test', PASSWORD, 'customer-users')
    const created = await app.rest.post<DocResponse<CustomerUser>>('/customer-users?depth=0', {
      token,
      body: { email: 'new-west@northwind.test', password: 'west-password', firstName: 'Wes', lastName: 'T', customer: world.customers.west.id, roles: [world.roles.buyer.id] },
    })
    expect(created.status).toBe(201)
    const ownCompany = await app.rest.post<DocResponse<CustomerUser>>('/customer-users?depth=0', {
      token,
      body: { email: 'new-hq@northwind.test', password: 'hq-password', firstName: 'H', lastName: 'Q' },
    })
    expect(ownCompany.status).toBe(201)
    expect(ownCompany.body.doc.customer).toBe(world.customers.northwind.id)
    const contoso = await app.rest.post('/customer-users', {
      token,
      body: { email: 'spy@contoso.test', password: 'spy-password', firstName: 'S', lastName: 'Py', customer: world.customers.contoso.id },
    })
    expect(contoso.status).toBe(403)
    const promote = await app.rest.patch<DocResponse<CustomerUser>>(`/customer-users/${world.users.eastBuyer.id}?depth=0`, { token, body: { roles: [world.roles.administrator.id] } })
    expect(promote.body.doc.roles).toEqual([world.roles.administrator.id])
    await app.rest.patch(`/customer-users/${world.users.eastBuyer.id}`, { token, body: { roles: [world.roles.buyer.id] } })
    const move = await app.rest.patch(`/customer-users/${world.users.westBuyer.id}`, { token, body: { customer: world.customers.contoso.id } })
    expect(move.status).toBe(403)
    expect((await app.rest.patch(`/customer-users/${world.users.contosoBuyer.id}`, { token, body: { firstName: 'X' } })).status).toBe(403)
    expect((await app.rest.delete(`/customer-users/${created.body.doc.id}`, { token })).status).toBe(200)
    expect((await app.rest.delete(`/customer-users/${world.users.northwindAdmin.id}`, { token })).status).toBe(403)
  })
})
