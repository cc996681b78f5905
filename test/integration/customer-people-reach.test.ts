/**
 * Customer users and addresses follow their customer's owner and business unit (src/kit/follow-parent-access.ts):
 * a manager of unit A reaches the people and address books of A's customers — company addresses and the personal
 * addresses of those customers' users — and nobody else's, over REST and GraphQL; writes aimed elsewhere are 403.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ADMIN, createStaff } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'
import { createRole, createStaffUser, createUnits, everyAction, PASSWORD } from '../helpers/security-world'
import type { GraphQLResponse, Joined } from '../helpers/api-types'

let app: TestApp
let managerToken: string
let adminToken: string
let noRoleToken: string
let units: Awaited<ReturnType<typeof createUnits>>
const ids = {} as Record<'mine' | 'theirs' | 'mineUser' | 'theirsUser' | 'mineAddress' | 'theirsAddress' | 'mineHome' | 'theirsHome', number>

const local = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  units = await createUnits(app.payload)
  const role = await createRole(app.payload, 'unit-manager', everyAction('businessUnit', ['customers']))
  const manager = await createStaffUser(app.payload, 'manager@test.local', [units.a], [role.id])
  const other = await createStaffUser(app.payload, 'other@test.local', [units.b], [role.id])
  await createStaffUser(app.payload, 'norole@test.local', [units.a], [])
  const customer = async (name: string, owner: number, businessUnit: number) =>
    (await app.payload.create({ collection: 'customers', data: { name, code: name.toUpperCase(), owner, businessUnit } as never, ...local })).id
  ids.mine = await customer('Mine', manager.id, units.a)
  ids.theirs = await customer('Theirs', other.id, units.b)
  const user = async (email: string, customerId: number) =>
    (await app.payload.create({ collection: 'customer-users', data: { email, password: 'storefront-password', firstName: 'A', lastName: 'B', customer: customerId }, ...local })).id
  ids.mineUser = await user('buyer@mine.test', ids.mine)
  ids.theirsUser = await user('buyer@theirs.test', ids.theirs)
  const address = async (owner: Record<string, number>, label: string) =>
    (await app.payload.create({ collection: 'addresses', data: { ...owner, label, street: '1 St', city: 'C', country: 'US', types: ['billing'] }, ...local })).id
  ids.mineAddress = await address({ customer: ids.mine }, 'Mine HQ')
  ids.theirsAddress = await address({ customer: ids.theirs }, 'Theirs HQ')
  ids.mineHome = await address({ customerUser: ids.mineUser }, 'Mine home')
  ids.theirsHome = await address({ customerUser: ids.theirsUser }, 'Theirs home')
  managerToken = await app.login('manager@test.local', PASSWORD)
  noRoleToken = await app.login('norole@test.local', PASSWORD)
  adminToken = await app.login(ADMIN.email, ADMIN.password)
})

afterAll(() => app?.close())

/** The ids of a list answer (REST) or a GraphQL list selection, sorted. */
const idsOf = (body: unknown) => (((body as { docs?: Array<{ id: number }> } | null)?.docs) ?? []).map((doc) => doc.id).sort((a, b) => a - b)

