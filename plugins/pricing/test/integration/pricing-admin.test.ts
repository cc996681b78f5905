/** What the pricing admin reads and writes (item 7): effective lists, bulk adjust, a product's prices in every list. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ADMIN, CLERK, createCommerceBasics, createStaff } from '../../../../test/helpers/fixtures'
import type { GraphQLResponse, ValidationErrorResponse } from '../../../../test/helpers/api-types'
import { startTestApp, type TestApp } from '../../../../test/helpers/payload'
import { drainJobs } from '../../../../test/helpers/drain-jobs'

type Effective = { websites: Array<{ id: number; name: string | null; lists: Array<{ id: number; name: string | null; mergeAllowed: boolean; level: string }> }> }

const local = { overrideAccess: true, depth: 0 } as const
const PASSWORD = 'storefront-password'

let app: TestApp
let token: string
let basics: Awaited<ReturnType<typeof createCommerceBasics>>
let group: { id: number }
let lists: Record<'retail' | 'trade' | 'contract' | 'fallback', { id: number }>

const price = (list: { id: number }, product: number, value: string, currency = 'USD') =>
  app.payload.create({ collection: 'product-prices', data: { priceList: list.id, product, unit: 'item', minQuantity: 1, currency, value }, ...local })

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  token = await app.login(ADMIN.email, ADMIN.password)
  group = await app.payload.create({ collection: 'customer-groups', data: { name: 'Trade', code: 'TRADE' }, ...local })
  await app.payload.update({ collection: 'customers', id: basics.customer.id, data: { group: group.id }, ...local })
  const list = (name: string) => app.payload.create({ collection: 'price-lists', data: { name, currencies: [basics.usd.id] }, ...local })
  lists = { retail: await list('Retail'), trade: await list('Trade'), contract: await list('ACME contract'), fallback: await list('Fallback') }
  const assign = (priceList: { id: number }, extra: Record<string, unknown>) =>
    app.payload.create({ collection: 'price-list-assignments', data: { priceList: priceList.id, website: basics.website.id, sortOrder: 1, ...extra }, ...local })
  await assign(lists.retail, {})
  await assign(lists.trade, { customerGroup: group.id })
  await assign(lists.contract, { customer: basics.customer.id, mergeAllowed: false })
  await app.payload.updateGlobal({ slug: 'pricing-settings', data: { defaultLists: [{ priceList: lists.fallback.id, mergeAllowed: true }] }, ...local })
  await price(lists.retail, basics.screw.id, '1.99')
  await price(lists.retail, basics.drill.id, '120.00')
  await price(lists.retail, basics.screw.id, '0.700', 'KWD')
  await price(lists.contract, basics.drill.id, '110.00')
  await app.payload.create({ collection: 'customer-users', data: { email: 'buyer@acme.test', password: PASSWORD, firstName: 'A', lastName: 'B', customer: basics.customer.id }, ...local })
  await drainJobs(app.payload)
}, 120_000)
afterAll(() => app?.close())

describe('effective price lists (a customer’s and a group’s view)', () => {
  it('lists a customer’s lists in chain order with their levels: contract (no merging), trade, retail, the configuration’s', async () => {
    const response = await app.rest.get<Effective>(`/price-lists/effective?customer=${basics.customer.id}`, { token })
    expect(response.status).toBe(200)
    expect(response.body.websites).toEqual([
      {
        id: basics.website.id,
        name: 'Test store',
        lists: [
          { id: lists.contract.id, name: 'ACME contract', mergeAllowed: false, level: 'customer' },
          { id: lists.trade.id, name: 'Trade', mergeAllowed: true, level: 'group' },
          { id: lists.retail.id, name: 'Retail', mergeAllowed: true, level: 'website' },
          { id: lists.fallback.id, name: 'Fallback', mergeAllowed: true, level: 'config' },
        ],
      },
    ])
  })

  it('lists a group’s from its own level, and follows a fallback that stops at the group', async () => {
    const levels = async () => (await app.rest.get<Effective>(`/price-lists/effective?customerGroup=${group.id}`, { token })).body.websites[0].lists.map((list) => list.level)
    expect(await levels()).toEqual(['group', 'website', 'config'])
    await app.payload.update({ collection: 'customer-groups', id: group.id, data: { priceListFallback: 'currentGroupOnly' }, ...local })
    expect(await levels()).toEqual(['group'])
    await app.payload.update({ collection: 'customer-groups', id: group.id, data: { priceListFallback: 'website' }, ...local })
  })

  it('answers 400 naming customer without a buyer, 404 for an unknown one, 403 to storefront users', async () => {
    const missing = await app.rest.get<ValidationErrorResponse>('/price-lists/effective', { token })
    expect([missing.status, missing.body.errors[0].data.errors[0].path]).toEqual([400, 'customer'])
    expect((await app.rest.get('/price-lists/effective?customer=999999', { token })).status).toBe(404)
    const buyer = await app.login('buyer@acme.test', PASSWORD, 'customer-users')
    expect((await app.rest.get(`/price-lists/effective?customer=${basics.customer.id}`, { token: buyer })).status).toBe(403)
  })
})

describe('adjusting a list’s prices by a percentage', () => {
  const retailValues = async () =>
    (await app.payload.find({ collection: 'product-prices', where: { priceList: { equals: lists.retail.id } }, sort: 'id', ...local })).docs.map((doc) => [doc.currency, doc.value])

  it('raises the USD prices whose SKU contains "scr" by 10 % (1.99 → 2.19), leaves the rest, and rebuilds what buyers see', async () => {
    const response = await app.rest.post<{ updated: number }>(`/price-lists/${lists.retail.id}/adjust-prices`, { token, body: { percent: '10', sku: 'scr', currency: 'usd' } })
    expect(response.body).toEqual({ updated: 1 })
    expect(await retailValues()).toEqual([
      ['USD', '2.1900'],
      ['USD', '120.00'],
      ['KWD', '0.700'],
    ])
    await drainJobs(app.payload)
    const visitor = await app.rest.post<{ lines: Array<{ unitPrice: string }> }>('/commerce/price', { body: { currency: 'USD', lines: [{ product: basics.screw.id, quantity: 1 }] } })
    expect(visitor.body.lines[0].unitPrice).toBe('2.1900')
  })

  it('refuses a percent with three decimals or one that would make a price negative (400 naming percent), writing nothing', async () => {
    for (const percent of ['1.125', '-101']) {
      const response = await app.rest.post<ValidationErrorResponse>(`/price-lists/${lists.retail.id}/adjust-prices`, { token, body: { percent } })
      expect([response.status, response.body.errors[0].data.errors[0].path]).toEqual([400, 'percent'])
    }
    expect((await retailValues()).map((row) => row[1])).toEqual(['2.1900', '120.00', '0.700'])
  })

  it('is for staff who may update every price: a clerk without roles gets 403, an unknown list 404', async () => {
    const clerk = await app.login(CLERK.email, CLERK.password)
    expect((await app.rest.post(`/price-lists/${lists.retail.id}/adjust-prices`, { token: clerk, body: { percent: '5' } })).status).toBe(403)
    expect((await app.rest.post('/price-lists/999999/adjust-prices', { token, body: { percent: '5' } })).status).toBe(404)
  })
})

describe('the price a chosen customer pays (the product sidebar asks POST /commerce/price)', () => {
  it('prices a product sold by the set in its own unit when the line names none: 5.00 a set, not the base price', async () => {
    const box = await app.payload.create({ collection: 'products', data: { sku: 'BOX', name: 'Box of screws', status: 'active', unit: 'set', basePrices: [{ currency: basics.usd.id, amount: 900 }] }, ...local })
    await price(lists.retail, box.id, '5.00').then((row) => app.payload.update({ collection: 'product-prices', id: row.id, data: { unit: 'set' }, ...local }))
    await drainJobs(app.payload)
    const quote = await app.rest.post<{ lines: Array<{ unitPrice: string; priceList: number | null }> }>('/commerce/price', {
      token,
      body: { customer: basics.customer.id, currency: 'USD', lines: [{ product: box.id, quantity: 2 }] },
    })
    expect(quote.body.lines[0]).toMatchObject({ unitPrice: '5.0000', priceList: lists.retail.id })
  })
})

describe('a product’s prices in every list (its Prices tab)', () => {
  it('joins the drill’s prices from Retail and the contract for staff, over REST and GraphQL', async () => {
    const product = await app.rest.get<{ prices: { docs: Array<{ priceList: number; value: string }> } }>(`/products/${basics.drill.id}?depth=1`, { token })
    expect(product.body.prices.docs.map((doc) => [doc.priceList, doc.value]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [lists.retail.id, '120.00'],
      [lists.contract.id, '110.00'],
    ])
    const graphql = await app.graphql<GraphQLResponse<{ Product: { prices: { docs: Array<{ value: string }> } } }>>(`{ Product(id: ${basics.drill.id}) { prices { docs { value } } } }`, undefined, token)
    expect(graphql.body.data?.Product.prices.docs.map((doc) => doc.value).sort()).toEqual(['110.00', '120.00'])
  })

  it('shows storefront users and visitors none of them', async () => {
    const buyer = await app.login('buyer@acme.test', PASSWORD, 'customer-users')
    for (const as of [buyer, undefined]) {
      const product = await app.rest.get<{ prices?: { docs: unknown[] } }>(`/products/${basics.drill.id}?depth=1`, { token: as })
      expect(product.status).toBe(200)
      expect(product.body.prices?.docs ?? []).toEqual([])
    }
  })
})
