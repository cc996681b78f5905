/**
 * The organization chart and its guards: business units stay a tree, only administrators change units, user
 * memberships and roles; a role's permission matrix and field rules name real secured collections and fields; the
 * owner and unit of a record are the server's to set, and only administrators reassign them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ADMIN, createStaff } from '../helpers/fixtures'
import type { BusinessUnit, Customer, Role, User } from '../../src/payload-types'
import type { DocOrErrorResponse, DocResponse, ErrorResponse, GraphQLErrorResponse, ListResponse, WithFields } from '../helpers/api-types'
import { startTestApp, type TestApp } from '../helpers/payload'
import { createRole, createStaffUser, createUnits, everyAction, PASSWORD, type Units } from '../helpers/security-world'

let app: TestApp
let admin: string
let member: string
let memberId: number
let units: Units

const local = { overrideAccess: true, depth: 0 } as const
const unitOf = (id: number) => app.payload.findByID({ collection: 'business-units', id, ...local })
/** The field paths a 400 names. */
const paths = (body: { errors?: Array<{ data?: { errors?: Array<{ path: string }> } }> }) =>
  (body.errors ?? []).flatMap((error) => error.data?.errors?.map((issue) => issue.path) ?? [])

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  units = await createUnits(app.payload)
  const role = await createRole(app.payload, 'customers-global', everyAction('global', ['customers']))
  memberId = (await createStaffUser(app.payload, 'member@test.local', [units.a], [role.id])).id
  admin = await app.login(ADMIN.email, ADMIN.password)
  member = await app.login('member@test.local', PASSWORD)
})
afterAll(() => app?.close())

describe('business units form a tree', () => {
  it('refuses a unit as its own parent with a 400 naming parent, and saves nothing', async () => {
    const response = await app.rest.patch<ErrorResponse>(`/business-units/${units.a}`, { token: admin, body: { parent: units.a, name: 'Renamed' } })
    expect(response.status).toBe(400)
    expect(paths(response.body)).toEqual(['parent'])
    expect(await unitOf(units.a)).toMatchObject({ parent: units.root, name: 'A' })
  })

  it('refuses moving a unit under its own grandchild, over REST and GraphQL', async () => {
    const rest = await app.rest.patch<ErrorResponse>(`/business-units/${units.root}`, { token: admin, body: { parent: units.a1 } })
    expect([rest.status, paths(rest.body)]).toEqual([400, ['parent']])
    const { body } = await app.graphql<GraphQLErrorResponse>(`mutation { updateBusinessUnit(id: ${units.a}, data: { parent: ${units.a1} }) { id } }`, undefined, admin)
    expect(body.errors?.[0]?.message).toMatch(/parent/)
    expect((await unitOf(units.root)).parent ?? null).toBeNull()
    expect((await unitOf(units.a)).parent).toBe(units.root)
  })

  it('allows moving a unit elsewhere in the tree', async () => {
    const response = await app.rest.patch(`/business-units/${units.a1}`, { token: admin, body: { parent: units.b } })
    expect(response.status).toBe(200)
    await app.payload.update({ collection: 'business-units', id: units.a1, data: { parent: units.a }, ...local })
  })

  it('refuses deleting a unit that still has sub-units (409), and deletes a leaf', async () => {
    const refused = await app.rest.delete(`/business-units/${units.a}`, { token: admin })
    expect(refused.status).toBe(409)
    expect(await unitOf(units.a)).toBeTruthy()
    const leaf = await app.payload.create({ collection: 'business-units', data: { name: 'Leaf', code: 'leaf', parent: units.b }, ...local })
    expect((await app.rest.delete(`/business-units/${leaf.id}`, { token: admin })).status).toBe(200)
  })

  it('lets staff read the chart but only administrators change it', async () => {
    expect((await app.rest.get<ListResponse<BusinessUnit>>('/business-units', { token: member })).body.totalDocs).toBe(5)
    expect((await app.rest.post('/business-units', { token: member, body: { name: 'Mine', code: 'mine' } })).status).toBe(403)
    expect((await app.rest.patch(`/business-units/${units.a}`, { token: member, body: { name: 'Mine' } })).status).toBe(403)
  })
})

