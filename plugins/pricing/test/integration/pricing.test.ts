import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DataFromCollectionSlug } from 'payload'

import { createCatalogBasics } from '../../../../test/helpers/catalog'
import { ADMIN, CLERK, createCommerceBasics, createStaff } from '../../../../test/helpers/fixtures'
import type { DocResponse, ErrorResponse, GraphQLResponse, ValidationErrorResponse } from '../../../../test/helpers/api-types'
import { startTestApp, type TestApp } from '../../../../test/helpers/payload'
import { drainJobs } from '../../../../test/helpers/drain-jobs'
import { createRole, createStaffUser, createUnits, PASSWORD as STAFF_PASSWORD } from '../../../../test/helpers/security-world'

type PriceList = DataFromCollectionSlug<'price-lists'>
type ProductPrice = DataFromCollectionSlug<'product-prices'>
type PricedLine = { product: number; sku: string; unitPrice: string; priceList: number | null; amount: number }
type PriceAnswer = { currency: string; lines: PricedLine[]; subtotal: number; grandTotal: number }
type ListedPrice = { value: string | null; currency: string; unit: string; priceList: number | null; tiers: Array<{ minQuantity: number; unit: string; value: string }> }
type ProductsAnswer = { docs: Array<{ id: number; sku: string; price: ListedPrice | null }>; totalDocs: number }

const PASSWORD = 'storefront-password'
const local = { overrideAccess: true, depth: 0 } as const

let app: TestApp
let token: string
let basics: Awaited<ReturnType<typeof createCommerceBasics>>
let wholesaleGroup: { id: number }
let groupCustomer: { id: number }
let lists: { default: PriceList; wholesale: PriceList; contract: PriceList }
let buyerToken: string
let bolt: { id: number }
let boltVariant: { id: number }
let catalog: Awaited<ReturnType<typeof createCatalogBasics>>

const runJobs = () => drainJobs(app.payload)

const price = (priceList: PriceList, product: number, value: string, extra: { minQuantity?: number; variant?: number } = {}) =>
  app.payload.create({ collection: 'product-prices', data: { priceList: priceList.id, product, currency: 'USD', unit: 'item', minQuantity: 1, value, ...extra }, ...local })

/** Prices a cart as staff, as `as` (a customer user's token), or as an anonymous visitor (`null`). */
const quote = (body: Record<string, unknown>, as: string | null = token) =>
  app.rest.post<PriceAnswer & ErrorResponse>('/commerce/price', { token: as ?? undefined, body: { currency: 'USD', ...body } })

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  token = await app.login(ADMIN.email, ADMIN.password)
  wholesaleGroup = await app.payload.create({ collection: 'customer-groups', data: { name: 'Wholesale', code: 'WHOLESALE' }, ...local })
  groupCustomer = await app.payload.create({ collection: 'customers', data: { name: 'Bulk Buyers', code: 'BULK', group: wholesaleGroup.id }, ...local })
  await app.payload.update({ collection: 'customers', id: basics.customer.id, data: { group: wholesaleGroup.id }, ...local })
  await app.payload.create({
    collection: 'customer-users',
    data: { email: 'buyer@acme.test', password: PASSWORD, firstName: 'Ann', lastName: 'Buyer', customer: basics.customer.id },
    ...local,
  })
  buyerToken = await app.login('buyer@acme.test', PASSWORD, 'customer-users')
  catalog = await createCatalogBasics(app.payload)
  bolt = await app.payload.create({
    collection: 'products',
    data: { sku: 'BOLT', name: 'Bolt', status: 'active', type: 'configurable', family: catalog.families.fasteners.id, basePrices: [{ currency: basics.usd.id, amount: 50 }] },
    ...local,
  })
  boltVariant = await app.payload.create({
    collection: 'product-variants',
    data: {
      product: bolt.id,
      sku: 'BOLT-M6-20',
      variantValues: [
        { attribute: catalog.attributes.threadSize.id, value: 'm6' },
        { attribute: catalog.attributes.length.id, value: '20' },
      ],
    },
    ...local,
  })
  const list = (name: string) => app.payload.create({ collection: 'price-lists', data: { name, currencies: [basics.usd.id] }, ...local })
  lists = { default: await list('Default'), wholesale: await list('Wholesale'), contract: await list('ACME contract') }
  await price(lists.default, basics.screw.id, '1.00')
  await price(lists.default, basics.drill.id, '120.00')
  await price(lists.default, bolt.id, '0.45')
  await price(lists.wholesale, basics.screw.id, '0.90')
  await price(lists.wholesale, basics.screw.id, '0.80', { minQuantity: 100 })
  await price(lists.contract, basics.screw.id, '0.85')
  await price(lists.contract, basics.screw.id, '0.7015', { minQuantity: 50 })
  await price(lists.contract, bolt.id, '0.40', { variant: boltVariant.id })
  const assign = (priceList: PriceList, data: Record<string, unknown>) =>
    app.payload.create({ collection: 'price-list-assignments', data: { priceList: priceList.id, website: basics.website.id, sortOrder: 1, ...data }, ...local })
  await assign(lists.default, {})
  await assign(lists.wholesale, { customerGroup: wholesaleGroup.id })
  await assign(lists.contract, { customer: basics.customer.id })
  await runJobs()
})
afterAll(() => app?.close())