describe('customer users and addresses follow their customer’s reach', () => {
  it('lists only those of customers in reach, over REST', async () => {
    expect(idsOf((await app.rest.get('/customer-users', { token: managerToken })).body)).toEqual([ids.mineUser])
    expect(idsOf((await app.rest.get('/addresses', { token: managerToken })).body)).toEqual([ids.mineAddress, ids.mineHome].sort((a, b) => a - b))
    expect((await app.rest.get(`/customer-users/${ids.theirsUser}`, { token: managerToken })).status).toBe(404)
    expect((await app.rest.get(`/addresses/${ids.theirsHome}`, { token: managerToken })).status).toBe(404)
    expect(idsOf((await app.rest.get('/customer-users?where[email][like]=theirs', { token: managerToken })).body)).toEqual([])
    // administrators reach everything; staff without a role nothing
    expect(idsOf((await app.rest.get('/customer-users', { token: adminToken })).body)).toEqual([ids.mineUser, ids.theirsUser])
    expect(idsOf((await app.rest.get('/addresses', { token: noRoleToken })).body)).toEqual([])
  })

  it('lists only those of customers in reach, over GraphQL', async () => {
    const response = await app.graphql<GraphQLResponse<{ CustomerUsers: Joined<{ id: number }>; Addresses: Joined<{ id: number }> }>>(
      '{ CustomerUsers { docs { id } } Addresses { docs { id } } }',
      undefined,
      managerToken,
    )
    expect(idsOf(response.body.data.CustomerUsers)).toEqual([ids.mineUser])
    expect(idsOf(response.body.data.Addresses)).toEqual([ids.mineAddress, ids.mineHome].sort((a, b) => a - b))
    const single = await app.graphql<GraphQLResponse<{ CustomerUser: { id: number } | null } | null>>(`{ CustomerUser(id: ${ids.theirsUser}) { id } }`, undefined, managerToken)
    expect(single.body.data?.CustomerUser ?? null).toBeNull()
  })

  it('refuses writes to or towards customers out of reach (403), and allows them within', async () => {
    expect((await app.rest.patch(`/customer-users/${ids.theirsUser}`, { token: managerToken, body: { firstName: 'X' } })).status).toBe(403)
    expect((await app.rest.delete(`/addresses/${ids.theirsAddress}`, { token: managerToken })).status).toBe(403)
    const intoTheirs = await app.rest.post('/customer-users', {
      token: managerToken,
      body: { email: 'new@theirs.test', password: 'storefront-password', firstName: 'N', lastName: 'N', customer: ids.theirs },
    })
    expect(intoTheirs.status).toBe(403)
    const toTheirUser = await app.rest.post('/addresses', {
      token: managerToken,
      body: { customerUser: ids.theirsUser, street: '2 St', city: 'C', country: 'US', types: ['shipping'] },
    })
    expect(toTheirUser.status).toBe(403)
    // a parent value that names no record (an object without an id): a 400 naming the field, never a 5xx
    const nameless = await app.rest.post('/addresses', { token: managerToken, body: { customer: { code: 'THEIRS' }, street: '2 St', city: 'C', country: 'US', types: ['shipping'] } })
    expect(nameless.status).toBe(400)
    expect(JSON.stringify(nameless.body)).toContain('customer')
    expect((await app.rest.patch(`/customer-users/${ids.mineUser}`, { token: managerToken, body: { customer: ids.theirs } })).status).toBe(403)
    const stored = await app.payload.findByID({ collection: 'customer-users', id: ids.mineUser, ...local })
    expect(stored.customer).toBe(ids.mine)

    expect((await app.rest.patch(`/customer-users/${ids.mineUser}`, { token: managerToken, body: { firstName: 'Renamed' } })).status).toBe(200)
    const created = await app.rest.post('/addresses', {
      token: managerToken,
      body: { customer: ids.mine, street: '3 St', city: 'C', country: 'US', types: ['shipping'] },
    })
    expect(created.status).toBe(201)
  })

  it('refuses the same writes over GraphQL and a bulk REST update, writing nothing (the check is in the access functions)', async () => {
    type Answer = GraphQLResponse<Record<string, { id: number } | null> | null>
    const before = (await app.payload.count({ collection: 'addresses', overrideAccess: true })).totalDocs
    const created = await app.graphql<Answer>(
      `mutation { createAddress(data: { customerUser: ${ids.theirsUser}, street: "4 St", city: "C", country: US, types: [shipping] }) { id } }`,
      undefined,
      managerToken,
    )
    expect(created.body.errors?.[0]?.message).toMatch(/not allowed/i)
    const moved = await app.graphql<Answer>(`mutation { updateCustomerUser(id: ${ids.mineUser}, data: { customer: ${ids.theirs} }) { id } }`, undefined, managerToken)
    expect(moved.body.errors?.[0]?.message).toMatch(/not allowed/i)
    const bulk = await app.rest.patch(`/customer-users?where[id][equals]=${ids.mineUser}`, { token: managerToken, body: { customer: ids.theirs } })
    expect(bulk.status).toBe(403)
    expect((await app.payload.count({ collection: 'addresses', overrideAccess: true })).totalDocs).toBe(before)
    expect((await app.payload.findByID({ collection: 'customer-users', id: ids.mineUser, ...local })).customer).toBe(ids.mine)
  })

  it('does not take an empty path for a parent without a unit: an organization-level manager sees no other organization’s personal addresses', async () => {
    // organization level also admits records without a unit (the system's); a personal address has no `customer`,
    // and that empty relationship must not read as "a customer without a unit"
    const role = await createRole(app.payload, 'org-manager', everyAction('organization', ['customers']))
    await createStaffUser(app.payload, 'org-manager@test.local', [units.a], [role.id])
    const token = await app.login('org-manager@test.local', PASSWORD)
    const elsewhere = await app.payload.create({ collection: 'customers', data: { name: 'Elsewhere', code: 'ELSEWHERE', businessUnit: units.other } as never, ...local })
    const buyer = await app.payload.create({ collection: 'customer-users', data: { email: 'buyer@elsewhere.test', password: 'storefront-password', firstName: 'E', lastName: 'W', customer: elsewhere.id }, ...local })
    const home = await app.payload.create({ collection: 'addresses', data: { customerUser: buyer.id, label: 'Elsewhere home', street: '9 St', city: 'C', country: 'US', types: ['billing'] }, ...local })
    const seen = idsOf((await app.rest.get('/addresses?limit=100', { token })).body)
    expect(seen).toContain(ids.mineHome)
    expect(seen).not.toContain(home.id)
    expect((await app.rest.get(`/addresses/${home.id}`, { token })).status).toBe(404)
  })
})
