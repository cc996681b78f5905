/**
 * Access levels on every CRM collection (owner + business unit), proven like the core ones: per level, REST and
 * GraphQL lists, reads by id, `where` on a relationship path and population (`depth`) reach exactly the documents
 * the level reaches; a denied update changes nothing; the CRM's own endpoints answer 404 outside the reach.
 * Anonymous visitors and storefront customer users (enabled or disabled) get nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AccessLevel } from '../../../../src/kit'
import type { GraphQLResponse, Joined, ListResponse } from '../../../../test/helpers/api-types'
import { createCustomerWorld, PASSWORD as STOREFRONT_PASSWORD, type CustomerWorld } from '../../../../test/helpers/customer-world'
import { startTestApp, type TestApp } from '../../../../test/helpers/payload'
import { createRole, createStaffUser, createUnits, everyAction, PASSWORD, type Units } from '../../../../test/helpers/security-world'

const COLLECTIONS = ['accounts', 'contacts', 'leads', 'opportunities', 'activities'] as const
type Crm = (typeof COLLECTIONS)[number]
const GRAPHQL: Record<Crm, { list: string; one: string }> = {
  accounts: { list: 'Accounts', one: 'Account' },
  contacts: { list: 'Contacts', one: 'Contact' },
  leads: { list: 'Leads', one: 'Lead' },
  opportunities: { list: 'Opportunities', one: 'Opportunity' },
  activities: { list: 'Activities', one: 'Activity' },
}

/** Where each document sits (owner, unit), and what each level reaches, worked out by hand from the unit tree. */
const LAYOUT = ['annInA', 'bobInA', 'bobInA1', 'bobInB', 'bobInOther', 'unassigned'] as const
type Placement = (typeof LAYOUT)[number]
const REACH: Record<AccessLevel, readonly Placement[]> = {
  none: [],
  own: ['annInA'],
  businessUnit: ['annInA', 'bobInA'],
  division: ['annInA', 'bobInA', 'bobInA1'],
  organization: ['annInA', 'bobInA', 'bobInA1', 'bobInB', 'unassigned'],
  global: LAYOUT,
}
/** Who holds each level: `<level>@test.local` in unit A, except organization (A1, to reach up to the root) and global (B). */
const unitOf = (level: AccessLevel): keyof Units => (level === 'organization' ? 'a1' : level === 'global' ? 'b' : 'a')
const emailOf = (level: AccessLevel) => (level === 'own' ? 'ann@test.local' : `${level}@test.local`)
const LEVELS = Object.keys(REACH) as AccessLevel[]

let app: TestApp
let world: CustomerWorld
let units: Units
let usd: number
const users = {} as Record<AccessLevel | 'bob', number>
const tokens = {} as Record<AccessLevel, string>
const docs = {} as Record<Crm, Record<Placement, number>>
/** The account each placement's records hang on (accounts placed the same way). */
const local = { overrideAccess: true, depth: 0 } as const

function stampOf(placement: Placement) {
  const owner = placement === 'unassigned' ? null : placement.startsWith('ann') ? users.own : users.bob
  const businessUnit = { annInA: units.a, bobInA: units.a, bobInA1: units.a1, bobInB: units.b, bobInOther: units.other, unassigned: null }[placement]
  return { owner, businessUnit }
}

async function place(collection: Crm, placement: Placement): Promise<number> {
  const account = docs.accounts?.[placement]
  const data = {
    accounts: { name: `Account ${placement}` },
    contacts: { lastName: `Contact ${placement}`, account },
    leads: { name: `Lead ${placement}`, lastName: 'Lead' },
    opportunities: { name: `Deal ${placement}`, account, stage: 'Proposal', amount: 1000, currency: usd },
    activities: { type: 'note', subject: `Note ${placement}`, relatedTo: { relationTo: 'accounts', value: account } },
  }[collection]
  return (await app.payload.create({ collection, data: { ...data, ...stampOf(placement) } as never, ...local })).id as number
}

