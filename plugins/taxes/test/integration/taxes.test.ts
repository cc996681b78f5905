import pg from 'pg'
import { sql } from '@payloadcms/db-postgres/drizzle'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DataFromCollectionSlug } from 'payload'

import { ADMIN, CLERK, createCommerceBasics, createStaff } from '../../../../test/helpers/fixtures'
import type { DocResponse, GraphQLResponse, ListResponse, ValidationErrorResponse } from '../../../../test/helpers/api-types'
import { startTestApp, type TestApp } from '../../../../test/helpers/payload'
import { fingerprintCte, unlessFingerprint } from '../../../../src/kit'

type Order = DataFromCollectionSlug<'orders'>
type TaxRule = DataFromCollectionSlug<'tax-rules'>

let app: TestApp
let token: string
let basics: Awaited<ReturnType<typeof createCommerceBasics>>
const ids: Record<string, number> = {}
const local = { overrideAccess: true, depth: 0 } as const
const manhattan = { country: 'US', region: 'NY', postalCode: '10001', city: 'New York', street: '350 5th Ave' }

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  token = await app.login(ADMIN.email, ADMIN.password)
  const post = async (path: string, body: Record<string, unknown>) => {
    const response = await app.rest.post<DocResponse<{ id: number }>>(path, { token, body })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    return response.body.doc.id
  }
  ids.standard = await post('/tax-codes', { code: 'standard', kind: 'product' })
  ids.freight = await post('/tax-codes', { code: 'freight', kind: 'product' })
  ids.reseller = await post('/tax-codes', { code: 'reseller', kind: 'customer' })
  ids.ny = await post('/tax-jurisdictions', { code: 'US-NY', country: 'us', region: 'NY' })
  ids.nyc = await post('/tax-jurisdictions', { code: 'US-NYC', country: 'US', region: 'NY', zipCodes: [{ zip: '10001-10292' }, { zip: '112*' }] })
  ids.de = await post('/tax-jurisdictions', { code: 'DE', country: 'DE' })
  ids.nyState = await post('/tax-rules', { code: 'NY State', jurisdiction: ids.ny, rate: '4.000' })
  ids.nycRule = await post('/tax-rules', { code: 'NYC', jurisdiction: ids.nyc, rate: '4.5' })
  ids.deVat = await post('/tax-rules', { code: 'DE VAT', jurisdiction: ids.de, rate: '19' })
  ids.resellerZero = await post('/tax-rules', { code: 'NY resale surcharge', jurisdiction: ids.ny, customerTaxCode: ids.reseller, rate: '1' })
  await app.payload.update({ collection: 'products', id: basics.drill.id, data: { taxCode: ids.standard }, ...local })
})
afterAll(() => app?.close())

const order = <T = DocResponse<Order>>(body: Record<string, unknown>) =>
  app.rest.post<T>('/orders', { token, body: { customer: basics.customer.id, currency: 'USD', ...body } })

