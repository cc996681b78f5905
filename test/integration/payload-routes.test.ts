/**
 * Every route the running config mounts — root endpoints, every collection's (Payload's CRUD, auth and upload
 * routes, and custom ones), every global's — called by six callers: anonymous, a disabled customer user, a customer
 * user, a staff user without roles, a staff user with a role, an administrator. Enumerated from the config, so a
 * route added later is covered without editing this file. What each caller gets:
 *
 * - nobody gets a 5xx;
 * - anonymous callers and disabled customer users change nothing: every write answers 4xx (logins and the other
 *   public auth routes aside);
 * - customer users and anonymous callers reach none of Payload's own collections (jobs, locks, preferences,
 *   migrations, key-value store) nor the permission routes (`/access`);
 * - staff keep what the admin needs: their own locks and preferences; only administrators run jobs.
 */
import { GRAPHQL_PLAYGROUND_GET } from '@payloadcms/next/routes'
import type { Endpoint } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createCustomerWorld, PASSWORD as STOREFRONT_PASSWORD } from '../helpers/customer-world'
import { ADMIN, CLERK, createCommerceBasics, createStaff } from '../helpers/fixtures'
import { startTestApp, type ApiResponse, type TestApp } from '../helpers/payload'
import { createRole, createStaffUser, everyAction, PASSWORD as STAFF_PASSWORD } from '../helpers/security-world'
import type { DocResponse, GraphQLResponse, Joined, ListResponse } from '../helpers/api-types'

type Preference = { value: unknown }
type InternalsAnswer = GraphQLResponse<{ PayloadLockedDocuments: Joined<{ id: number }> | null; PayloadPreferences: Joined<{ id: number }> | null } | null>

type Caller = { name: string; token?: string; id?: number; staff: boolean }
type Route = { method: string; path: string; owner: string }

/** Collections Payload adds by itself; none is for anyone but staff. */
const PAYLOAD_OWN = /^payload-/
/** Routes anyone may call: they authenticate or end a session. */
const PUBLIC_AUTH = /\/(login|logout|refresh-token|forgot-password|reset-password|first-register|unlock|verify\/[^/]+)$/

let app: TestApp
let callers: Caller[]
const idOf: Record<string, string> = {}

beforeAll(async () => {
  app = await startTestApp()
  const { admin, clerk } = await createStaff(app.payload)
  const { screw } = await createCommerceBasics(app.payload)
  const world = await createCustomerWorld(app.payload)
  const role = await createRole(app.payload, 'catalog', everyAction('global', ['products']))
  const manager = await createStaffUser(app.payload, 'manager@test.local', [], [role.id])
  const disabledToken = await app.login(world.users.westBuyer.email, STOREFRONT_PASSWORD, 'customer-users')
  await app.payload.update({ collection: 'customer-users', id: world.users.westBuyer.id, data: { enabled: false }, overrideAccess: true })
  callers = [
    { name: 'anonymous', staff: false },
    { name: 'disabled customer user', token: disabledToken, id: world.users.westBuyer.id, staff: false },
    { name: 'customer user', token: await app.login(world.users.northwindAdmin.email, STOREFRONT_PASSWORD, 'customer-users'), id: world.users.northwindAdmin.id, staff: false },
    { name: 'staff without role', token: await app.login(CLERK.email, CLERK.password), id: clerk.id, staff: true },
    { name: 'staff with a role', token: await app.login('manager@test.local', STAFF_PASSWORD), id: manager.id, staff: true },
    { name: 'administrator', token: await app.login(ADMIN.email, ADMIN.password), id: admin.id, staff: true },
  ]
  // A lock and a preference of the administrator's, so routes by id find something.
  const lock = await app.payload.create({
    collection: 'payload-locked-documents',
    data: { document: { relationTo: 'products', value: screw.id }, user: { relationTo: 'users', value: admin.id } } as never,
    overrideAccess: true,
  })
  const saved = await app.rest.post<DocResponse<{ id: number }>>('/payload-preferences/nav', { token: callers[5].token, body: { value: { open: true } } })
  const preference = saved.body.doc
  for (const collection of app.payload.config.collections) {
    const { docs } = await app.payload.find({ collection: collection.slug as never, limit: 1, depth: 0, overrideAccess: true })
    if (docs[0]) idOf[collection.slug] = String((docs[0] as { id: unknown }).id)
  }
  idOf['payload-locked-documents'] = String(lock.id)
  idOf['payload-preferences'] = String(preference.id)
})

afterAll(async () => {
  await app?.close()
})