describe('users belong to business units', () => {
  it('defaults the primary unit to the first unit', async () => {
    const response = await app.rest.post<DocResponse<WithFields<User, { primaryBusinessUnit: BusinessUnit }>>>('/users', { token: admin, body: { email: 'two@test.local', password: PASSWORD, businessUnits: [units.b, units.a] } })
    expect(response.status).toBe(201)
    expect(response.body.doc.primaryBusinessUnit).toMatchObject({ id: units.b })
  })

  it('refuses a primary unit the user does not belong to, with a 400 naming it', async () => {
    const response = await app.rest.patch<ErrorResponse>(`/users/${memberId}`, { token: admin, body: { primaryBusinessUnit: units.b } })
    expect([response.status, paths(response.body)]).toEqual([400, ['primaryBusinessUnit']])
    expect((await app.payload.findByID({ collection: 'users', id: memberId, ...local })).primaryBusinessUnit).toBe(units.a)
  })

  it('does not let a user move themselves into other units', async () => {
    const response = await app.rest.patch(`/users/${memberId}`, { token: member, body: { name: 'Member', businessUnits: [units.a, units.other], primaryBusinessUnit: units.other } })
    expect(response.status).toBe(200)
    const saved = await app.payload.findByID({ collection: 'users', id: memberId, ...local })
    expect([saved.name, saved.businessUnits, saved.primaryBusinessUnit]).toEqual(['Member', [units.a], units.a])
  })
})

describe('roles name real secured collections and fields', () => {
  const role = (body: object) => app.rest.post<DocOrErrorResponse<WithFields<Role, { permissions: NonNullable<Role['permissions']> }>>>('/roles', { token: admin, body: { name: 'Probe', code: `probe-${Math.random()}`, ...body } })

  it('refuses a permission row for a collection that is not secured, and a second row for the same collection', async () => {
    const notSecured = await role({ permissions: [{ collection: 'roles', read: 'global' }] })
    expect([notSecured.status, paths(notSecured.body)]).toEqual([400, ['permissions.0.collection']])
    const twice = await role({ permissions: [{ collection: 'orders', read: 'own' }, { collection: 'orders', read: 'global' }] })
    expect([twice.status, paths(twice.body)]).toEqual([400, ['permissions.1.collection']])
  })

  it('refuses a level that does not exist', async () => {
    const response = await role({ permissions: [{ collection: 'orders', read: 'everything' }] })
    expect([response.status, paths(response.body)]).toEqual([400, ['permissions.0.read']])
  })

  it('refuses a field rule on a field the collection lacks, or on the ownership fields', async () => {
    const unknown = await role({ fieldRules: [{ collection: 'products', field: 'costPrise', effect: 'hidden' }] })
    expect([unknown.status, paths(unknown.body)]).toEqual([400, ['fieldRules.0.field']])
    const owner = await role({ fieldRules: [{ collection: 'products', field: 'owner', effect: 'hidden' }] })
    expect([owner.status, paths(owner.body)]).toEqual([400, ['fieldRules.0.field']])
  })

  it('saves a valid matrix, levels defaulting to none', async () => {
    const response = await role({
      permissions: [{ collection: 'orders', read: 'division' }],
      fieldRules: [{ collection: 'products', field: 'basePrices.amount', effect: 'readOnly' }],
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.permissions[0]).toMatchObject({ collection: 'orders', read: 'division', create: 'none', update: 'none', delete: 'none' })
  })

  it('is not open to non-administrators', async () => {
    expect((await app.rest.post('/roles', { token: member, body: { name: 'Root', code: 'root', administrator: true } })).status).toBe(403)
  })
})

describe('owner and business unit of a record', () => {
  it('are reassigned by an administrator but not by other staff', async () => {
    const created = await app.rest.post<DocResponse<Customer>>('/customers', { token: member, body: { name: 'Reassigned', code: 'REASSIGN' } })
    expect(created.body.doc).toMatchObject({ owner: { id: memberId }, businessUnit: { id: units.a } })
    const id = created.body.doc.id
    const byMember = await app.rest.patch(`/customers/${id}`, { token: member, body: { owner: null, businessUnit: units.other } })
    expect(byMember.status).toBe(200)
    expect(await app.payload.findByID({ collection: 'customers', id, ...local })).toMatchObject({ owner: memberId, businessUnit: units.a })
    const byAdmin = await app.rest.patch(`/customers/${id}`, { token: admin, body: { businessUnit: units.b } })
    expect(byAdmin.status).toBe(200)
    expect(await app.payload.findByID({ collection: 'customers', id, ...local })).toMatchObject({ owner: memberId, businessUnit: units.b })
  })

  it('are left empty when an administrator without a unit creates a record', async () => {
    const created = await app.rest.post<DocResponse<Customer>>('/customers', { token: admin, body: { name: 'By admin', code: 'BY-ADMIN' } })
    expect(created.status).toBe(201)
    const saved = await app.payload.findByID({ collection: 'customers', id: created.body.doc.id, ...local })
    expect([typeof saved.owner, saved.businessUnit ?? null]).toEqual(['number', null])
  })
})