describe('the tax stage prices tax into orders', () => {
  it('adds NY State 4 % and NYC 4.5 % in Manhattan, per line and in the order’s taxes', async () => {
    const response = await order({ shippingAddress: manhattan, lines: [{ product: basics.drill.id, quantity: 1 }, { product: basics.screw.id, quantity: 30 }] })
    expect(response.status).toBe(201)
    const doc = response.body.doc
    // 129.99 → 11.04915 → 11.05; 30 × 1.01 = 30.30 → 2.5755 → 2.58; per tax rounded on the total: 4 % 6.4116 → 6.41, 4.5 % 7.21305 → 7.21
    expect(doc.lines.map((line) => line.tax)).toEqual([1105, 257])
    expect(doc.taxes?.map(({ code, rate, amount }) => ({ code, rate, amount }))).toEqual([
      { code: 'NY State', rate: '4', amount: 641 },
      { code: 'NYC', rate: '4.5', amount: 721 },
    ])
    expect(doc).toMatchObject({ subtotal: 12999 + 3030, taxTotal: 1362, grandTotal: 12999 + 3030 + 1362, pricesIncludeTax: false })
  })

  it('applies only the state rule upstate, nothing abroad without a rule, and nothing without an address', async () => {
    const upstate = await order({ shippingAddress: { country: 'US', region: 'NY', postalCode: '12207' }, lines: [{ product: basics.drill.id, quantity: 1 }] })
    expect(upstate.body.doc.taxTotal).toBe(520)
    const france = await order({ shippingAddress: { country: 'FR' }, lines: [{ product: basics.drill.id, quantity: 1 }] })
    expect(france.body.doc.taxTotal).toBe(0)
    const none = await order({ lines: [{ product: basics.drill.id, quantity: 1 }] })
    expect(none.body.doc.taxTotal).toBe(0)
  })

  it('takes the customer’s tax code from its group, and charges an exempt customer nothing', async () => {
    const group = await app.payload.create({ collection: 'customer-groups', data: { name: 'Resellers', code: 'resellers', taxCode: ids.reseller }, ...local })
    const reseller = await app.payload.create({ collection: 'customers', data: { name: 'Reseller Inc', code: 'RESELL', group: group.id }, ...local })
    const viaGroup = await order({ customer: reseller.id, shippingAddress: { country: 'US', region: 'NY', postalCode: '12207' }, lines: [{ product: basics.drill.id, quantity: 1 }] })
    expect(viaGroup.body.doc.taxTotal).toBe(520 + 130)
    const exempt = await app.payload.create({ collection: 'customers', data: { name: 'Church', code: 'CHURCH', taxExempt: true }, ...local })
    const none = await order({ customer: exempt.id, shippingAddress: manhattan, lines: [{ product: basics.drill.id, quantity: 1 }] })
    expect(none.body.doc).toMatchObject({ taxTotal: 0, grandTotal: 12999 })
  })

  it('extracts tax on a website whose prices include it: net + tax = gross on every line and the order', async () => {
    const eur = await app.payload.create({ collection: 'currencies', data: { code: 'EUR', name: 'Euro', minorDigits: 2 }, ...local })
    await app.payload.update({ collection: 'products', id: basics.screw.id, data: { basePrices: [{ currency: basics.usd.id, amount: 101 }, { currency: eur.id, amount: 119 }] }, ...local })
    const de = await app.rest.post<DocResponse<{ id: number }>>('/websites', {
      token,
      body: { name: 'DE', code: 'de', defaultCurrency: eur.id, taxSettings: { pricesIncludeTax: 'included' } },
    })
    expect(de.status).toBe(201)
    const response = await order({ website: de.body.doc.id, currency: 'EUR', shippingAddress: { country: 'DE' }, lines: [{ product: basics.screw.id, quantity: 7 }] })
    const doc = response.body.doc
    // 7 × 1.19 = 8.33 gross → 8.33 × 19 / 119 = 1.33 tax, 7.00 net
    expect(doc).toMatchObject({ pricesIncludeTax: true, subtotal: 833, taxTotal: 133, grandTotal: 833 })
    expect(doc.lines[0]).toMatchObject({ amount: 833, tax: 133, total: 833 })
    expect((doc.lines[0].total ?? 0) - (doc.lines[0].tax ?? 0)).toBe(700)
  })

  it('taxes shipping with the settings’ shipping tax code after the global names one', async () => {
    await app.payload.create({ collection: 'tax-rules', data: { code: 'NY freight', jurisdiction: ids.ny, productTaxCode: ids.freight, rate: '2' }, ...local })
    const method = await app.payload.create({ collection: 'shipping-methods', data: { name: 'Ground', code: 'ground', rates: [{ currency: basics.usd.id, baseAmount: 1000 }] }, ...local })
    const saved = await app.rest.post('/globals/tax-settings', { token, body: { shippingTaxCode: ids.freight } })
    expect(saved.status).toBe(200)
    const response = await order({ shippingMethod: method.id, shippingAddress: { country: 'US', region: 'NY', postalCode: '12207' }, lines: [{ product: basics.drill.id, quantity: 1 }] })
    // shipping 10.00 taxed by NY State 4 % (any product) + NY freight 2 % = 0.60
    expect(response.body.doc).toMatchObject({ shippingTotal: 1000, taxTotal: 520 + 60, grandTotal: 12999 + 1000 + 580 })
    await app.payload.updateGlobal({ slug: 'tax-settings', data: { shippingTaxCode: null }, ...local })
  })

  it('taxes by the address the settings choose: billing, the origin, or the origin when the chosen one is missing (cart preview, REST and GraphQL)', async () => {
    type Preview = { taxTotal: number; taxes: Array<{ code: string }> }
    const lines = [{ product: basics.drill.id, quantity: 1 }]
    const body = { customer: basics.customer.id, currency: 'USD', lines, shippingAddress: manhattan, billingAddress: { country: 'US', region: 'NY', postalCode: '12207' } }
    const preview = async (extra: Record<string, unknown> = {}) => {
      const rest = await app.rest.post<Preview>('/commerce/price', { token, body: { ...body, ...extra } })
      expect(rest.status, JSON.stringify(rest.body)).toBe(200)
      const graphql = await app.graphql<GraphQLResponse<{ commercePrice: Preview }>>(`mutation ($input: CommerceJSON!) { commercePrice(input: $input) }`, { input: { ...body, ...extra } }, token)
      expect(graphql.body.data?.commercePrice).toEqual(rest.body)
      return rest.body
    }
    try {
      // shipping (the default): Manhattan, NY State 4 % + NYC 4.5 %
      expect(await preview()).toMatchObject({ taxTotal: 1105, taxes: [{ code: 'NY State' }, { code: 'NYC' }] })
      await app.payload.updateGlobal({ slug: 'tax-settings', data: { addressBasis: 'billing', origin: { country: 'DE' } }, ...local })
      // billing: Albany, the state rule only (129.99 × 4 % = 5.20)
      expect(await preview()).toMatchObject({ taxTotal: 520, taxes: [{ code: 'NY State' }] })
      // billing missing: the origin, Germany's 19 % (129.99 × 19 % = 24.70)
      expect(await preview({ billingAddress: null })).toMatchObject({ taxTotal: 2470, taxes: [{ code: 'DE VAT' }] })
      await app.payload.updateGlobal({ slug: 'tax-settings', data: { addressBasis: 'origin' }, ...local })
      expect(await preview()).toMatchObject({ taxTotal: 2470, taxes: [{ code: 'DE VAT' }] })
    } finally {
      await app.payload.updateGlobal({ slug: 'tax-settings', data: { addressBasis: 'shipping', origin: { country: null } }, ...local })
    }
  })

  it('keeps versions of the settings; a version id that names none answers 404, not 500', async () => {
    const versions = await app.rest.get<ListResponse<{ id: number; version: { shippingTaxCode?: unknown } }>>('/globals/tax-settings/versions?sort=createdAt', { token })
    expect(versions.status).toBe(200)
    const named = versions.body.docs.find((doc) => doc.version.shippingTaxCode !== null && doc.version.shippingTaxCode !== undefined)
    expect(named).toBeDefined()
    expect((await app.rest.get(`/globals/tax-settings/versions/${named?.id}`, { token })).status).toBe(200)
    for (const id of ['1.5', '-1', 'NaN', '99999999999999999999']) {
      expect((await app.rest.get(`/globals/tax-settings/versions/${id}`, { token })).status, id).toBe(404)
      expect((await app.rest.post(`/globals/tax-settings/versions/${id}`, { token })).status, id).toBe(404)
    }
    const restored = await app.rest.post(`/globals/tax-settings/versions/${named?.id}`, { token })
    expect(restored.status).toBe(200)
    expect(((await app.payload.findGlobal({ slug: 'tax-settings', depth: 0 })) as { shippingTaxCode?: unknown }).shippingTaxCode).toBe(ids.freight)
    await app.payload.updateGlobal({ slug: 'tax-settings', data: { shippingTaxCode: null }, ...local })
  })
})

