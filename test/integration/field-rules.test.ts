/**
 * Field rules of roles: a hidden field is absent from every read (REST, GraphQL, admin permissions) and cannot be
 * queried or written; a read-only field is read but a write to it is dropped, leaving the stored value unchanged.
 * With several roles the most permissive wins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ADMIN, createCommerceBasics, createStaff } from '../helpers/fixtures'
import type { Product } from '../../src/payload-types'
import type { DocResponse, GraphQLResponse, ListResponse, WithFields } from '../helpers/api-types'
import { startTestApp, type TestApp } from '../helpers/payload'
import { createRole, createStaffUser, createUnits, everyAction, PASSWORD } from '../helpers/security-world'

let app: TestApp
let basics: Awaited<ReturnType<typeof createCommerceBasics>>
const tokens = {} as Record<'sales' | 'catalog' | 'both' | 'pricing' | 'admin', string>

const stored = (id: number) => app.payload.findByID({ collection: 'products', id, overrideAccess: true, depth: 0 })

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  const units = await createUnits(app.payload)
  const products = everyAction('global', ['products'])
  const sales = await createRole(app.payload, 'sales', products, [
    { collection: 'products', field: 'weight', effect: 'hidden' },
    { collection: 'products', field: 'unit', effect: 'readOnly' },
  ])
  const catalog = await createRole(app.payload, 'catalog', products)
  const pricing = await createRole(app.payload, 'pricing-blind', products, [{ collection: 'products', field: 'basePrices.amount', effect: 'hidden' }])
  await createStaffUser(app.payload, 'sales@test.local', [units.a], [sales.id])
  await createStaffUser(app.payload, 'catalog@test.local', [units.a], [catalog.id])
  await createStaffUser(app.payload, 'both@test.local', [units.a], [sales.id, catalog.id])
  await createStaffUser(app.payload, 'pricing@test.local', [units.a], [pricing.id])
  for (const name of ['sales', 'catalog', 'both', 'pricing'] as const) tokens[name] = await app.login(`${name}@test.local`, PASSWORD)
  tokens.admin = await app.login(ADMIN.email, ADMIN.password)
})
afterAll(() => app?.close())

describe('a hidden field', () => {
  it('is absent from REST reads, single and list', async () => {
    const one = await app.rest.get<Product>(`/products/${basics.drill.id}`, { token: tokens.sales })
    expect(one.status).toBe(200)
    expect(one.body).not.toHaveProperty('weight')
    expect(one.body).toMatchObject({ sku: 'DRILL', unit: 'item' })
    const list = await app.rest.get<ListResponse<Product>>('/products', { token: tokens.sales })
    expect(list.body.docs.some((doc: object) => 'weight' in doc)).toBe(false)
  })

  it('reads as null over GraphQL', async () => {
    const { body } = await app.graphql<GraphQLResponse<{ Product: Pick<Product, 'sku' | 'weight' | 'unit'> }>>(`{ Product(id: ${basics.drill.id}) { sku weight unit } }`, undefined, tokens.sales)
    expect(body.data.Product).toEqual({ sku: 'DRILL', weight: null, unit: 'item' })
  })

  it('stays visible to a role without the rule, to a user holding both roles, and to administrators', async () => {
    for (const name of ['catalog', 'both', 'admin'] as const) {
      const response = await app.rest.get<Product>(`/products/${basics.drill.id}`, { token: tokens[name] })
      expect([name, response.body.weight]).toEqual([name, 2])
    }
  })

  it('cannot be used to filter or sort, which would reveal its values', async () => {
    const filtered = await app.rest.get('/products?where[weight][greater_than]=1', { token: tokens.sales })
    expect(filtered.status).toBe(400)
    expect(JSON.stringify(filtered.body)).toMatch(/weight/)
    for (const sort of ['weight', '-weight']) {
      const sorted = await app.rest.get(`/products?sort=${sort}`, { token: tokens.sales })
      expect([sort, sorted.status]).toEqual([sort, 400])
    }
    const control = await app.rest.get<ListResponse<Product>>('/products?where[weight][greater_than]=1', { token: tokens.catalog })
    expect(control.body.docs.map((doc: { sku: string }) => doc.sku)).toEqual(['DRILL'])
  })

  it('is not written by an update, which still saves the other fields', async () => {
    const response = await app.rest.patch(`/products/${basics.drill.id}`, { token: tokens.sales, body: { weight: 99, name: 'Drill (renamed)' } })
    expect(response.status).toBe(200)
    const after = await stored(basics.drill.id)
    expect([after.weight, after.name]).toEqual([2, 'Drill (renamed)'])
  })

  it('hides a field inside an array row when the rule names the nested path', async () => {
    const response = await app.rest.get<WithFields<Product, { basePrices: NonNullable<Product['basePrices']> }>>(`/products/${basics.screw.id}`, { token: tokens.pricing })
    expect(response.body.basePrices).toHaveLength(2)
    for (const row of response.body.basePrices) {
      expect(row).toHaveProperty('currency')
      expect(row).not.toHaveProperty('amount')
    }
  })
})

describe('a read-only field', () => {
  it('is read', async () => {
    const response = await app.rest.get<Product>(`/products/${basics.screw.id}`, { token: tokens.sales })
    expect(response.body.unit).toBe('item')
  })

  it('keeps its stored value when a REST or GraphQL update sends another', async () => {
    const rest = await app.rest.patch(`/products/${basics.screw.id}`, { token: tokens.sales, body: { unit: 'kg' } })
    expect(rest.status).toBe(200)
    expect((await stored(basics.screw.id)).unit).toBe('item')
    const { body } = await app.graphql<GraphQLResponse<{ updateProduct: Pick<Product, 'unit'> }>>(`mutation { updateProduct(id: ${basics.screw.id}, data: { unit: kg }) { unit } }`, undefined, tokens.sales)
    expect(body.data.updateProduct).toEqual({ unit: 'item' })
    expect((await stored(basics.screw.id)).unit).toBe('item')
  })

  it('is changed by a user whose other role does not restrict it', async () => {
    const response = await app.rest.patch<DocResponse<Product>>(`/products/${basics.screw.id}`, { token: tokens.both, body: { unit: 'set' } })
    expect(response.body.doc.unit).toBe('set')
    await app.payload.update({ collection: 'products', id: basics.screw.id, data: { unit: 'item' }, overrideAccess: true })
  })

  it('takes its default on create, as does a hidden one', async () => {
    const response = await app.rest.post<DocResponse<Product>>('/products', { token: tokens.sales, body: { sku: 'NEW-1', name: 'New', unit: 'kg', weight: 5 } })
    expect(response.status).toBe(201)
    const saved = await stored(response.body.doc.id)
    expect([saved.unit, saved.weight]).toEqual(['item', null])
  })
})

/**
 * What /api/access answers for the products' fields: `true` for every permission, else the ones granted (Payload's
 * `SanitizedFieldPermissions` types the shortened object as always carrying all three).
 */
type AccessAnswer = { collections: { products: { fields: Record<string, true | { read?: true; create?: true; update?: true }> } } }

describe('the admin panel learns the same rules', () => {
  it('reports hidden fields as unreadable and read-only fields as not updatable in /api/access', async () => {
    // Payload leaves a permission out when it is false, and shortens a field with every permission to `true`.
    const { body } = await app.rest.get<AccessAnswer>('/access', { token: tokens.sales })
    const fields = body.collections.products.fields
    expect(fields.weight).toBeUndefined()
    expect(fields.unit).toEqual({ read: true })
    expect(fields.name).toBe(true)
    expect(fields.owner).toEqual({ read: true })
    const catalog = (await app.rest.get<AccessAnswer>('/access', { token: tokens.catalog })).body.collections.products.fields
    expect([catalog.weight, catalog.unit]).toEqual([true, true])
  })
})
