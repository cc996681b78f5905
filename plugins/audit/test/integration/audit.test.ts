import { commitTransaction, createLocalReq, initTransaction, killTransaction, type DataFromCollectionSlug, type Plugin } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { staffOnly } from '../../../../src/kit'
import { ADMIN, CLERK, createCommerceBasics, createStaff } from '../../../../test/helpers/fixtures'
import type { DocResponse, GraphQLErrorResponse, GraphQLResponse, Joined, ListResponse, MeResponse, WithFields } from '../../../../test/helpers/api-types'
import { startTestApp, type TestApp } from '../../../../test/helpers/payload'
import { SKIP_AUDIT } from '../../index'

// the app's generated types, through Payload's module augmentation (a plugin imports no app file)
type AuditEntry = DataFromCollectionSlug<'audit-log'>
type Customer = DataFromCollectionSlug<'customers'>
type Product = DataFromCollectionSlug<'products'>
type ShippingMethod = DataFromCollectionSlug<'shipping-methods'>
type User = DataFromCollectionSlug<'users'>

/** An integrator's plugin adding a collection: audit runs after it, so its documents are audited too. */
const probe: Plugin = (config) => ({
  ...config,
  collections: [
    ...(config.collections ?? []),
    {
      slug: 'probe-notes',
      access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
      fields: [{ name: 'text', type: 'text' }],
    },
  ],
})

let app: TestApp
let staff: Awaited<ReturnType<typeof createStaff>>
let basics: Awaited<ReturnType<typeof createCommerceBasics>>
let adminToken: string
let clerkToken: string

beforeAll(async () => {
  app = await startTestApp({ extraPlugins: [probe] })
  staff = await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  // The clerk edits customers through a role, as staff without one reach no secured record.
  const service = await app.payload.create({
    collection: 'roles',
    data: { name: 'Customer service', code: 'customer-service', permissions: [{ collection: 'customers', read: 'global', create: 'none', update: 'global', delete: 'none' }] },
    overrideAccess: true,
  })
  await app.payload.update({ collection: 'users', id: staff.clerk.id, data: { roles: [service.id] }, overrideAccess: true })
  adminToken = await app.login(ADMIN.email, ADMIN.password)
  clerkToken = await app.login(CLERK.email, CLERK.password)
})
afterAll(() => app?.close())