describe('POST /api/commerce/price resolves each buyer’s combined list', () => {
  it('prices a visitor from the website’s list', async () => {
    const response = await quote({ lines: [{ product: basics.screw.id, quantity: 10 }] }, null)
    expect(response.status).toBe(200)
    expect(response.body.lines[0]).toMatchObject({ unitPrice: '1.0000', priceList: lists.default.id, amount: 1000 })
  })

  it('prices a group’s customer from the group list merged over the website list (0.90; 0.80 from 100; drill 120)', async () => {
    const response = await quote({
      customer: groupCustomer.id,
      lines: [
        { product: basics.screw.id, quantity: 99 },
        { product: basics.screw.id, quantity: 100 },
        { product: basics.drill.id, quantity: 1 },
      ],
    })
    expect(response.body.lines.map((line) => [line.unitPrice, line.priceList])).toEqual([
      ['0.9000', lists.wholesale.id],
      ['0.8000', lists.wholesale.id],
      ['120.0000', lists.default.id],
    ])
  })

  it('prices the contract customer: own tiers first, the group’s 100+ tier merged in, rounded per row (50 × 0.7015 = 35.075 → 35.08)', async () => {
    const response = await quote({
      customer: basics.customer.id,
      lines: [
        { product: basics.screw.id, quantity: 49 },
        { product: basics.screw.id, quantity: 50 },
        { product: basics.screw.id, quantity: 100 },
      ],
    })
    expect(response.body.lines.map((line) => [line.unitPrice, line.priceList, line.amount])).toEqual([
      ['0.8500', lists.contract.id, 4165],
      ['0.7015', lists.contract.id, 3508],
      ['0.8000', lists.wholesale.id, 8000],
    ])
  })

  it('gives a variant its own price, and a variant without one its product’s', async () => {
    const own = await quote({ customer: basics.customer.id, lines: [{ product: bolt.id, variant: boltVariant.id, quantity: 1 }] })
    expect(own.body.lines[0]).toMatchObject({ unitPrice: '0.4000', priceList: lists.contract.id })
    const inherited = await quote({ customer: groupCustomer.id, lines: [{ product: bolt.id, variant: boltVariant.id, quantity: 1 }] })
    expect(inherited.body.lines[0]).toMatchObject({ unitPrice: '0.4500', priceList: lists.default.id })
  })

  it('falls back to the base price without a list price, and answers 400 naming the line without any price', async () => {
    const base = await quote({ lines: [{ product: basics.screw.id, quantity: 1, unit: 'box' }] }, null)
    expect(base.body.lines[0]).toMatchObject({ unitPrice: '1.0100', priceList: null })
    const kwd = await app.rest.post<ValidationErrorResponse>('/commerce/price', { body: { currency: 'KWD', lines: [{ product: basics.screw.id, quantity: 1 }, { product: basics.drill.id, quantity: 1 }] } })
    expect(kwd.status).toBe(400)
    expect(kwd.body.errors[0].data.errors[0].path).toBe('lines.1.product')
  })

  it('gives a customer user its company’s prices and refuses another company (403); staff may name any', async () => {
    const own = await quote({ lines: [{ product: basics.screw.id, quantity: 50 }] }, buyerToken)
    expect(own.body.lines[0].unitPrice).toBe('0.7015')
    const other = await quote({ customer: groupCustomer.id, lines: [{ product: basics.screw.id, quantity: 1 }] }, buyerToken)
    expect(other.status).toBe(403)
    const visitorNaming = await quote({ customer: groupCustomer.id, lines: [{ product: basics.screw.id, quantity: 1 }] }, null)
    expect(visitorNaming.status).toBe(403)
  })

  it('answers 400 naming the field for malformed input, 404 for an unknown customer', async () => {
    const badQuantity = await app.rest.post<ValidationErrorResponse>('/commerce/price', { token, body: { currency: 'USD', lines: [{ product: basics.screw.id, quantity: -1 }] } })
    expect(badQuantity.status).toBe(400)
    expect(badQuantity.body.errors[0].data.errors[0].path).toBe('lines.0.quantity')
    const badCustomer = await app.rest.post<ValidationErrorResponse>('/commerce/price', { token, body: { currency: 'USD', customer: 'abc', lines: [] } })
    expect(badCustomer.status).toBe(400)
    expect(badCustomer.body.errors[0].data.errors[0].path).toBe('customer')
    expect((await quote({ customer: 999999, lines: [{ product: basics.screw.id, quantity: 1 }] })).status).toBe(404)
    expect((await app.rest.post('/commerce/price', { token, body: 'not json' as unknown as Record<string, unknown> })).status).toBe(400)
  })

  it('has a GraphQL twin answering the same', async () => {
    const rest = await quote({ customer: basics.customer.id, lines: [{ product: basics.screw.id, quantity: 50 }] })
    const response = await app.graphql<GraphQLResponse<{ commercePrice: PriceAnswer }>>(
      `mutation ($input: CommerceJSON!) { commercePrice(input: $input) }`,
      { input: { currency: 'USD', customer: basics.customer.id, lines: [{ product: basics.screw.id, quantity: 50 }] } },
      token,
    )
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data?.commercePrice).toEqual(rest.body)
  })
})

