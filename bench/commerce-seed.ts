/**
 * The commerce part of the benchmark dataset (issues 12 item 11, 13 item 13, 8 item 9), loaded by the dataset child
 * after the products:
 * - pricing: 100 price lists; every list prices every product (10,000 products: 1,000,000 prices) in one set-based
 *   `INSERT … SELECT` over the products table, never the API; 20 customer groups; 1,000 customers spread over them,
 *   each with its own assignment. The website has lists 1-2, group g list 3+g, and customer i list 23 + (i mod 78)
 *   while its group is (i mod 78) mod 20, so every list is assigned and equal chains share one combined list
 *   (78 customer chains, 20 group chains, the website's: 99 combined lists of 10,000 prices). Then one full rebuild of
 *   every combined list (the pricing plugin's own code, timed).
 * - promotions: 50 running promotions of every kind, about a third of them applying to the 20-line cart.
 * - taxes: 200 tax rules (50 US states, 60 New York localities by ZIP range, 27 EU countries × 2, New York
 *   product-code rules), so a Manhattan address reads and matches the New York ones.
 * Reference rows (lists, groups, promotions, tax rules) go through the local API so their hooks run; customers and
 * assignments through the adapter (`payload.db.create`, no hooks), so none of the 1,000 queues a rebuild of its own.
 */
import type pg from 'pg'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { rebuildCombinedLists } from '../plugins/pricing/jobs/rebuild'

export const PRICE_LISTS = 100
export const GROUPS = 20
export const CUSTOMERS = 1000
export const PROMOTIONS = 50
export const CART_LINES = 20
const WEBSITE_LISTS = 2
const CUSTOMER_LISTS = PRICE_LISTS - WEBSITE_LISTS - GROUPS

export type CommerceSummary = {
  priceLists: number
  prices: number
  customers: number
  groups: number
  assignments: number
  combinedLists: number
  combinedPrices: number
  promotions: number
  taxRules: number
  /** the buyer every commerce target prices for: a customer with its own list, in a group, on the website */
  customerId: number
  customerGroupId: number
  websiteId: number
  /** every bench customer, for the checkout's buyers */
  customerIds: number[]
  /** the cart of the price target: 20 simple products the promotions name */
  cartProductIds: number[]
  /** a price of the buyer's own list, for the edit-and-poll target: its product shows that list's price */
  editablePrice: { id: number; product: number; value: string }
  timings: { pricesMs: number; customersMs: number; rebuildMs: number; promotionsMs: number; taxesMs: number }
}

const local = { overrideAccess: true, depth: 0 } as const
const since = (start: number) => Date.now() - start

async function inChunks<T>(items: readonly T[], size: number, each: (item: T) => Promise<unknown>): Promise<void> {
  for (let index = 0; index < items.length; index += size) await Promise.all(items.slice(index, index + size).map(each))
}

/** 1,000,000 prices in one statement: each list prices each product at 80-119 % of its base price, one tier from 1. */
async function insertPrices(client: pg.Client, lists: readonly number[]): Promise<number> {
  // slot = list|product|variant|unit|minQuantity (×1000, QUANTITY_SCALE)|currency, as hooks/price-slot.ts writes it
  const result = await client.query(
    `insert into product_prices (price_list_id, product_id, unit, min_quantity, currency, value, slot, generated, updated_at, created_at)
     select l.id, p.id, coalesce(p.unit::text, 'item'), 1, 'USD',
       to_char(round(bp.amount / 100.0 * (0.80 + (l.ord % 40) * 0.01), 4), 'FM999999990.0000'),
       l.id || '|' || p.id || '||' || coalesce(p.unit::text, 'item') || '|1000|USD', false, now(), now()
     from unnest($1::int[]) with ordinality as l(id, ord)
     cross join products p
     join products_base_prices bp on bp._parent_id = p.id`,
    [lists],
  )
  return result.rowCount ?? 0
}