beforeAll(async () => {
  app = await startTestApp()
  world = await createCustomerWorld(app.payload)
  usd = (await app.payload.create({ collection: 'currencies', data: { code: 'USD', name: 'US Dollar', minorDigits: 2 }, ...local })).id
  units = await createUnits(app.payload)
  users.bob = (await createStaffUser(app.payload, 'bob@test.local', [units.a], [])).id
  for (const level of LEVELS) {
    const role = await createRole(app.payload, `level-${level}`, everyAction(level, COLLECTIONS))
    users[level] = (await createStaffUser(app.payload, emailOf(level), [units[unitOf(level)]], [role.id])).id
    tokens[level] = await app.login(emailOf(level), PASSWORD)
  }
  for (const collection of COLLECTIONS) {
    const placed = {} as Record<Placement, number>
    for (const placement of LAYOUT) placed[placement] = await place(collection, placement)
    docs[collection] = placed
  }
})
afterAll(() => app?.close())

const placementsOf = (ids: Record<Placement, number>, found: number[]) => LAYOUT.filter((placement) => found.includes(ids[placement]))

describe.each(COLLECTIONS)('%s: each level reads exactly what it reaches', (collection) => {
  it.each(LEVELS)('%s — REST and GraphQL lists and reads by id agree', async (level) => {
    const ids = docs[collection]
    const token = tokens[level]
    const { list, one } = GRAPHQL[collection]
    const rest = await app.rest.get<ListResponse<{ id: number }>>(`/${collection}?limit=100&depth=0`, { token })
    const gql = await app.graphql<GraphQLResponse<Record<string, Joined<{ id: number }>>>>(`{ ${list}(limit: 100) { docs { id } } }`, undefined, token)
    if (level === 'none') {
      expect(rest.status).toBe(403)
      expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)
    } else {
      expect(placementsOf(ids, rest.body.docs.map((doc) => doc.id))).toEqual(REACH[level])
      expect(placementsOf(ids, gql.body.data[list].docs.map((doc) => doc.id))).toEqual(REACH[level])
    }
    const statuses = await Promise.all(LAYOUT.map(async (placement) => [placement, (await app.rest.get(`/${collection}/${ids[placement]}?depth=0`, { token })).status]))
    expect(statuses).toEqual(LAYOUT.map((placement) => [placement, REACH[level].includes(placement) ? 200 : level === 'none' ? 403 : 404]))
    const byId = await app.graphql<GraphQLResponse<Record<string, { id: number } | null> | null>>(`{ ${LAYOUT.map((placement) => `${placement}: ${one}(id: ${ids[placement]}) { id }`).join(' ')} }`, undefined, token)
    expect(LAYOUT.filter((placement) => byId.body.data?.[placement]?.id === ids[placement])).toEqual(REACH[level])
  })
})

describe('where on relationship paths and population obey the levels', () => {
  it('filters opportunities by account (a name on the relationship path in REST, ids in GraphQL) only among reachable ones', async () => {
    const token = tokens.businessUnit
    const rest = await app.rest.get<ListResponse<{ id: number }>>('/opportunities?where[account.name][like]=Account&depth=0&limit=100', { token })
    expect(placementsOf(docs.opportunities, rest.body.docs.map((doc) => doc.id))).toEqual(REACH.businessUnit)
    const accounts = Object.values(docs.accounts).join(', ')
    const gql = await app.graphql<GraphQLResponse<{ Opportunities: Joined<{ id: number }> }>>(`{ Opportunities(where: { account: { in: [${accounts}] } }, limit: 100) { docs { id } } }`, undefined, token)
    expect(placementsOf(docs.opportunities, gql.body.data.Opportunities.docs.map((doc) => doc.id))).toEqual(REACH.businessUnit)
  })

  it('populates a contact’s account only when the level reaches it, and joins only reachable activities', async () => {
    // Ann (own) may read Ann's contact; its account is Ann's too. Bob's account's activities are out of her reach.
    const token = tokens.own
    const contact = await app.rest.get<{ account: { id: number } | number | null }>(`/contacts/${docs.contacts.annInA}?depth=1`, { token })
    expect(contact.body.account).toMatchObject({ id: docs.accounts.annInA })
    const account = await app.rest.get<{ activities: Joined<{ id: number }> }>(`/accounts/${docs.accounts.annInA}?depth=1`, { token })
    expect(account.body.activities.docs.map((doc) => doc.id)).toEqual([docs.activities.annInA])
    const gql = await app.graphql<GraphQLResponse<{ Opportunity: { account: { id: number } | null } | null }>>(`{ Opportunity(id: ${docs.opportunities.annInA}) { account { id } } }`, undefined, tokens.own)
    expect(gql.body.data.Opportunity?.account).toEqual({ id: docs.accounts.annInA })
  })
})