describe('GET /api/commerce/products lists each product’s resolved price and tiers', () => {
  it('shows the contract customer’s tiers and the value at ?quantity=', async () => {
    const response = await app.rest.get<ProductsAnswer>(`/commerce/products?customer=${basics.customer.id}&quantity=60&where[sku][equals]=SCREW`, { token })
    expect(response.status).toBe(200)
    expect(response.body.docs[0].price).toEqual({
      value: '0.7015',
      currency: 'USD',
      unit: 'item',
      priceList: lists.contract.id,
      tiers: [
        { minQuantity: 1, unit: 'item', value: '0.85' },
        { minQuantity: 50, unit: 'item', value: '0.7015' },
        { minQuantity: 100, unit: 'item', value: '0.80' },
      ],
    })
  })

  it('shows a customer user its own prices, a visitor the website’s, and the base price where no list has one', async () => {
    const mine = await app.rest.get<ProductsAnswer>('/commerce/products?sort=sku&limit=24', { token: buyerToken })
    const visitor = await app.rest.get<ProductsAnswer>('/commerce/products?sort=sku&limit=24&currency=KWD')
    expect(mine.body.docs.find((doc) => doc.sku === 'SCREW')?.price?.value).toBe('0.85')
    expect(visitor.body.docs.find((doc) => doc.sku === 'SCREW')?.price).toEqual({ value: '0.0350', currency: 'KWD', unit: 'item', priceList: null, tiers: [] })
    expect(visitor.body.docs.find((doc) => doc.sku === 'DRILL')?.price).toBeNull()
    expect((await app.rest.get(`/commerce/products?customer=${groupCustomer.id}`, { token: buyerToken })).status).toBe(403)
  })

  it('refuses a malformed query with 400 naming the field', async () => {
    const response = await app.rest.get<ValidationErrorResponse>('/commerce/products?quantity=abc')
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0].path).toBe('quantity')
    expect((await app.rest.get('/commerce/products?limit=100000')).status).toBe(400)
  })

  it('has a GraphQL twin answering the same', async () => {
    const rest = await app.rest.get<ProductsAnswer>(`/commerce/products?customer=${basics.customer.id}&sort=sku`, { token })
    const response = await app.graphql<GraphQLResponse<{ commerceProducts: ProductsAnswer }>>(
      `query ($customer: ID) { commerceProducts(customer: $customer, sort: "sku") }`,
      { customer: basics.customer.id },
      token,
    )
    expect(response.body.data?.commerceProducts).toEqual(rest.body)
  })
})