function mountedRoutes(): Route[] {
  const { config } = app.payload
  const routes = (endpoints: Endpoint[] | false | undefined, base: string, owner: string): Route[] =>
    (endpoints || []).map((endpoint) => ({ method: endpoint.method.toUpperCase(), path: `${base}${endpoint.path}`, owner }))
  return [
    ...routes(config.endpoints, '', ''),
    ...config.collections.flatMap((collection) => routes(collection.endpoints, `/${collection.slug}`, collection.slug)),
    ...config.globals.flatMap((global) => routes(global.endpoints, `/globals/${global.slug}`, `globals/${global.slug}`)),
  ].filter(({ method }) => ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'].includes(method))
}

/** A concrete URL for a route pattern: ids of existing documents, so the route really resolves. */
const concrete = ({ path, owner }: Route) =>
  path
    .replace(/:id\??/g, idOf[owner] ?? '1')
    .replace(/:key\??/g, 'nav')
    .replace(/:filename\??/g, 'missing.png')
    .replace(/:[A-Za-z]+\?/g, '')
    .replace(/:[A-Za-z]+/g, '1')
    .replace(/\/$/, '') || '/'

const isWrite = (method: string) => method !== 'GET'
const denied = (status: number) => [401, 403, 404, 405].includes(status)

async function call(route: Route, caller: Caller): Promise<ApiResponse> {
  const url = concrete(route)
  // A write by where without a filter would reach every row: aim it at no row at all.
  const query = isWrite(route.method) && !/:id/.test(route.path) && route.method !== 'POST' ? '?where[id][equals]=999999' : ''
  return app.rest.raw(route.method as 'GET', `${url}${query}`, {
    token: caller.token,
    ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { body: '{}', headers: { 'Content-Type': 'application/json' } }),
  })
}