const countEntries = async () => (await app.payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs

/** The entries about one document, oldest first. */
const historyOf = async (collection: string, id: number | string) =>
  (
    await app.payload.find({
      collection: 'audit-log',
      where: { and: [{ collection: { equals: collection } }, { documentId: { equals: String(id) } }] },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs

describe('changes through REST are recorded with who, what, before and after', () => {
  let globexId: number

  it('records a created customer with the user and every value it was created with', async () => {
    const response = await app.rest.post<DocResponse<Customer>>('/customers', {
      token: adminToken,
      body: { name: 'Globex', code: 'GLOBEX', email: 'buy@globex.test' },
    })
    expect(response.status).toBe(201)
    globexId = response.body.doc.id
    const [entry, ...more] = await historyOf('customers', globexId)
    expect(more).toEqual([])
    expect(entry).toMatchObject({
      operation: 'create',
      collection: 'customers',
      documentId: String(globexId),
      documentTitle: 'Globex',
      user: staff.admin.id,
      userEmail: ADMIN.email,
    })
    // plugins' fields on customers (an account, a tax exemption, a price-list fallback) are recorded too
    expect(entry.changes).toEqual(expect.arrayContaining([
      { path: 'name', before: null, after: 'Globex' },
      { path: 'code', before: null, after: 'GLOBEX' },
      { path: 'email', before: null, after: 'buy@globex.test' },
      // server-written fields are recorded too: the record's owner (security)
      { path: 'owner', before: null, after: staff.admin.id },
    ]))
  })

  it('records only the changed fields of an update, a populated relationship as its id', async () => {
    const response = await app.rest.patch<DocResponse<WithFields<Customer, { parent: Customer }>>>(`/customers/${globexId}?depth=1`, {
      token: clerkToken,
      body: { email: 'orders@globex.test', parent: basics.customer.id, name: 'Globex' },
    })
    expect(response.status).toBe(200)
    expect(response.body.doc.parent).toMatchObject({ id: basics.customer.id, name: 'Acme Corp' })
    const entry = (await historyOf('customers', globexId)).at(-1)
    expect(entry).toMatchObject({ operation: 'update', user: staff.clerk.id, userEmail: CLERK.email })
    expect(entry?.changes).toEqual([
      { path: 'email', before: 'buy@globex.test', after: 'orders@globex.test' },
      { path: 'parent', before: null, after: basics.customer.id },
    ])
  })

  it('writes nothing for an update that changes nothing', async () => {
    const before = await countEntries()
    const response = await app.rest.patch(`/customers/${globexId}`, { token: adminToken, body: { name: 'Globex' } })
    expect(response.status).toBe(200)
    expect(await countEntries()).toBe(before)
  })

  it('names a changed array row field by its path: basePrices.0.amount', async () => {
    const product = (await app.rest.get<WithFields<Product, { basePrices: NonNullable<Product['basePrices']> }>>(`/products/${basics.screw.id}`, { token: adminToken })).body
    const [usdRow, kwdRow] = product.basePrices
    const response = await app.rest.patch(`/products/${basics.screw.id}`, {
      token: adminToken,
      body: { basePrices: [{ ...usdRow, amount: 99 }, kwdRow] },
    })
    expect(response.status).toBe(200)
    const entry = (await historyOf('products', basics.screw.id)).at(-1)
    expect(entry).toMatchObject({ operation: 'update', documentTitle: 'Screw' })
    expect(entry?.changes).toEqual([{ path: 'basePrices.0.amount', before: 101, after: 99 }])
  })

  it('records a deletion with the values the document had', async () => {
    const response = await app.rest.delete(`/customers/${globexId}`, { token: adminToken })
    expect(response.status).toBe(200)
    const entry = (await historyOf('customers', globexId)).at(-1)
    expect(entry).toMatchObject({ operation: 'delete', documentTitle: 'Globex', user: staff.admin.id })
    expect(entry?.changes).toEqual(expect.arrayContaining([
      { path: 'name', before: 'Globex', after: null },
      { path: 'code', before: 'GLOBEX', after: null },
      { path: 'email', before: 'orders@globex.test', after: null },
      { path: 'parent', before: basics.customer.id, after: null },
      { path: 'owner', before: staff.admin.id, after: null },
    ]))
  })

  it('records changes to collections other plugins add (shipping) and integrators add (after Bureau’s plugins)', async () => {
    const method = await app.rest.post<DocResponse<ShippingMethod>>('/shipping-methods', { token: adminToken, body: { name: 'Ground', code: 'ground' } })
    expect(method.status).toBe(201)
    expect(await historyOf('shipping-methods', method.body.doc.id)).toHaveLength(1)
    const note = await app.rest.post<DocResponse<{ id: number; text: string }>>('/probe-notes', { token: clerkToken, body: { text: 'hello' } })
    expect(note.status).toBe(201)
    const [entry] = await historyOf('probe-notes', note.body.doc.id)
    expect(entry.changes).toEqual([{ path: 'text', before: null, after: 'hello' }])
  })

  it('records a change made by the system (local API without a user) with no user', async () => {
    const customer = await app.payload.create({ collection: 'customers', data: { name: 'Initech' }, overrideAccess: true })
    const [entry] = await historyOf('customers', customer.id)
    expect(entry).toMatchObject({ operation: 'create', user: null, userEmail: null })
  })
})

describe('secrets are never recorded', () => {
  it('leaves password, hash, salt and API key out of a created and an updated user', async () => {
    const created = await app.rest.post<DocResponse<User>>('/users', {
      token: adminToken,
      body: { email: 'bot@test.local', password: 'bot-secret-password', name: 'Bot', enableAPIKey: true, apiKey: 'bot-secret-api-key' },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const updated = await app.rest.patch(`/users/${id}`, {
      token: adminToken,
      body: { name: 'Robot', password: 'bot-new-secret-password', apiKey: 'bot-new-secret-api-key' },
    })
    expect(updated.status).toBe(200)
    const passwordOnly = await app.rest.patch(`/users/${id}`, { token: adminToken, body: { password: 'bot-third-password' } })
    expect(passwordOnly.status).toBe(200)

    const history = await historyOf('users', id)
    expect(history.map((entry) => entry.operation)).toEqual(['create', 'update'])
    expect(history[0].changes).toEqual([
      { path: 'name', before: null, after: 'Bot' },
      { path: 'email', before: null, after: 'bot@test.local' },
    ])
    expect(history[1].changes).toEqual([{ path: 'name', before: 'Bot', after: 'Robot' }])
    const stored = JSON.stringify(history)
    for (const secret of ['secret', 'hash', 'salt', 'apiKey', 'enableAPIKey', 'password', 'sessions']) {
      expect(stored).not.toContain(secret)
    }
  })

  it('lets an administrator delete their own account (the entry keeps their email, not a dangling user)', async () => {
    await app.rest.post('/users', {
      token: adminToken,
      body: { email: 'leaver@test.local', password: 'leaver-password', roles: [staff.administratorRole.id] },
    })
    const leaverToken = await app.login('leaver@test.local', 'leaver-password')
    const me = (await app.rest.get<MeResponse<User>>('/users/me', { token: leaverToken })).body.user
    const response = await app.rest.delete(`/users/${me.id}`, { token: leaverToken })
    expect(response.status).toBe(200)
    expect((await historyOf('users', me.id)).at(-1)).toMatchObject({ operation: 'delete', user: null, userEmail: 'leaver@test.local' })
  })
})

describe('entries are written in the change’s own transaction', () => {
  it('writes no entry for a change that fails validation', async () => {
    const before = await countEntries()
    const created = await app.rest.post('/products', { token: adminToken, body: { sku: 'BOLT', name: 'Bolt', weight: 'heavy' } })
    expect(created.status).toBe(400)
    const updated = await app.rest.patch(`/customers/${basics.customer.id}`, { token: adminToken, body: { name: null } })
    expect(updated.status).toBe(400)
    expect(await countEntries()).toBe(before)
  })

  it('leaves no entry when the transaction of a successful change rolls back, and writes them with its commit', async () => {
    const before = await countEntries()
    const rolledBack = await createLocalReq({}, app.payload)
    await initTransaction(rolledBack)
    await app.payload.create({ collection: 'customers', data: { name: 'Rolled back' }, req: rolledBack, overrideAccess: true })
    await killTransaction(rolledBack)
    expect(await countEntries()).toBe(before)

    const committed = await createLocalReq({}, app.payload)
    await initTransaction(committed)
    const customer = await app.payload.create({ collection: 'customers', data: { name: 'Committed' }, req: committed, overrideAccess: true })
    // queued for the commit (src/kit/commit-inserts.ts): not in the table yet, even inside the transaction
    expect((await app.payload.count({ collection: 'audit-log', req: committed, overrideAccess: true })).totalDocs).toBe(before)
    await commitTransaction(committed)
    expect(await historyOf('customers', customer.id)).toEqual([expect.objectContaining({ operation: 'create', documentTitle: 'Committed' })])
  })

  it(`records nothing for writes that opt out with context.${SKIP_AUDIT} (seeders, bulk jobs)`, async () => {
    const before = await countEntries()
    await app.payload.create({ collection: 'customers', data: { name: 'Bulk 1' }, context: { [SKIP_AUDIT]: true }, overrideAccess: true })
    expect(await countEntries()).toBe(before)
  })
})

describe('the audit log is read-only, and readable by administrators only', () => {
  it('answers a staff user who is not an administrator 403 over REST and an error over GraphQL', async () => {
    expect((await app.rest.get('/audit-log', { token: clerkToken })).status).toBe(403)
    expect((await app.rest.get('/audit-log')).status).toBe(403)
    const { body } = await app.graphql<GraphQLErrorResponse<{ AuditEntries: null } | null>>('{ AuditEntries { docs { id changes } } }', undefined, clerkToken)
    expect(body.errors?.[0]?.message).toMatch(/not allowed/i)
    expect(body.data?.AuditEntries ?? null).toBeNull()
  })

  it('lets an administrator read it over REST and GraphQL, newest first', async () => {
    const rest = await app.rest.get<ListResponse<AuditEntry>>('/audit-log?limit=100', { token: adminToken })
    expect(rest.status).toBe(200)
    expect(rest.body.totalDocs).toBe(await countEntries())
    const createdAt = rest.body.docs.map((doc: { createdAt: string }) => doc.createdAt)
    expect(createdAt).toEqual([...createdAt].sort().reverse())
    const { body } = await app.graphql<
      GraphQLResponse<{ AuditEntries: Joined<Pick<AuditEntry, 'operation' | 'collection' | 'changes'> & { user: Pick<User, 'email'> | null }> }>
    >(
      '{ AuditEntries(where: { collection: { equals: "probe-notes" } }) { docs { operation collection changes user { email } } } }',
      undefined,
      adminToken,
    )
    expect(body.errors).toBeUndefined()
    expect(body.data.AuditEntries.docs).toEqual([
      { operation: 'create', collection: 'probe-notes', changes: [{ path: 'text', before: null, after: 'hello' }], user: { email: CLERK.email } },
    ])
  })

  it('refuses to create, change or delete entries through the API, even for an administrator', async () => {
    const before = await countEntries()
    const forged = { operation: 'delete', collection: 'orders', documentId: '1', changes: [] }
    expect((await app.rest.post('/audit-log', { token: adminToken, body: forged })).status).toBe(403)
    const [entry] = (await app.rest.get<ListResponse<AuditEntry>>('/audit-log?limit=1', { token: adminToken })).body.docs
    expect((await app.rest.patch(`/audit-log/${entry.id}`, { token: adminToken, body: { changes: [] } })).status).toBe(403)
    expect((await app.rest.delete(`/audit-log/${entry.id}`, { token: adminToken })).status).toBe(403)
    const { body } = await app.graphql<GraphQLErrorResponse>(
      'mutation { createAuditEntry(data: { operation: delete, collection: "orders", documentId: "1" }) { id } }',
      undefined,
      adminToken,
    )
    expect(body.errors?.[0]?.message).toMatch(/not allowed/i)
    expect(await countEntries()).toBe(before)
  })
})

describe('how an entry is written', () => {
  it('in the change’s transaction, one row that reads back (REST and GraphQL) as a local API entry does; hooked by another plugin, through the local API so those hooks run', async () => {
    const direct = await app.rest.post<DocResponse<Customer>>('/customers', { token: adminToken, body: { name: 'Direct Ltd', code: 'DIRECT' } })
    const hooks = app.payload.collections['audit-log'].config.hooks
    const seen: string[] = []
    const watcher = ({ doc }: { doc: AuditEntry }) => {
      seen.push(doc.documentId)
      return doc
    }
    hooks.afterChange.push(watcher as never)
    let hooked: typeof direct
    try {
      hooked = await app.rest.post<DocResponse<Customer>>('/customers', { token: adminToken, body: { name: 'Hooked Ltd', code: 'HOOKED' } })
    } finally {
      hooks.afterChange.splice(hooks.afterChange.indexOf(watcher as never), 1)
    }
    expect(seen).toContain(String(hooked.body.doc.id))
    expect(seen).not.toContain(String(direct.body.doc.id))
    const read = async (id: number) => {
      const found = await app.rest.get<ListResponse<AuditEntry>>(`/audit-log?where[collection][equals]=customers&where[documentId][equals]=${id}&depth=1`, { token: adminToken })
      return found.body.docs[0] as AuditEntry & { user: User }
    }
    const [one, other] = [await read(direct.body.doc.id), await read(hooked.body.doc.id)]
    const shape = (entry: object) => Object.fromEntries(Object.entries(entry).map(([key, value]) => [key, Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value]))
    expect(shape(one)).toEqual(shape(other))
    expect(one).toMatchObject({ operation: 'create', collection: 'customers', documentTitle: 'Direct Ltd', userEmail: ADMIN.email, user: { id: staff.admin.id, email: ADMIN.email } })
    expect(one.changes).toEqual(expect.arrayContaining([{ path: 'name', before: null, after: 'Direct Ltd' }]))
    expect(Date.parse(one.createdAt)).toBeGreaterThan(Date.now() - 60_000)
    const { body } = await app.graphql<GraphQLResponse<{ AuditEntries: Joined<Pick<AuditEntry, 'documentTitle' | 'changes'> & { user: Pick<User, 'email'> | null }> }>>(
      `{ AuditEntries(where: { documentId: { equals: "${direct.body.doc.id}" }, collection: { equals: "customers" } }) { docs { documentTitle changes user { email } } } }`,
      undefined,
      adminToken,
    )
    expect(body.errors).toBeUndefined()
    expect(body.data.AuditEntries.docs).toEqual([{ documentTitle: 'Direct Ltd', changes: one.changes, user: { email: ADMIN.email } }])
  })
})

describe('switching the plugin off', () => {
  it('boots without the audit collection and records nothing', async () => {
    // other plugins hook customers too (crm links an account): audit's own hook is the one that goes
    const hooksWithAudit = app.payload.collections.customers.config.hooks.afterChange.length
    await app.close()
    app = await startTestApp({ plugins: { audit: { enabled: false } }, freshDatabase: true })
    expect(app.payload.collections['audit-log']).toBeUndefined()
    expect(app.payload.collections.customers.config.hooks.afterChange).toHaveLength(hooksWithAudit - 1)
    await createStaff(app.payload)
    const token = await app.login(ADMIN.email, ADMIN.password)
    expect((await app.rest.post('/customers', { token, body: { name: 'Globex' } })).status).toBe(201)
    expect((await app.rest.get('/audit-log', { token })).status).toBe(404)
  })
})