describe('prices are precomputed and rebuilt by jobs', () => {
  it('refuses a second price for the same slot with 400 naming the field, and writes nothing', async () => {
    const response = await app.rest.post<ValidationErrorResponse>('/product-prices', {
      token,
      body: { priceList: lists.default.id, product: basics.screw.id, currency: 'usd', minQuantity: 1, value: '2.00' },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0].path).toBe('minQuantity')
  })

  it('serves an edited price once the rebuild job ran, and the old price until then', async () => {
    const screwPrice = (await app.payload.find({ collection: 'product-prices', where: { priceList: { equals: lists.default.id }, product: { equals: basics.screw.id } }, ...local })).docs[0]
    await app.rest.patch<DocResponse<ProductPrice>>(`/product-prices/${screwPrice.id}`, { token, body: { value: '1.10' } })
    expect((await quote({ lines: [{ product: basics.screw.id, quantity: 1 }] }, null)).body.lines[0].unitPrice).toBe('1.0000')
    await runJobs()
    expect((await quote({ lines: [{ product: basics.screw.id, quantity: 1 }] }, null)).body.lines[0].unitPrice).toBe('1.1000')
  })

  it('drops a deactivated list from every chain, and shares one combined list between buyers with the same chain', async () => {
    const combined = await app.payload.find({ collection: 'combined-price-lists', ...local })
    expect(combined.docs.map((doc) => doc.chainKey).sort()).toEqual(
      [`merge:${lists.contract.id},${lists.wholesale.id},${lists.default.id}`, `merge:${lists.default.id}`, `merge:${lists.wholesale.id},${lists.default.id}`].sort(),
    )
    expect(combined.docs.every((doc) => doc.status === 'ready')).toBe(true)
    await app.rest.patch(`/price-lists/${lists.contract.id}`, { token, body: { active: false } })
    await runJobs()
    const after = await quote({ customer: basics.customer.id, lines: [{ product: basics.screw.id, quantity: 50 }] })
    expect(after.body.lines[0]).toMatchObject({ unitPrice: '0.9000', priceList: lists.wholesale.id })
    expect((await app.payload.count({ collection: 'combined-price-lists', ...local })).totalDocs).toBe(2)
    await app.rest.patch(`/price-lists/${lists.contract.id}`, { token, body: { active: true } })
    await runJobs()
  })

  it('follows a fallback: a customer "current customer only" sees only its own list, the rest at base price', async () => {
    await app.rest.patch(`/customers/${basics.customer.id}`, { token, body: { priceListFallback: 'currentCustomerOnly' } })
    await runJobs()
    const response = await quote({ customer: basics.customer.id, lines: [{ product: basics.screw.id, quantity: 100 }, { product: basics.drill.id, quantity: 1 }] })
    expect(response.body.lines.map((line) => [line.unitPrice, line.priceList])).toEqual([
      ['0.7015', lists.contract.id],
      ['129.9900', null],
    ])
    await app.rest.patch(`/customers/${basics.customer.id}`, { token, body: { priceListFallback: 'customerGroup' } })
    await runJobs()
  })

  it('switches to minimal prices from the settings (lowest per slot: 0.85 contract vs 0.90 wholesale vs 1.10 default)', async () => {
    await app.rest.post('/globals/pricing-settings', { token, body: { strategy: 'minimalPrices' } })
    await runJobs()
    const response = await quote({ customer: basics.customer.id, lines: [{ product: basics.screw.id, quantity: 1 }, { product: basics.drill.id, quantity: 1 }] })
    expect(response.body.lines.map((line) => line.unitPrice)).toEqual(['0.8500', '120.0000'])
    await app.rest.post('/globals/pricing-settings', { token, body: { strategy: 'mergeByPriority' } })
    await runJobs()
  })

  it('prices visitors as the settings’ visitors group', async () => {
    await app.rest.post('/globals/pricing-settings', { token, body: { visitorsGroup: wholesaleGroup.id } })
    await runJobs()
    expect((await quote({ lines: [{ product: basics.screw.id, quantity: 1 }] }, null)).body.lines[0].unitPrice).toBe('0.9000')
    await app.rest.post('/globals/pricing-settings', { token, body: { visitorsGroup: null } })
    await runJobs()
  })
})