describe('writes obey the levels', () => {
  it('a division user updates leads in its division only; a denied update changes nothing', async () => {
    const statuses = await Promise.all(
      LAYOUT.map(async (placement) => [placement, (await app.rest.patch(`/leads/${docs.leads[placement]}`, { token: tokens.division, body: { notes: 'touched' } })).status]),
    )
    expect(statuses).toEqual(LAYOUT.map((placement) => [placement, REACH.division.includes(placement) ? 200 : 403]))
    const untouched = await app.payload.findByID({ collection: 'leads', id: docs.leads.bobInB, ...local })
    expect(untouched.notes ?? null).toBeNull()
  })

  it('refuses linking an opportunity to an account out of reach (400 on account)', async () => {
    const response = await app.rest.post('/opportunities', { token: tokens.own, body: { name: 'Sneaky', account: docs.accounts.bobInB, stage: 'Proposal', amount: 1, currency: usd } })
    expect(response.status).toBe(400)
  })
})

describe('the CRM endpoints answer within the caller’s reach', () => {
  it('summary: 200 for a reachable account, 404 for one out of reach; the pipeline counts reachable opportunities only', async () => {
    expect((await app.rest.get(`/accounts/${docs.accounts.annInA}/summary`, { token: tokens.own })).status).toBe(200)
    expect((await app.rest.get(`/accounts/${docs.accounts.bobInB}/summary`, { token: tokens.own })).status).toBe(404)
    const pipeline = await app.rest.get<{ totals: { count: number }[] }>('/crm/pipeline', { token: tokens.division })
    expect(pipeline.body.totals[0].count).toBe(REACH.division.length)
  })

  it('converting a lead out of reach answers 404 and writes nothing', async () => {
    const before = (await app.payload.count({ collection: 'accounts', overrideAccess: true })).totalDocs
    expect((await app.rest.post(`/leads/${docs.leads.bobInB}/convert`, { token: tokens.own, body: { opportunity: false } })).status).toBe(404)
    expect((await app.payload.count({ collection: 'accounts', overrideAccess: true })).totalDocs).toBe(before)
  })
})

describe('anonymous visitors and storefront customer users get nothing', () => {
  it.each(['anonymous', 'customer user', 'disabled customer user'] as const)('%s: REST and GraphQL refuse every CRM collection and endpoint', async (who) => {
    let token: string | undefined
    if (who !== 'anonymous') {
      const user = who === 'customer user' ? world.users.northwindAdmin : world.users.westBuyer
      token = await app.login(user.email, STOREFRONT_PASSWORD, 'customer-users')
      if (who === 'disabled customer user') await app.payload.update({ collection: 'customer-users', id: user.id, data: { enabled: false }, ...local })
    }
    for (const collection of COLLECTIONS) {
      expect([collection, (await app.rest.get(`/${collection}?depth=0`, { token })).status]).toEqual([collection, 403])
      expect([collection, (await app.rest.get(`/${collection}/${docs[collection].unassigned}`, { token })).status]).toEqual([collection, 403])
      const gql = await app.graphql<GraphQLResponse<null>>(`{ ${GRAPHQL[collection].list} { docs { id } } }`, undefined, token)
      expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)
    }
    expect((await app.rest.get('/crm/pipeline', { token })).status).toBe(403)
    expect((await app.rest.get(`/accounts/${docs.accounts.unassigned}/summary`, { token })).status).toBe(403)
    expect((await app.rest.post(`/leads/${docs.leads.unassigned}/convert`, { token, body: {} })).status).toBe(403)
    // the account link and the timeline customers carry are staff data: not in the storefront's view of its company
    if (who === 'customer user') {
      const customers = await app.rest.get<ListResponse<Record<string, unknown>>>('/customers?depth=0', { token })
      expect(customers.body.docs.length).toBeGreaterThan(0)
      for (const customer of customers.body.docs) {
        expect(customer).not.toHaveProperty('account')
        expect((customer.activities as Joined<unknown> | undefined)?.docs ?? []).toEqual([])
      }
    }
  })
})