async function seedPricing(payload: Payload, client: pg.Client, website: number) {
  let start = Date.now()
  const lists: number[] = []
  for (let index = 1; index <= PRICE_LISTS; index += 1) {
    lists.push((await payload.create({ collection: 'price-lists', data: { name: `Bench list ${index}`, active: true } as never, ...local })).id as number)
  }
  const prices = await insertPrices(client, lists)
  const pricesMs = since(start)

  start = Date.now()
  const groups: number[] = []
  for (let index = 0; index < GROUPS; index += 1) {
    groups.push((await payload.create({ collection: 'customer-groups', data: { name: `Bench group ${index + 1}`, code: `bench-g${index + 1}` }, ...local })).id as number)
  }
  const assignments: Array<Record<string, unknown>> = [
    ...lists.slice(0, WEBSITE_LISTS).map((priceList, sortOrder) => ({ priceList, website, sortOrder, mergeAllowed: true })),
    ...groups.map((customerGroup, index) => ({ priceList: lists[WEBSITE_LISTS + index], website, customerGroup, sortOrder: 0, mergeAllowed: true })),
  ]
  const customers: number[] = []
  const indexes = Array.from({ length: CUSTOMERS }, (_, index) => index)
  await inChunks(indexes, 20, async (index) => {
    const own = index % CUSTOMER_LISTS
    const created = await payload.db.create({ collection: 'customers', data: { name: `Bench customer ${index + 1}`, code: `BENCH-C${index + 1}`, group: groups[own % GROUPS] } })
    customers[index] = created.id as number
    assignments.push({ priceList: lists[WEBSITE_LISTS + GROUPS + own], website, customer: created.id, sortOrder: 0, mergeAllowed: true })
  })
  await inChunks(assignments, 20, (data) => payload.db.create({ collection: 'price-list-assignments', data, returning: false }))
  const customersMs = since(start)
  // the lists and groups created above queued chain refreshes; the one full rebuild below replaces them all
  await client.query(`delete from payload_jobs where completed_at is null`)

  start = Date.now()
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    await rebuildCombinedLists(req, { kind: 'chains' })
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  const rebuildMs = since(start)
  const combined = await client.query(`select count(*)::int as lists, coalesce(sum(price_count), 0)::int as prices from combined_price_lists`)

  const customerId = customers[0]
  const ownList = lists[WEBSITE_LISTS + GROUPS]
  return { lists, prices, customers, groups, assignments: assignments.length, customerId, ownList, combined: combined.rows[0] as { lists: number; prices: number }, timings: { pricesMs, customersMs, rebuildMs } }
}

/** 50 promotions of every kind (bench/promotions.ts before it was folded in here). */
async function seedPromotions(payload: Payload, website: number, group: number, skus: readonly string[]): Promise<number> {
  const segment = (from: number) => [0, 1, 2].map((offset) => skus[(from + offset) % skus.length]).join(',')
  const kinds: Array<(index: number) => Record<string, unknown>> = [
    (index) => ({ conditions: [{ blockType: 'productSegment', skus: segment(index) }], action: [{ blockType: 'linePercent', percent: '5' }] }),
    () => ({ conditions: [{ blockType: 'subtotalAtLeast', amount: 1000 }], action: [{ blockType: 'orderPercent', percent: '2' }] }),
    (index) => ({ conditions: [{ blockType: 'productSegment', skus: segment(index) }], action: [{ blockType: 'buyXGetY', buy: 3, get: 1, percent: '50' }] }),
    () => ({ conditions: [{ blockType: 'quantityAtLeast', quantity: 10 }], action: [{ blockType: 'lineFixed', amount: 1, per: 'line' }] }),
    () => ({ customerGroups: [group], action: [{ blockType: 'orderFixed', amount: 100 }] }),
    () => ({ conditions: [{ blockType: 'subtotalAtLeast', amount: 100_000_000 }], action: [{ blockType: 'orderPercent', percent: '50' }] }),
    () => ({ conditions: [{ blockType: 'website', websites: [website] }, { blockType: 'currency', currencies: 'USD' }, { blockType: 'firstOrder' }], action: [{ blockType: 'orderPercent', percent: '1' }] }),
    () => ({ couponRequired: true, action: [{ blockType: 'orderPercent', percent: '10' }] }),
  ]
  for (let index = 0; index < PROMOTIONS; index += 1) {
    await payload.create({ collection: 'promotions', data: { name: `Bench promotion ${index + 1}`, priority: index, ...kinds[index % kinds.length](index) } as never, ...local })
  }
  return PROMOTIONS
}