describe('price lists, prices and assignments are staff data', () => {
  it.each(['price-lists', 'product-prices', 'price-list-assignments', 'combined-price-lists', 'combined-prices'])('%s: anonymous and customer users cannot read it', async (slug) => {
    expect((await app.rest.get(`/${slug}`)).status).toBe(403)
    expect((await app.rest.get(`/${slug}`, { token: buyerToken })).status).toBe(403)
    expect((await app.rest.get(`/${slug}`, { token })).status).toBe(200)
  })

  it('hides them from GraphQL for a customer user, and the settings too', async () => {
    const response = await app.graphql<GraphQLResponse<{ ProductPrices: { docs: unknown[] } | null }>>(`{ ProductPrices { docs { id value } } }`, undefined, buyerToken)
    expect(response.body.data?.ProductPrices ?? null).toBeNull()
    expect((await app.rest.get('/globals/pricing-settings', { token: buyerToken })).status).toBe(403)
  })

  it('obeys staff access levels: a role reading its own lists sees only those; a clerk without roles none', async () => {
    const units = await createUnits(app.payload)
    const role = await createRole(app.payload, 'pricing-clerk', [
      { collection: 'price-lists', read: 'own', create: 'own', update: 'own', delete: 'own' },
      { collection: 'product-prices', read: 'own', create: 'own' },
    ])
    await createStaffUser(app.payload, 'pricer@test.local', [units.a], [role.id])
    const pricer = await app.login('pricer@test.local', STAFF_PASSWORD)
    const created = await app.rest.post<DocResponse<PriceList>>('/price-lists', { token: pricer, body: { name: 'Pricer’s list' } })
    expect(created.status).toBe(201)
    const seen = await app.rest.get<{ docs: PriceList[] }>('/price-lists', { token: pricer })
    expect(seen.body.docs.map((list) => list.name)).toEqual(['Pricer’s list'])
    expect((await app.rest.get(`/price-lists/${lists.default.id}`, { token: pricer })).status).toBe(404)
    const clerk = await app.login(CLERK.email, CLERK.password)
    expect((await app.rest.get('/price-lists', { token: clerk })).status).toBe(403)
  })

  it('refuses an assignment to both a group and a customer (400 naming customer)', async () => {
    const response = await app.rest.post<ValidationErrorResponse>('/price-list-assignments', {
      token,
      body: { priceList: lists.default.id, website: basics.website.id, customerGroup: wholesaleGroup.id, customer: basics.customer.id },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0].path).toBe('customer')
  })
})