describe('every mounted route, per caller', () => {
  it('enumerates Payload’s own routes from the running config', () => {
    const paths = mountedRoutes().map(({ method, path }) => `${method} ${path}`)
    expect(paths).toEqual(
      expect.arrayContaining([
        'GET /access',
        'GET /payload-jobs/run',
        'GET /payload-jobs/handle-schedules',
        'GET /payload-locked-documents/',
        'POST /payload-locked-documents/',
        'GET /payload-preferences/:key',
        'POST /payload-preferences/:key',
        'DELETE /payload-preferences/:key',
      ]),
    )
  })

  it('answers no 5xx; anonymous and disabled callers write nothing; non-staff reach none of Payload’s own routes', async () => {
    const outcomes: string[] = []
    const problems: string[] = []
    for (const route of mountedRoutes()) {
      const internal = PAYLOAD_OWN.test(route.owner) || /\/access(\/|$)/.test(route.path)
      for (const caller of callers) {
        // Staff writes through every route would change the data the other checks rely on; staff are exercised
        // with reads here and with writes in the tests below and in each collection's own tests.
        if (caller.staff && isWrite(route.method)) continue
        if (route.path.endsWith('/logout')) continue
        const response = await call(route, caller)
        outcomes.push(`${caller.name} ${route.method} ${route.path} → ${response.status}`)
        const label = `${caller.name} ${route.method} ${concrete(route)} → ${response.status}`
        if (response.status >= 500) problems.push(`${label} (server error)`)
        const anonymousLike = caller.name === 'anonymous' || caller.name === 'disabled customer user'
        if (anonymousLike && isWrite(route.method) && !PUBLIC_AUTH.test(route.path) && response.status < 400) problems.push(`${label} (a write)`)
        if (!caller.staff && internal && !denied(response.status)) problems.push(`${label} (Payload's own route)`)
      }
    }
    expect(outcomes.length).toBeGreaterThan(100)
    expect(problems).toEqual([])
  })

  it('jobs: only administrators run the queue; handle-schedules answers without a 500', async () => {
    for (const caller of callers) {
      const run = await app.rest.get('/payload-jobs/run', { token: caller.token })
      const schedules = await app.rest.get('/payload-jobs/handle-schedules', { token: caller.token })
      const expected = caller.name === 'administrator' ? 200 : 401
      expect([caller.name, run.status, schedules.status]).toEqual([caller.name, expected, expected])
      const list = await app.rest.get('/payload-jobs', { token: caller.token })
      expect([caller.name, denied(list.status)]).toEqual([caller.name, true])
    }
  })

  it('locks: staff take them in their own name only; customer users cannot list, forge or delete them', async () => {
    const [, disabled, customer, clerk, manager, administrator] = callers
    const product = Number(idOf.products)
    const lockOf = (user: { relationTo: string; value: number }) => ({ document: { relationTo: 'products', value: product }, user })
    for (const caller of [callers[0], disabled, customer]) {
      const forged = await app.rest.post('/payload-locked-documents', { token: caller.token, body: lockOf({ relationTo: 'users', value: administrator.id! }) })
      const listed = await app.rest.get<ListResponse<unknown>>('/payload-locked-documents', { token: caller.token })
      const removed = await app.rest.delete(`/payload-locked-documents/${idOf['payload-locked-documents']}`, { token: caller.token })
      expect([caller.name, forged.status, listed.status, removed.status]).toEqual([caller.name, 403, 403, 403])
    }
    const forgedByStaff = await app.rest.post('/payload-locked-documents', { token: clerk.token, body: lockOf({ relationTo: 'users', value: administrator.id! }) })
    expect(forgedByStaff.status).toBe(403)
    for (const caller of [clerk, manager]) {
      const own = await app.rest.post<DocResponse<{ id: number }>>('/payload-locked-documents', { token: caller.token, body: lockOf({ relationTo: 'users', value: caller.id! }) })
      expect([caller.name, own.status]).toEqual([caller.name, 201])
      const listed = await app.rest.get<ListResponse<unknown>>('/payload-locked-documents', { token: caller.token })
      expect(listed.body.totalDocs).toBeGreaterThan(0)
      expect((await app.rest.delete(`/payload-locked-documents/${own.body.doc.id}`, { token: caller.token })).status).toBe(200)
    }
    expect(await app.payload.count({ collection: 'payload-locked-documents' })).toMatchObject({ totalDocs: 1 })
  })

  it('preferences: each staff user their own; customer users none', async () => {
    const [anonymous, disabled, customer, clerk, , administrator] = callers
    for (const caller of [anonymous, disabled, customer]) {
      const set = await app.rest.post('/payload-preferences/nav', { token: caller.token, body: { value: { open: false } } })
      const read = await app.rest.get('/payload-preferences/nav', { token: caller.token })
      const created = await app.rest.post('/payload-preferences', { token: caller.token, body: { key: 'x', value: {}, user: { relationTo: 'customer-users', value: caller.id ?? 1 } } })
      expect([caller.name, denied(set.status), denied(read.status), denied(created.status)]).toEqual([caller.name, true, true, true])
    }
    const mine = await app.rest.post('/payload-preferences/nav', { token: clerk.token, body: { value: { open: false } } })
    expect(mine.status).toBe(200)
    expect((await app.rest.get<Preference>('/payload-preferences/nav', { token: clerk.token })).body.value).toEqual({ open: false })
    // The administrator's preference of the same key is untouched and not the clerk's to read.
    expect((await app.rest.get<Preference>('/payload-preferences/nav', { token: administrator.token })).body.value).toEqual({ open: true })
    const all = await app.rest.get<ListResponse<{ user: { value: unknown } }>>('/payload-preferences', { token: clerk.token })
    expect(all.body.docs.every((doc) => doc.user.value === clerk.id || (doc.user.value as { id?: unknown })?.id === clerk.id)).toBe(true)
    expect((await app.rest.delete('/payload-preferences/nav', { token: clerk.token })).status).toBe(200)
    expect((await app.rest.get<Preference>('/payload-preferences/nav', { token: administrator.token })).body.value).toEqual({ open: true })
  })

  it('migrations and the permission routes: not for customers; /access for staff', async () => {
    for (const caller of callers) {
      const migrations = await app.rest.get('/payload-migrations', { token: caller.token })
      expect([caller.name, migrations.status]).toEqual([caller.name, 404])
      const access = await app.rest.get('/access', { token: caller.token })
      expect([caller.name, access.status]).toEqual([caller.name, caller.staff ? 200 : caller.token ? 403 : 401])
    }
  })

  it('GraphQL: Payload’s own collections are closed to customer users', async () => {
    const [anonymous, disabled, customer, , , administrator] = callers
    const query = '{ PayloadLockedDocuments { docs { id } } PayloadPreferences { docs { id } } }'
    const asAdmin = await app.graphql<InternalsAnswer>(query, undefined, administrator.token)
    expect(asAdmin.body.data?.PayloadLockedDocuments?.docs?.length).toBeGreaterThan(0)
    for (const caller of [anonymous, disabled, customer]) {
      const response = await app.graphql<InternalsAnswer>(query, undefined, caller.token)
      expect([caller.name, response.body.data?.PayloadLockedDocuments?.docs ?? null, (response.body.errors ?? []).length > 0]).toEqual([caller.name, null, true])
    }
  })

  it('the GraphQL playground is off in production', async () => {
    const env = process.env as Record<string, string | undefined>
    const previous = env.NODE_ENV
    env.NODE_ENV = 'production'
    try {
      const response = await GRAPHQL_PLAYGROUND_GET(app.payload.config as never)(new Request('http://localhost:3000/api/graphql-playground') as never)
      expect(response.status).toBe(404)
    } finally {
      env.NODE_ENV = previous
    }
  })
})