const US_STATES = 'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(' ')
const EU = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ')
export const MANHATTAN = { country: 'US', region: 'NY', postalCode: '10001', city: 'New York' }

/** 200 tax rules (bench/taxes.ts before it was folded in here). */
async function seedTaxes(payload: Payload): Promise<number> {
  const codes = new Map<string, number>()
  for (const code of ['standard', 'clothing', 'food', 'reduced']) {
    codes.set(code, (await payload.create({ collection: 'tax-codes', data: { code, kind: 'product' } as never, ...local })).id as number)
  }
  let rules = 0
  const area = async (data: { code: string; country: string; region?: string; zipCodes?: Array<{ zip: string }> }) =>
    (await payload.create({ collection: 'tax-jurisdictions', data: data as never, ...local })).id as number
  const rule = async (code: string, jurisdiction: number, rate: string, productTaxCode?: number) => {
    await payload.create({ collection: 'tax-rules', data: { code, jurisdiction, rate, productTaxCode } as never, ...local })
    rules += 1
  }
  const states = new Map<string, number>()
  for (const [index, state] of US_STATES.entries()) {
    states.set(state, await area({ code: `US-${state}`, country: 'US', region: state }))
    await rule(`${state} State`, states.get(state)!, (4 + (index % 4)).toString())
  }
  // 60 New York localities, each a ZIP range; Manhattan's 10001-10292 is one of them
  for (let index = 0; index < 60; index += 1) {
    const from = 10001 + index * 300
    const zip = index === 0 ? '10001-10292' : `${from}-${from + 299}`
    await rule(`NY local ${index}`, await area({ code: `US-NY-L${index}`, country: 'US', region: 'NY', zipCodes: [{ zip }, { zip: `1${index.toString().padStart(2, '0')}9*` }] }), '4.5')
  }
  for (const country of EU) {
    const id = await area({ code: country, country })
    await rule(`${country} VAT`, id, '20')
    await rule(`${country} VAT reduced`, id, '7', codes.get('reduced'))
  }
  for (let index = 0; rules < 200; index += 1) {
    const code = ['clothing', 'food', 'reduced'][index % 3]
    await rule(`NY ${code} ${index}`, states.get('NY')!, `0.${(index % 9) + 1}`, codes.get(code))
  }
  return rules
}

export async function seedCommerce(payload: Payload, client: pg.Client, website: number): Promise<CommerceSummary> {
  const pricing = await seedPricing(payload, client, website)
  const cart = await client.query(`select id, sku from products where type = 'simple' order by id limit ${CART_LINES}`)
  const cartProductIds = cart.rows.map((row) => Number(row.id))
  let start = Date.now()
  const promotions = await seedPromotions(payload, website, pricing.groups[0], cart.rows.map((row) => String(row.sku)))
  const promotionsMs = since(start)
  start = Date.now()
  const taxRules = await seedTaxes(payload)
  const taxesMs = since(start)
  await client.query(`delete from payload_jobs where completed_at is null`)
  const editable = await client.query(`select id, product_id, value from product_prices where price_list_id = $1 and product_id = $2`, [pricing.ownList, cartProductIds[0]])
  return {
    priceLists: pricing.lists.length,
    prices: pricing.prices,
    customers: pricing.customers.length,
    groups: pricing.groups.length,
    assignments: pricing.assignments,
    combinedLists: pricing.combined.lists,
    combinedPrices: pricing.combined.prices,
    promotions,
    taxRules,
    customerId: pricing.customerId,
    customerGroupId: pricing.groups[0],
    websiteId: website,
    customerIds: pricing.customers,
    cartProductIds,
    editablePrice: { id: Number(editable.rows[0].id), product: Number(editable.rows[0].product_id), value: String(editable.rows[0].value) },
    timings: { ...pricing.timings, promotionsMs, taxesMs },
  }
}