describe('price rules generate a list’s prices', () => {
  const pricesOf = async (list: number) =>
    (await app.payload.find({ collection: 'product-prices', where: { priceList: { equals: list } }, sort: 'id', ...local })).docs.map((doc) => [
      doc.product,
      doc.value,
      doc.generated,
    ])

  it('takes 10 % off the base price of the SKUs the condition names, in the list’s currencies (1.01 × 0.9 = 0.909 → 0.91)', async () => {
    const created = await app.rest.post<DocResponse<PriceList>>('/price-lists', {
      token,
      body: { name: 'Base −10 %', currencies: [basics.usd.id], rule: { enabled: true, source: 'basePrice', multiply: '0.9', precision: 2, skus: ['SCREW'] } },
    })
    expect(created.status).toBe(201)
    await runJobs()
    expect(await pricesOf(created.body.doc.id)).toEqual([[basics.screw.id, '0.9100', true]])
  })

  it('keeps a price entered by hand over the generated one, also when the rule changes', async () => {
    const list = (await app.payload.find({ collection: 'price-lists', where: { name: { equals: 'Base −10 %' } }, ...local })).docs[0]
    const manual = await app.rest.post('/product-prices', { token, body: { priceList: list.id, product: basics.screw.id, currency: 'USD', value: '0.50' } })
    expect(manual.status).toBe(201)
    await app.rest.patch(`/price-lists/${list.id}`, { token, body: { rule: { ...list.rule, multiply: '0.8' } } })
    await runJobs()
    expect(await pricesOf(list.id)).toEqual([[basics.screw.id, '0.50', false]])
  })

  it('follows its source list: a list generated from Wholesale (+5, every tier) changes when Wholesale does', async () => {
    const created = await app.rest.post<DocResponse<PriceList>>('/price-lists', {
      token,
      body: { name: 'Wholesale +5', rule: { enabled: true, source: 'priceList', sourceList: lists.wholesale.id, multiply: '1', add: '5', precision: 2 } },
    })
    await runJobs()
    expect((await pricesOf(created.body.doc.id)).map(([, value]) => value).sort()).toEqual(['5.8000', '5.9000'])
    const tier = (await app.payload.find({ collection: 'product-prices', where: { priceList: { equals: lists.wholesale.id }, minQuantity: { equals: 100 } }, ...local })).docs[0]
    await app.rest.patch(`/product-prices/${tier.id}`, { token, body: { value: '0.75' } })
    await runJobs()
    expect((await pricesOf(created.body.doc.id)).map(([, value]) => value).sort()).toEqual(['5.7500', '5.9000'])
  })

  it('selects products by attribute values: M6 screws of steel get −20 %, and a product joins when its values change', async () => {
    const simpleScrew = (sku: string, threadSize: string, material: string, amount: number) =>
      app.payload.create({
        collection: 'products',
        data: {
          sku,
          name: sku,
          status: 'active',
          family: catalog.families.fasteners.id,
          attributeValues: [
            { attribute: catalog.attributes.threadSize.id, value: threadSize },
            { attribute: catalog.attributes.length.id, value: '20' },
            { attribute: catalog.attributes.material.id, value: material },
          ],
          basePrices: [{ currency: basics.usd.id, amount }],
        },
        ...local,
      })
    const m6Steel = await simpleScrew('ATTR-M6-ST', 'm6', 'steel', 200)
    const m4Steel = await simpleScrew('ATTR-M4-ST', 'm4', 'steel', 300)
    await simpleScrew('ATTR-M6-BR', 'm6', 'brass', 400)
    const created = await app.rest.post<DocResponse<PriceList>>('/price-lists', {
      token,
      body: { name: 'M6 steel −20 %', currencies: [basics.usd.id], rule: { enabled: true, source: 'basePrice', multiply: '0.8', precision: 2, attributeValues: ['thread-size:m6', 'material:steel'] } },
    })
    expect(created.status).toBe(201)
    await runJobs()
    // 2.00 × 0.8 = 1.60; the M4 and the brass screw are left out
    expect(await pricesOf(created.body.doc.id)).toEqual([[m6Steel.id, '1.6000', true]])
    await app.rest.patch(`/products/${m4Steel.id}`, {
      token,
      body: { attributeValues: [{ attribute: catalog.attributes.threadSize.id, value: 'm6' }, { attribute: catalog.attributes.length.id, value: '20' }, { attribute: catalog.attributes.material.id, value: 'steel' }] },
    })
    await runJobs()
    expect((await pricesOf(created.body.doc.id)).map(([product, value]) => [product, value])).toEqual([
      [m6Steel.id, '1.6000'],
      [m4Steel.id, '2.4000'],
    ])
    const malformed = await app.rest.patch<ValidationErrorResponse>(`/price-lists/${created.body.doc.id}`, { token, body: { rule: { ...created.body.doc.rule, attributeValues: ['m6'] } } })
    expect([malformed.status, malformed.body.errors[0].data.errors[0].path]).toEqual([400, 'rule.attributeValues'])
  })

  it('refuses a rule that depends on its own list, directly or through another (400 naming rule.sourceList)', async () => {
    const plus5 = (await app.payload.find({ collection: 'price-lists', where: { name: { equals: 'Wholesale +5' } }, ...local })).docs[0]
    const self = await app.rest.patch<ValidationErrorResponse>(`/price-lists/${plus5.id}`, { token, body: { rule: { ...plus5.rule, sourceList: plus5.id } } })
    expect(self.status).toBe(400)
    expect(self.body.errors[0].data.errors[0].path).toBe('rule.sourceList')
    const loop = await app.rest.patch<ValidationErrorResponse>(`/price-lists/${lists.wholesale.id}`, {
      token,
      body: { rule: { enabled: true, source: 'priceList', sourceList: plus5.id } },
    })
    expect(loop.status).toBe(400)
    expect(loop.body.errors[0].data.errors[0].message).toContain(`${lists.wholesale.id} → ${plus5.id} → ${lists.wholesale.id}`)
  })
})
