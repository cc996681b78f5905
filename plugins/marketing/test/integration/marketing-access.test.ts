/**
 * Promotions and coupons under staff role security (an owner and a business unit, a level per role), proven per
 * level through REST, GraphQL and the coupon export; and the GraphQL twins of the preview, coupon generation and
 * export endpoints, answering what REST answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { GraphQLErrorResponse, GraphQLResponse, GraphQLValidationError, ListResponse } from '../../../../test/helpers/api-types'
import { createCustomerWorld, PASSWORD as STOREFRONT_PASSWORD } from '../../../../test/helpers/customer-world'
import { ADMIN, createCommerceBasics, createStaff } from '../../../../test/helpers/fixtures'
import { startTestApp, type TestApp } from '../../../../test/helpers/payload'
import { createRole, createStaffUser, createUnits, PASSWORD, type Units } from '../../../../test/helpers/security-world'
import type { AccessLevel } from '../../../../src/kit'

type Named = { id: number; name?: string; code?: string; promotion?: number }
type Level = Exclude<AccessLevel, 'none'>

const local = { overrideAccess: true, depth: 0 } as const
const LEVELS: Level[] = ['own', 'businessUnit', 'division', 'organization', 'global']

let app: TestApp
let admin: string
let units: Units
let basics: Awaited<ReturnType<typeof createCommerceBasics>>
const tokens: Partial<Record<Level, string>> = {}

beforeAll(async () => {
  app = await startTestApp()
  const staff = await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  units = await createUnits(app.payload)
  admin = await app.login(ADMIN.email, ADMIN.password)
  const users: Partial<Record<Level, number>> = {}
  for (const level of LEVELS) {
    const role = await createRole(app.payload, `marketing-${level}`, [
      { collection: 'promotions', read: level, create: level, update: level, delete: 'none' },
      { collection: 'coupons', read: level, create: level, update: level, delete: 'none' },
      { collection: 'products', read: 'global' },
      { collection: 'customers', read: 'global' },
    ])
    users[level] = (await createStaffUser(app.payload, `${level.toLowerCase()}@test.local`, [units.a], [role.id])).id
    tokens[level] = await app.login(`${level.toLowerCase()}@test.local`, PASSWORD)
  }
  // one promotion with one coupon per place; owner and unit as an administrator would set them
  const place = async (name: string, unit: number | null, owner: number | null) => {
    const owned = { businessUnit: unit, owner }
    const promotion = await app.payload.create({ collection: 'promotions', data: { name, couponRequired: true, action: [{ blockType: 'orderPercent', percent: '10' }], ...owned } as never, ...local })
    await app.payload.create({ collection: 'coupons', data: { code: `C-${name}`, promotion: promotion.id, ...owned } as never, ...local })
  }
  await place('PA', units.a, users.own ?? null) // the "own" user's, in unit A
  await place('PA1', units.a1, staff.admin.id) // below A
  await place('PB', units.b, staff.admin.id) // A's sibling under the same root
  await place('PP', units.other, staff.admin.id) // another organization
  await place('PN', null, null) // written by the system: no unit
})
afterAll(() => app?.close())

const expected: Record<Level, string[]> = {
  own: ['PA'],
  businessUnit: ['PA'],
  division: ['PA', 'PA1'],
  organization: ['PA', 'PA1', 'PB', 'PN'],
  global: ['PA', 'PA1', 'PB', 'PN', 'PP'],
}

describe('promotions and coupons per access level (a user in unit A)', () => {
  for (const level of LEVELS) {
    it(`${level}: promotions, coupons and the coupon export reach ${expected[level].join(', ')}`, async () => {
      const token = tokens[level] as string
      const promotions = await app.rest.get<ListResponse<Named>>('/promotions?limit=100&depth=0', { token })
      expect(promotions.body.docs.map((doc) => doc.name).sort()).toEqual(expected[level])
      const coupons = await app.rest.get<ListResponse<Named>>('/coupons?limit=100&depth=0', { token })
      expect(coupons.body.docs.map((doc) => doc.code).sort()).toEqual(expected[level].map((name) => `C-${name}`))
      const csv = await app.rest.get<string>('/coupons/export', { token })
      expect(csv.status).toBe(200)
      expect(csv.body.trim().split('\r\n').slice(1).map((line) => line.split(',')[0]).sort()).toEqual(expected[level].map((name) => `C-${name}`))
    })
  }

  it('answers the same through GraphQL (division: PA and PA1)', async () => {
    const answer = await app.graphql<GraphQLResponse<{ Promotions: { docs: Named[] }; Coupons: { docs: Named[] } }>>(
      '{ Promotions(limit: 100) { docs { name } } Coupons(limit: 100) { docs { code } } }',
      undefined,
      tokens.division,
    )
    expect(answer.body.errors).toBeUndefined()
    expect(answer.body.data.Promotions.docs.map((doc) => doc.name).sort()).toEqual(['PA', 'PA1'])
    expect(answer.body.data.Coupons.docs.map((doc) => doc.code).sort()).toEqual(['C-PA', 'C-PA1'])
  })

  it('answers 404 for a promotion out of reach and refuses to generate coupons for it (400 naming promotion)', async () => {
    const pb = (await app.payload.find({ collection: 'promotions', where: { name: { equals: 'PB' } }, ...local })).docs[0]
    expect((await app.rest.get(`/promotions/${pb.id}`, { token: tokens.division })).status).toBe(404)
    const refused = await app.rest.post<{ errors: Array<{ data?: { errors?: Array<{ path: string }> } }> }>('/coupons/generate', {
      token: tokens.division,
      body: { promotion: pb.id, pattern: 'PB-####', count: 3 },
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data?.errors?.[0]?.path).toBe('promotion')
  })

  it('stamps a promotion created by a unit-level user with that user’s unit', async () => {
    const created = await app.rest.post<{ doc: { businessUnit: { id: number } } }>('/promotions', {
      token: tokens.businessUnit,
      body: { name: 'Made in A', active: false, action: [{ blockType: 'orderPercent', percent: '1' }] },
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.businessUnit.id).toBe(units.a)
  })
})

describe('GraphQL twins of the marketing endpoints', () => {
  const cart = () => ({ currency: 'USD', customer: basics.customer.id, lines: [{ product: basics.drill.id, quantity: 2 }], coupons: ['c-pa'] })

  it('marketingPreview answers what POST /api/marketing/preview answers: PA’s 10 % of $259.98 = $26.00', async () => {
    const rest = await app.rest.post<{ calculation: { discountTotal: number } }>('/marketing/preview', { token: admin, body: cart() })
    const graphql = await app.graphql<GraphQLResponse<{ marketingPreview: { calculation: { discountTotal: number } } }>>(
      'mutation Preview($input: MarketingJSON!) { marketingPreview(input: $input) }',
      { input: cart() },
      admin,
    )
    expect(graphql.body.errors).toBeUndefined()
    expect(rest.body.calculation.discountTotal).toBe(2600)
    expect(graphql.body.data.marketingPreview).toEqual(rest.body)
  })

  it('marketingPreview names the field of a bad cart and refuses a storefront user', async () => {
    const bad = await app.graphql<GraphQLErrorResponse<unknown, GraphQLValidationError>>(
      'mutation Preview($input: MarketingJSON!) { marketingPreview(input: $input) }',
      { input: { ...cart(), lines: [{ product: basics.drill.id, quantity: -1 }] } },
      admin,
    )
    expect(bad.body.errors[0].extensions.data.errors[0].path).toBe('lines.0.quantity')
    const world = await createCustomerWorld(app.payload)
    const buyer = await app.login(world.users.contosoBuyer.email, STOREFRONT_PASSWORD, 'customer-users')
    const refused = await app.graphql<GraphQLErrorResponse>('mutation Preview($input: MarketingJSON!) { marketingPreview(input: $input) }', { input: cart() }, buyer)
    expect(refused.body.errors[0].extensions?.statusCode).toBe(403)
    const exported = await app.graphql<GraphQLErrorResponse>('{ exportCoupons }', undefined, buyer)
    expect(exported.body.errors[0].extensions?.statusCode).toBe(403)
  })

  it('generateCoupons makes the codes in the caller’s reach, and exportCoupons answers the CSV REST answers', async () => {
    const pa = (await app.payload.find({ collection: 'promotions', where: { name: { equals: 'PA' } }, ...local })).docs[0]
    const generated = await app.graphql<GraphQLResponse<{ generateCoupons: { batch: string; count: number; codes: string[] } }>>(
      'mutation Generate($input: MarketingJSON!) { generateCoupons(input: $input) }',
      { input: { promotion: pa.id, pattern: 'gql-####', count: 12 } },
      tokens.businessUnit,
    )
    expect(generated.body.errors).toBeUndefined()
    const { batch, count, codes } = generated.body.data.generateCoupons
    expect([count, new Set(codes).size, codes.every((code) => /^GQL-[2-9]{4}$/.test(code))]).toEqual([12, 12, true])
    const stored = await app.payload.find({ collection: 'coupons', where: { batch: { equals: batch } }, pagination: false, ...local })
    expect(stored.docs.map((doc) => [doc.businessUnit, doc.promotion])).toEqual(Array(12).fill([units.a, pa.id]))
    const rest = await app.rest.get<string>(`/coupons/export?batch=${encodeURIComponent(batch)}`, { token: tokens.businessUnit })
    const graphql = await app.graphql<GraphQLResponse<{ exportCoupons: string }>>('query Export($batch: String) { exportCoupons(batch: $batch) }', { batch }, tokens.businessUnit)
    expect(graphql.body.data.exportCoupons).toBe(rest.body)
    expect(rest.body.trim().split('\r\n')).toHaveLength(13)
  })

  it('generateCoupons names the bad field and writes nothing', async () => {
    const before = (await app.payload.count({ collection: 'coupons', overrideAccess: true })).totalDocs
    const pa = (await app.payload.find({ collection: 'promotions', where: { name: { equals: 'PA' } }, ...local })).docs[0]
    for (const [input, path] of [
      [{ promotion: pa.id, pattern: 'FIXED', count: 2 }, 'pattern'],
      [{ promotion: pa.id, pattern: 'X-##', count: 0 }, 'count'],
      [{ pattern: 'X-##', count: 2 }, 'promotion'],
    ] as const) {
      const answer = await app.graphql<GraphQLErrorResponse<unknown, GraphQLValidationError>>('mutation Generate($input: MarketingJSON!) { generateCoupons(input: $input) }', { input }, admin)
      expect([path, answer.body.errors[0].extensions.data.errors[0].path]).toEqual([path, path])
    }
    expect((await app.payload.count({ collection: 'coupons', overrideAccess: true })).totalDocs).toBe(before)
  })
})