describe('the copy of the rules each app process keeps', () => {
  it('serves a rate or a ZIP entry another process wrote on the very next calculation', async () => {
    const preview = async () => {
      const answer = await app.rest.post<{ taxTotal: number }>('/commerce/price', { token, body: { customer: basics.customer.id, currency: 'USD', shippingAddress: manhattan, lines: [{ product: basics.drill.id, quantity: 1 }] } })
      expect(answer.status, JSON.stringify(answer.body)).toBe(200)
      return answer.body.taxTotal
    }
    // another app process, or psql: straight to the database, past this process's hooks
    const elsewhere = new pg.Client({ connectionString: process.env.DATABASE_URI })
    await elsewhere.connect()
    try {
      expect(await preview()).toBe(1105) // 129.99 × (4 % + 4.5 %) = 11.04915; the copy is now held
      await elsewhere.query('update tax_rules set rate = 5.5 where id = $1', [ids.nycRule])
      expect(await preview()).toBe(1235) // 129.99 × 9.5 % = 12.34905
      await elsewhere.query(`update tax_jurisdictions_zip_codes set zip = '20000-20001' where _parent_id = $1 and zip = '10001-10292'`, [ids.nyc])
      expect(await preview()).toBe(520) // Manhattan is no longer in NYC: the state's 4 % alone
    } finally {
      await elsewhere.query(`update tax_jurisdictions_zip_codes set zip = '10001-10292' where _parent_id = $1 and zip = '20000-20001'`, [ids.nyc])
      await elsewhere.query('update tax_rules set rate = 4.5 where id = $1', [ids.nycRule])
      await elsewhere.end()
    }
    expect(await preview()).toBe(1105)
  })
})

describe('the fingerprint of the kept copies', () => {
  it('scans each table once per statement however often the statement uses it (a materialized CTE)', async () => {
    const db = app.payload.db.drizzle as unknown as { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Array<Record<string, unknown>> }> }
    const statement = sql`with ${fingerprintCte(['tax_rules', 'tax_jurisdictions_zip_codes'])}
      select f.fingerprint, ${unlessFingerprint(sql.raw('f.fingerprint'), 'held', sql`1`)} as a, ${unlessFingerprint(sql.raw('f.fingerprint'), 'held', sql`2`)} as b from f`
    const { rows } = await db.execute(sql`explain (format json) ${statement}`)
    const scans: string[] = []
    const walk = (node: { 'Relation Name'?: string; Plans?: unknown[] }) => {
      if (node['Relation Name']) scans.push(node['Relation Name'])
      for (const child of node.Plans ?? []) walk(child as never)
    }
    walk((rows[0]['QUERY PLAN'] as Array<{ Plan: never }>)[0].Plan)
    expect(scans.sort()).toEqual(['tax_jurisdictions_zip_codes', 'tax_rules'])
  })
})

