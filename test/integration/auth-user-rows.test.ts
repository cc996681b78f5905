/**
 * The user read behind every authenticated request (src/kit/auth-user-rows.ts) answers exactly what the adapter's own
 * findOne answers, for users of every shape the auth collections hold, and Payload's operations around it are
 * unchanged: findByID, /users/me, REST and GraphQL with a JWT, an API key, a revoked session.
 */
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadUserRoles } from '../../src/kit/access'
import { authUserRowReader } from '../../src/kit/auth-user-rows'
import type { MeResponse } from '../helpers/api-types'
import { ADMIN, createStaff } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'
import { statementsDuring } from '../helpers/statements'

let app: TestApp
let staff: Awaited<ReturnType<typeof createStaff>>
let busy: { id: number | string }
const local = { overrideAccess: true, depth: 0 } as const

type FindOne = (args: { collection: string; where: unknown }) => Promise<unknown>
const adapterOf = (payload: Payload) => payload.db as unknown as { findOne: FindOne; bureauAdapterFindOne?: FindOne; drizzle: never }

beforeAll(async () => {
  app = await startTestApp()
  staff = await createStaff(app.payload)
  const unitA = await app.payload.create({ collection: 'business-units', data: { name: 'Unit A', code: 'unit-a' }, ...local })
  const unitB = await app.payload.create({ collection: 'business-units', data: { name: 'Unit B', code: 'unit-b', parent: unitA.id }, ...local })
  busy = await app.payload.create({
    collection: 'users',
    data: {
      email: 'busy@test.local',
      password: 'busy-password',
      name: 'Busy “Quoted” O\'Neil',
      phone: '+15551234567',
      roles: [staff.administratorRole.id],
      businessUnits: [unitB.id, unitA.id],
      primaryBusinessUnit: unitB.id,
      enableAPIKey: true,
      apiKey: 'busy-api-key-0001',
    },
    ...local,
  })
  // two sessions, a failed attempt counted, a lock in the past
  await app.login('busy@test.local', 'busy-password')
  await app.login('busy@test.local', 'busy-password')
  await app.rest.post('/users/login', { body: { email: 'busy@test.local', password: 'wrong' } })
})
afterAll(() => app?.close())

describe('the auth user read', () => {
  it('answers what the adapter answers, field by field, for every staff user', async () => {
    const adapter = adapterOf(app.payload)
    expect(adapter.bureauAdapterFindOne).toBeTypeOf('function')
    const reader = authUserRowReader(app.payload, 'users')
    expect(reader).not.toBeNull()
    const users = (await app.payload.find({ collection: 'users', pagination: false, ...local })).docs
    expect(users.length).toBeGreaterThanOrEqual(3)
    for (const user of users) {
      const theirs = await adapter.bureauAdapterFindOne!({ collection: 'users', where: { id: { equals: user.id } } })
      const ours = await reader!(adapter.drizzle, Number(user.id))
      expect(ours).toEqual(theirs)
    }
    const busyRow = (await reader!(adapter.drizzle, Number(busy.id)))!
    expect(busyRow.sessions).toHaveLength(2)
    expect(busyRow.loginAttempts).toBe(1)
    expect(busyRow.businessUnits).toHaveLength(2)
    expect(busyRow.apiKey).toEqual(expect.any(String))
    expect(await reader!(adapter.drizzle, 999_999)).toBeNull()
  })

  it('leaves customer users (their addresses are a join field) to the adapter', () => {
    expect(authUserRowReader(app.payload, 'customer-users')).toBeNull()
  })

  it('keeps findByID, /users/me and API keys as Payload answers them', async () => {
    const adapter = adapterOf(app.payload)
    const viaReader = await app.payload.findByID({ collection: 'users', id: busy.id, overrideAccess: true, depth: 0 })
    const fast = adapter.findOne
    adapter.findOne = adapter.bureauAdapterFindOne!
    try {
      expect(viaReader).toEqual(await app.payload.findByID({ collection: 'users', id: busy.id, overrideAccess: true, depth: 0 }))
    } finally {
      adapter.findOne = fast
    }
    expect(viaReader).not.toHaveProperty('hash')
    expect(viaReader).not.toHaveProperty('salt')
    const token = await app.login('busy@test.local', 'busy-password')
    const me = await app.rest.get<MeResponse<{ id: number; email: string }>>('/users/me', { token })
    expect(me.body.user).toMatchObject({ id: busy.id, email: 'busy@test.local' })
    const graphql = await app.graphql<{ data?: { meUser: { user: { email: string } } } }>('{ meUser { user { email } } }', undefined, token)
    expect(graphql.body.data?.meUser.user.email).toBe('busy@test.local')
    const byKey = await app.rest.raw<MeResponse<{ email: string }>>('GET', '/users/me', { headers: { authorization: 'users API-Key busy-api-key-0001' } })
    expect(byKey.body.user?.email).toBe('busy@test.local')
  })

  it('refuses a token whose session was logged out, as Payload does', async () => {
    const token = await app.login(ADMIN.email, ADMIN.password)
    expect((await app.rest.get<MeResponse<{ email: string }>>('/users/me', { token })).body.user?.email).toBe(ADMIN.email)
    expect((await app.rest.post('/users/logout', { token })).status).toBe(200)
    expect((await app.rest.get<MeResponse<unknown>>('/users/me', { token })).body.user).toBeNull()
    expect((await app.rest.get('/orders', { token })).status).toBe(403)
  })
})

describe('a staff user’s roles', () => {
  const roleReads = (statements: string[]) => statements.filter((text) => text.includes('from roles r'))
  const asUser = async (id: number | string) => ({ ...(await app.payload.findByID({ collection: 'users', id, ...local })), collection: 'users' }) as never

  it('come with the user read of the request’s authentication, with no statement of their own, over REST and GraphQL', async () => {
    const token = await app.login('busy@test.local', 'busy-password')
    for (const call of [() => app.rest.get('/orders?limit=1&depth=0', { token }), () => app.graphql('{ Orders(limit: 1) { docs { id } } }', undefined, token)]) {
      let status = 0
      const statements = await statementsDuring(async () => {
        status = (await call()).status
      })
      expect(status).toBe(200)
      const reads = roleReads(statements)
      expect(reads).toHaveLength(1)
      expect(reads[0]).toMatch(/^select json_build_object\(.+\) as doc, .+ as companion from "users" t where t."id" = \$1$/)
    }
  })

  it('are the roles a read of them alone answers', async () => {
    const authenticating = await createLocalReq({}, app.payload)
    await app.payload.findByID({ collection: 'users', id: busy.id, overrideAccess: true, depth: 0, req: authenticating })
    authenticating.user = await asUser(busy.id)
    const alone = await createLocalReq({ user: await asUser(busy.id) }, app.payload)
    const statements = await statementsDuring(async () => expect(await loadUserRoles(authenticating)).toEqual(await loadUserRoles(alone)))
    expect(roleReads(statements)).toHaveLength(1)
    expect((await loadUserRoles(alone)).map((role) => role.administrator)).toEqual([true])
  })

  it('are never another user’s: a logged-in request reading a user by id reads it without them', async () => {
    const req = await createLocalReq({ user: await asUser(staff.clerk.id) }, app.payload)
    const statements = await statementsDuring(() => app.payload.findByID({ collection: 'users', id: busy.id, overrideAccess: true, depth: 0, req }))
    expect(statements.some((text) => text.includes('as companion'))).toBe(false)
    expect(await loadUserRoles(req)).toEqual([])
  })
})
