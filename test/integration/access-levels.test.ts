/**
 * The access matrix: for each secured collection and each level, a staff user whose role grants that level for
 * every action reads, updates and deletes exactly the documents the level reaches — through REST and GraphQL —
 * and a denied write changes nothing (checked through the local API with overrideAccess).
 */
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AccessLevel } from '../../src/kit/access-levels'
import { createCommerceBasics } from '../helpers/fixtures'
import type { Customer } from '../../src/payload-types'
import type { BulkResponse, DocResponse, GraphQLErrorResponse, GraphQLResponse, Joined, ListResponse } from '../helpers/api-types'
import { startTestApp, type TestApp } from '../helpers/payload'
import { createRole, createStaffUser, createUnits, everyAction, PASSWORD, type Units } from '../helpers/security-world'

const COLLECTIONS = ['customers', 'products', 'orders'] as const
type Secured = (typeof COLLECTIONS)[number]

/** GraphQL names and a harmless change per collection (what the update tests write). */
const SHAPE: Record<Secured, { list: string; one: string; field: string; value: (n: number) => unknown; gqlValue: string }> = {
  customers: { list: 'Customers', one: 'Customer', field: 'phone', value: (n) => `+1 555 ${n}`, gqlValue: '"hacked"' },
  products: { list: 'Products', one: 'Product', field: 'weight', value: (n) => n, gqlValue: '999' },
  // not `status`: the order workflow refuses most moves (409); the payment method is a plain choice
  orders: { list: 'Orders', one: 'Order', field: 'paymentMethod', value: (n) => ['offline', 'paymentTerm'][n % 2], gqlValue: 'offline' },
}

/** Where each test document sits: its owner and its unit. */
const LAYOUT = ['annInA', 'bobInA', 'bobInA1', 'bobInB', 'bobInOther', 'unassigned', 'annInB'] as const
type Placement = (typeof LAYOUT)[number]

/** What each level reaches, worked out by hand from the tree (ann: unit A; bu/div: unit A; org: unit A1). */
const REACH: Record<AccessLevel, readonly Placement[]> = {
  none: [],
  own: ['annInA', 'annInB'],
  businessUnit: ['annInA', 'bobInA'],
  division: ['annInA', 'bobInA', 'bobInA1'],
  organization: ['annInA', 'bobInA', 'bobInA1', 'bobInB', 'unassigned', 'annInB'],
  global: LAYOUT,
}

/** The user holding each level, and the unit they sit in. */
const HOLDERS: Record<AccessLevel, { email: string; unit: keyof Units }> = {
  none: { email: 'none@test.local', unit: 'a' },
  own: { email: 'ann@test.local', unit: 'a' },
  businessUnit: { email: 'bu@test.local', unit: 'a' },
  division: { email: 'div@test.local', unit: 'a' },
  organization: { email: 'org@test.local', unit: 'a1' },
  global: { email: 'global@test.local', unit: 'b' },
}

let app: TestApp
let units: Units
let basics: Awaited<ReturnType<typeof createCommerceBasics>>
const users = {} as Record<AccessLevel | 'bob', number>
const tokens = {} as Record<AccessLevel, string>
let serial = 0

const local = { overrideAccess: true, depth: 0 } as const

/** One document of `collection` placed as `placement`, written with explicit owner and unit. */
async function place(collection: Secured, placement: Placement): Promise<number> {
  const n = ++serial
  const owner = placement === 'unassigned' ? null : placement.startsWith('ann') ? users.own : users.bob
  const unit = { annInA: units.a, bobInA: units.a, bobInA1: units.a1, bobInB: units.b, bobInOther: units.other, unassigned: null, annInB: units.b }[placement]
  const stamp = { owner, businessUnit: unit }
  const data =
    collection === 'customers'
      ? { name: `Customer ${placement} ${n}`, code: `C-${n}`, ...stamp }
      : collection === 'products'
        ? { sku: `SKU-${n}`, name: `Product ${placement} ${n}`, status: 'active', weight: 1, ...stamp }
        : { customer: basics.customer.id, currency: 'USD', lines: [{ product: basics.screw.id, quantity: 1 }], ...stamp }
  return (await app.payload.create({ collection, data: data as never, ...local })).id as number
}