describe('tax configuration is validated and guarded', () => {
  it('refuses a rate with 5 decimals or above 100 %, naming the field, and writes nothing', async () => {
    const before = (await app.payload.count({ collection: 'tax-rules', overrideAccess: true })).totalDocs
    for (const rate of ['8.87501', '101', 'nineteen']) {
      const response = await app.rest.post<ValidationErrorResponse>('/tax-rules', { token, body: { code: 'X', jurisdiction: ids.de, rate } })
      expect(response.status).toBe(400)
      expect(response.body.errors[0].data.errors[0].path).toBe('rate')
    }
    expect((await app.payload.count({ collection: 'tax-rules', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('refuses a bad country and a backwards ZIP range, naming the field', async () => {
    const country = await app.rest.post<ValidationErrorResponse>('/tax-jurisdictions', { token, body: { code: 'XX', country: 'XX' } })
    expect(country.status).toBe(400)
    expect(country.body.errors[0].data.errors[0].path).toBe('country')
    const zip = await app.rest.post<ValidationErrorResponse>('/tax-jurisdictions', { token, body: { code: 'BAD', country: 'US', zipCodes: [{ zip: '10292-10001' }] } })
    expect(zip.status).toBe(400)
    expect(zip.body.errors[0].data.errors[0].path).toBe('zipCodes.0.zip')
  })

  it('refuses a customer tax code on a product', async () => {
    const response = await app.rest.patch<ValidationErrorResponse>(`/products/${basics.screw.id}`, { token, body: { taxCode: ids.reseller } })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0].path).toBe('taxCode')
  })

  it('lets staff read the rules as a table over REST and GraphQL, but only administrators change them', async () => {
    const clerk = await app.login(CLERK.email, CLERK.password)
    const list = await app.rest.get<ListResponse<TaxRule>>('/tax-rules?sort=code&depth=1&where[rate][equals]=4', { token: clerk })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc) => [doc.code, typeof doc.jurisdiction === 'object' ? doc.jurisdiction.code : null, doc.rate])).toEqual([['NY State', 'US-NY', '4']])
    const graph = await app.graphql<GraphQLResponse<{ TaxRules: { docs: Array<{ code: string; rate: string }> } }>>('{ TaxRules(sort: "code", where: { code: { equals: "NYC" } }) { docs { code rate } } }', undefined, clerk)
    expect(graph.body.data.TaxRules.docs).toEqual([{ code: 'NYC', rate: '4.5' }])
    expect((await app.rest.post('/tax-rules', { token: clerk, body: { code: 'Y', jurisdiction: ids.de, rate: '1' } })).status).toBe(403)
    expect((await app.rest.patch(`/tax-rules/${ids.deVat}`, { token: clerk, body: { rate: '0' } })).status).toBe(403)
    expect((await app.rest.post('/globals/tax-settings', { token: clerk, body: { pricesIncludeTax: true } })).status).toBe(403)
  })

  it('hides tax configuration from anonymous visitors and storefront customer users, in REST and GraphQL', async () => {
    const role = await app.payload.create({ collection: 'customer-user-roles', data: { name: 'Buyer', code: 'buyer' }, ...local })
    await app.payload.create({
      collection: 'customer-users',
      data: { email: 'buyer@acme.test', password: 'buyer-password', firstName: 'B', lastName: 'Uyer', customer: basics.customer.id, roles: [role.id] },
      ...local,
    })
    const buyer = await app.login('buyer@acme.test', 'buyer-password', 'customer-users')
    for (const who of [undefined, buyer]) {
      for (const path of ['/tax-rules', '/tax-codes', '/tax-jurisdictions', `/tax-rules/${ids.deVat}`, '/globals/tax-settings']) {
        expect((await app.rest.get(path, { token: who })).status, path).toBe(403)
      }
      const graph = await app.graphql<GraphQLResponse<{ TaxRules: { docs: unknown[] } | null }>>('{ TaxRules { docs { code rate } } }', undefined, who)
      expect(graph.body.data?.TaxRules ?? null).toBeNull()
      expect(graph.body.errors?.[0].message).toMatch(/not allowed/i)
    }
    const product = await app.rest.get<{ taxCode?: unknown }>(`/products/${basics.drill.id}?depth=1`, { token: buyer })
    expect(product.body.taxCode === undefined || typeof product.body.taxCode !== 'object' || product.body.taxCode === null).toBe(true)
  })
})
