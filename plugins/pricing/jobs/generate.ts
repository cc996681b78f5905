/**
 * Generates a rule list's prices (rules/price-rule.ts) in the job's transaction: the products its condition selects,
 * each source price (every tier, unit and currency of a source list; the base or cost price per currency, in the
 * product's unit from 1) through the formula, limited to the list's currencies. Prices entered by hand are kept: a
 * generated price never takes their slot. Then the combined lists and the rules reading this list follow (event).
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { emitDomainEvent, formatDecimal, idOf, minorToPrice, parseDecimal, PRICE_SCALE, toBigInt, type Id } from '../../../src/kit'
import { PRICE_LISTS_SLUG } from '../collections/slugs'
import { PRICES_CHANGED } from '../events'
import { priceSlotOf } from '../hooks/price-slot'
import { applyFormula, matchesCondition, type Condition } from '../rules/price-rule'
import { idArray, transactionDb } from './database'

type Rule = {
  enabled?: boolean | null
  source?: 'basePrice' | 'costPrice' | 'priceList' | null
  sourceList?: unknown
  multiply?: string | null
  add?: string | null
  precision?: number | null
  categories?: unknown[] | null
  brands?: unknown[] | null
  families?: unknown[] | null
  skus?: string[] | null
  attributeValues?: string[] | null
}
type ProductDoc = {
  id: number
  sku: string
  unit?: string | null
  brand?: unknown
  family?: unknown
  categories?: unknown[] | null
  attributeValues?: Array<{ key?: string | null }> | null
  basePrices?: Array<{ currency?: unknown; amount?: number | null }> | null
  costPrice?: { currency?: unknown; amount?: number | null } | null
}
type SourceRow = { product: number; variant: number | null; unit: string; minQuantity: string; currency: string; value: bigint }

const INSERT_BATCH = 2_000
const ids = (values: unknown[] | null | undefined): Id[] => (values ?? []).map(idOf).filter((id): id is Id => id !== null)

async function conditionOf(req: PayloadRequest, rule: Rule): Promise<Condition> {
  const categoryIds = ids(rule.categories)
  const categories = categoryIds.length
    ? await req.payload.find({ collection: 'categories', where: { id: { in: categoryIds } }, pagination: false, depth: 0, select: { path: true }, overrideAccess: true, req })
    : { docs: [] }
  return {
    categoryPaths: categories.docs.map((doc) => String((doc as { path?: string }).path ?? '')).filter(Boolean),
    brands: ids(rule.brands),
    families: ids(rule.families),
    skus: rule.skus ?? [],
    attributeValues: rule.attributeValues ?? [],
  }
}

async function sourceRows(req: PayloadRequest, rule: Rule, products: readonly ProductDoc[]): Promise<SourceRow[]> {
  if (rule.source === 'priceList') {
    const list = idOf(rule.sourceList)
    if (list === null || !products.length) return []
    const db = await transactionDb(req)
    const found = await db.execute(sql`
      select product_id, variant_id, unit, min_quantity::text as min_quantity, currency, value from product_prices
      where price_list_id = ${Number(list)} and product_id = any(${idArray(products.map((product) => product.id))})`)
    return found.rows.map((row) => ({
      product: Number(row.product_id),
      variant: row.variant_id === null ? null : Number(row.variant_id),
      unit: String(row.unit),
      minQuantity: String(row.min_quantity),
      currency: String(row.currency),
      value: parseDecimal(String(row.value), PRICE_SCALE),
    }))
  }
  const currencies = await req.payload.find({ collection: 'currencies', pagination: false, depth: 0, overrideAccess: true, req })
  const byId = new Map(currencies.docs.map((doc) => [String(doc.id), doc as { code: string; minorDigits: number }]))
  return products.flatMap((product) => {
    const amounts = rule.source === 'costPrice' ? (product.costPrice ? [product.costPrice] : []) : (product.basePrices ?? [])
    return amounts.flatMap((amount) => {
      const currency = byId.get(String(idOf(amount.currency)))
      if (!currency || typeof amount.amount !== 'number') return []
      const value = minorToPrice(toBigInt(amount.amount), currency.minorDigits)
      return [{ product: product.id, variant: null, unit: product.unit ?? 'item', minQuantity: '1', currency: currency.code, value }]
    })
  })
}

/** The advisory lock class of rule regenerations (the second key is the price list). */
const REGENERATE_LOCK = 7_301_013