async function placeAll(collection: Secured): Promise<Record<Placement, number>> {
  const created = await Promise.all(LAYOUT.map((placement) => place(collection, placement)))
  return Object.fromEntries(LAYOUT.map((placement, index) => [placement, created[index]])) as Record<Placement, number>
}

const stored = (collection: Secured, id: number) =>
  app.payload.findByID({ collection: collection as CollectionSlug, id, disableErrors: true, ...local }) as Promise<Record<string, unknown> | null>

const placementsOf = (ids: Record<Placement, number>, found: number[]) =>
  LAYOUT.filter((placement) => found.includes(ids[placement]))

const docs = new Map<Secured, Record<Placement, number>>()

beforeAll(async () => {
  app = await startTestApp()
  basics = await createCommerceBasics(app.payload)
  units = await createUnits(app.payload)
  users.bob = (await createStaffUser(app.payload, 'bob@test.local', [units.a], [])).id
  for (const level of Object.keys(HOLDERS) as AccessLevel[]) {
    const role = await createRole(app.payload, `level-${level}`, everyAction(level, COLLECTIONS))
    users[level] = (await createStaffUser(app.payload, HOLDERS[level].email, [units[HOLDERS[level].unit]], [role.id])).id
    tokens[level] = await app.login(HOLDERS[level].email, PASSWORD)
  }
  for (const collection of COLLECTIONS) docs.set(collection, await placeAll(collection))
})
afterAll(() => app?.close())

describe.each(COLLECTIONS)('%s: every level reads exactly what it reaches', (collection) => {
  const shape = SHAPE[collection]

  it.each(Object.keys(REACH) as AccessLevel[])('%s — REST and GraphQL lists and reads by id agree', async (level) => {
    const ids = docs.get(collection)!
    const token = tokens[level]
    const rest = await app.rest.get<ListResponse<{ id: number }>>(`/${collection}?limit=100&depth=0`, { token })
    const gql = await app.graphql<GraphQLResponse<Record<string, Joined<{ id: number }>>>>(`{ ${shape.list}(limit: 100) { docs { id } } }`, undefined, token)
    if (level === 'none') {
      expect(rest.status).toBe(403)
      expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)
    } else {
      expect(rest.status).toBe(200)
      expect(placementsOf(ids, rest.body.docs.map((doc: { id: number }) => doc.id))).toEqual(REACH[level])
      expect(placementsOf(ids, gql.body.data[shape.list].docs.map((doc: { id: number }) => doc.id))).toEqual(REACH[level])
    }
    const statuses = await Promise.all(LAYOUT.map(async (placement) => [placement, (await app.rest.get(`/${collection}/${ids[placement]}?depth=0`, { token })).status]))
    expect(statuses).toEqual(LAYOUT.map((placement) => [placement, REACH[level].includes(placement) ? 200 : level === 'none' ? 403 : 404]))
    // GraphQL by id, all placements in one query: a document out of reach resolves to null.
    const byId = await app.graphql<GraphQLResponse<Record<string, { id: number } | null> | null>>(`{ ${LAYOUT.map((placement) => `${placement}: ${shape.one}(id: ${ids[placement]}) { id }`).join(' ')} }`, undefined, token)
    expect(LAYOUT.filter((placement) => byId.body.data?.[placement]?.id === ids[placement])).toEqual(REACH[level])
  })
})