/** Regenerates `list`'s generated prices (for `products` only, or all), in the transaction of `req`. */
export async function regenerateRulePrices(req: PayloadRequest, list: Id, products: readonly Id[] | null): Promise<number> {
  const db = await transactionDb(req)
  // One regeneration of a list at a time, on every node: two at once (a full one and one for a few products) would
  // each delete the generated rows and insert what they read, and the later delete could remove the rows the other
  // wrote after this one had read its sources. Taken first, so everything read below is what the previous one left.
  await db.execute(sql`select pg_advisory_xact_lock(${REGENERATE_LOCK}, ${Number(list)})`)
  const doc = await req.payload.findByID({ collection: PRICE_LISTS_SLUG, id: list, depth: 1, overrideAccess: true, req, disableErrors: true })
  if (!doc) return 0
  const rule = (doc.rule ?? {}) as Rule
  const onlyProducts = products ? sql` and product_id = any(${idArray(products)})` : sql``
  await db.execute(sql`delete from product_prices where price_list_id = ${Number(list)} and generated = true${onlyProducts}`)
  let written = 0
  if (rule.enabled) {
    const condition = await conditionOf(req, rule)
    const found = await req.payload.find({
      collection: 'products',
      where: products ? { id: { in: [...products] } } : {},
      pagination: false,
      depth: 1,
      select: { sku: true, unit: true, brand: true, family: true, categories: true, basePrices: true, costPrice: true, attributeValues: { key: true } },
      populate: { categories: { path: true } },
      overrideAccess: true,
      req,
    })
    const selected = (found.docs as unknown as ProductDoc[]).filter((product) =>
      matchesCondition(
        {
          sku: product.sku,
          brand: idOf(product.brand),
          family: idOf(product.family),
          categoryPaths: (product.categories ?? []).map((category) => (category && typeof category === 'object' && 'path' in category ? String(category.path) : '')),
          attributeKeys: (product.attributeValues ?? []).flatMap((row) => (row.key ? [row.key] : [])),
        },
        condition,
      ),
    )
    const currencies = new Set((doc.currencies ?? []).map((currency) => (typeof currency === 'object' && currency ? String(currency.code) : '')).filter(Boolean))
    const formula = { multiply: rule.multiply ?? '1', add: rule.add ?? '0', precision: rule.precision ?? 2 }
    const rows = (await sourceRows(req, rule, selected)).flatMap((row) => {
      if (currencies.size && !currencies.has(row.currency)) return []
      const value = applyFormula(row.value, formula)
      return value === null ? [] : [{ ...row, value: formatDecimal(value, PRICE_SCALE) }]
    })
    for (let start = 0; start < rows.length; start += INSERT_BATCH) {
      const values = rows.slice(start, start + INSERT_BATCH).map((row) => {
        const slot = priceSlotOf({ priceList: list, product: row.product, variant: row.variant, unit: row.unit, minQuantity: row.minQuantity, currency: row.currency })
        return sql`(${Number(list)}, ${row.product}, ${row.variant}, ${row.unit}, ${row.minQuantity}::numeric, ${row.currency}, ${row.value}, ${slot}, true, now(), now())`
      })
      // a slot priced by hand keeps its price: the unique slot turns the generated row away
      const inserted = await db.execute(sql`
        insert into product_prices (price_list_id, product_id, variant_id, unit, min_quantity, currency, value, slot, generated, updated_at, created_at)
        values ${sql.join(values, sql`, `)} on conflict (slot) do nothing returning id`)
      written += inserted.rows.length
    }
  }
  await emitDomainEvent(req, PRICES_CHANGED, { priceLists: [list], products: products ? [...products] : null })
  return written
}

/** The lists whose enabled rule reads one of `sources` (their prices follow a change there). */
export async function listsReading(req: PayloadRequest, sources: readonly Id[]): Promise<Id[]> {
  if (!sources.length) return []
  const found = await req.payload.find({
    collection: PRICE_LISTS_SLUG,
    where: { and: [{ 'rule.enabled': { equals: true } }, { 'rule.source': { equals: 'priceList' } }, { 'rule.sourceList': { in: [...sources] } }] },
    pagination: false,
    depth: 0,
    select: {},
    overrideAccess: true,
    req,
  })
  return found.docs.map((doc) => doc.id)
}

/** Every list with an enabled rule. */
export async function ruleLists(req: PayloadRequest): Promise<Id[]> {
  const found = await req.payload.find({ collection: PRICE_LISTS_SLUG, where: { 'rule.enabled': { equals: true } }, pagination: false, depth: 0, select: {}, overrideAccess: true, req })
  return found.docs.map((doc) => doc.id)
}