describe.each(COLLECTIONS)('%s: updates reach the same documents, and a denied update changes nothing', (collection) => {
  const shape = SHAPE[collection]

  it.each(Object.keys(REACH) as AccessLevel[])('%s — REST PATCH by id', async (level) => {
    const ids = docs.get(collection)!
    await Promise.all(
      LAYOUT.map(async (placement) => {
        const before = await stored(collection, ids[placement])
        const value = shape.value(++serial)
        const response = await app.rest.patch(`/${collection}/${ids[placement]}`, { token: tokens[level], body: { [shape.field]: value } })
        const allowed = REACH[level].includes(placement)
        expect([placement, response.status]).toEqual([placement, allowed ? 200 : 403])
        const after = await stored(collection, ids[placement])
        expect(after?.[shape.field]).toEqual(allowed ? value : before?.[shape.field])
        if (!allowed) expect(after?.updatedAt).toBe(before?.updatedAt)
      }),
    )
  })

  it('GraphQL update of a document the level does not reach is refused and changes nothing', async () => {
    const ids = docs.get(collection)!
    const before = await stored(collection, ids.bobInB)
    const { body } = await app.graphql<GraphQLErrorResponse>(
      `mutation { update${shape.one}(id: ${ids.bobInB}, data: { ${shape.field}: ${shape.gqlValue} }) { id } }`,
      undefined,
      tokens.division,
    )
    expect(body.errors?.[0]?.message).toMatch(/not allowed/i)
    expect(await stored(collection, ids.bobInB)).toEqual(before)
  })

  it('a bulk update by `where` touches only the rows the level reaches', async () => {
    const ids = docs.get(collection)!
    const value = shape.value(++serial)
    const all = LAYOUT.map((placement) => ids[placement])
    const before = await Promise.all(all.map((id) => stored(collection, id)))
    const response = await app.rest.patch<BulkResponse<{ id: number }>>(`/${collection}?${all.map((id, i) => `where[id][in][${i}]=${id}`).join('&')}`, {
      token: tokens.businessUnit,
      body: { [shape.field]: value },
    })
    expect(response.status).toBe(200)
    expect(placementsOf(ids, response.body.docs.map((doc: { id: number }) => doc.id))).toEqual(REACH.businessUnit)
    for (const [index, placement] of LAYOUT.entries()) {
      const after = await stored(collection, ids[placement])
      if (REACH.businessUnit.includes(placement)) expect(after?.[shape.field]).toEqual(value)
      else expect(after).toEqual(before[index])
    }
  })
})

describe.each(COLLECTIONS)('%s: deletes reach the same documents, and a denied delete keeps the row', (collection) => {
  const shape = SHAPE[collection]

  it.each(Object.keys(REACH) as AccessLevel[])('%s — REST DELETE by id', async (level) => {
    const ids = await placeAll(collection)
    await Promise.all(
      LAYOUT.map(async (placement) => {
        const response = await app.rest.delete(`/${collection}/${ids[placement]}`, { token: tokens[level] })
        const allowed = REACH[level].includes(placement)
        expect([placement, response.status]).toEqual([placement, allowed ? 200 : 403])
        expect([placement, (await stored(collection, ids[placement])) !== null]).toEqual([placement, !allowed])
      }),
    )
  })

  it('GraphQL delete of a document the level does not reach is refused and keeps it', async () => {
    const id = await place(collection, 'bobInOther')
    const { body } = await app.graphql<GraphQLErrorResponse>(`mutation { delete${shape.one}(id: ${id}) { id } }`, undefined, tokens.organization)
    expect(body.errors?.[0]?.message).toMatch(/not allowed/i)
    expect(await stored(collection, id)).not.toBeNull()
  })
})

describe('creating stamps the creator and their primary unit', () => {
  it.each(Object.keys(REACH) as AccessLevel[])('%s', async (level) => {
    const n = ++serial
    const response = await app.rest.post<DocResponse<Customer>>('/customers', {
      token: tokens[level],
      // owner and businessUnit are the server's to set: a non-administrator's values are ignored.
      body: { name: `Created by ${level}`, code: `NEW-${n}`, owner: users.bob, businessUnit: units.other },
    })
    if (level === 'none') {
      expect(response.status).toBe(403)
      expect(await app.payload.count({ collection: 'customers', where: { code: { equals: `NEW-${n}` } }, overrideAccess: true })).toEqual({ totalDocs: 0 })
      return
    }
    expect(response.status).toBe(201)
    const saved = await stored('customers', response.body.doc.id)
    expect([saved?.owner, saved?.businessUnit]).toEqual([users[level], units[HOLDERS[level].unit]])
  })
})
