/**
 * The reads every price answer makes (the price stage, the product listing): which combined list a buyer uses (its
 * customer, group, website links, first found: rules/chain.ts `chainScopes`) and that list's prices for a page of
 * products, each one indexed SQL query. Nothing here computes a chain.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { cachedPerRequest, executePrepared, idOf, preparedArray, readAlone, type Id, type SqlRead } from '../../../src/kit'
import { readDb } from '../jobs/database'
import { loadPricingSettings } from '../jobs/world'
import { scopeKey } from '../rules/chain'

export type BuyerLevel = { website: Id; customer: Id | null; customerGroup: Id | null }
export type CombinedPrice = { product: Id; variant: Id | null; unit: string; minQuantity: string; value: string; priceList: Id }

/** A visitor (no customer) prices as the settings' visitors' group. */
export async function withVisitorsGroup(req: PayloadRequest, level: BuyerLevel): Promise<BuyerLevel> {
  if (level.customer !== null) return level
  const settings = await cachedPerRequest(req, 'pricing:settings', () => loadPricingSettings(req))
  return { ...level, customerGroup: settings.visitorsGroup }
}

/** The scopes of a buyer's chain, first found wins: its customer, its group, its website (rules/chain.ts `scopeKey`). */
export async function scopesOf(req: PayloadRequest, level: BuyerLevel): Promise<string[]> {
  const { website, customer, customerGroup } = await withVisitorsGroup(req, level)
  return [
    ...(customer !== null ? [scopeKey({ website, customer, customerGroup: null })] : []),
    ...(customerGroup !== null ? [scopeKey({ website, customerGroup, customer: null })] : []),
    scopeKey({ website, customer: null, customerGroup: null }),
  ]
}

export async function combinedListOf(req: PayloadRequest, level: BuyerLevel): Promise<number | null> {
  const scopes = await scopesOf(req, level)
  const db = await readDb(req)
  const found = await executePrepared(db, sql`select scope, combined_list_id from combined_price_list_links where scope = any(${preparedArray(scopes, 'text')})`)
  const byScope = new Map(found.rows.map((row) => [String(row.scope), row.combined_list_id === null ? null : Number(row.combined_list_id)]))
  const first = scopes.find((scope) => byScope.has(scope))
  return first === undefined ? null : (byScope.get(first) ?? null)
}

export async function combinedPricesOf(req: PayloadRequest, list: number, currency: string, products: readonly Id[]): Promise<CombinedPrice[]> {
  if (!products.length) return []
  const db = await readDb(req)
  const found = await executePrepared(db, sql`
    select product_id, variant_id, unit, min_quantity::text as min_quantity, value, price_list_id from combined_prices
    where combined_list_id = ${list} and currency = ${currency.toUpperCase()} and product_id = any(${preparedArray(products, 'int')})
    order by combined_prices.min_quantity`)
  return found.rows.map(priceOf)
}

const priceOf = (row: Record<string, unknown>): CombinedPrice => ({
  product: Number(row.product_id),
  variant: idOf(row.variant_id),
  unit: String(row.unit),
  minQuantity: String(row.min_quantity),
  value: String(row.value),
  priceList: Number(row.price_list_id),
})

export type BuyerPrices = { list: number | null; prices: CombinedPrice[] }

/**
 * The read of `buyerPricesOf` for a buyer's `scopes`, to run alone or in one statement with other reads (kit
 * `readTogether`; its rows come through JSON, so the value is read as text to stay exact).
 */
export function buyerPricesRead(scopes: readonly string[], currency: string, products: readonly Id[]): SqlRead<BuyerPrices> {
  const query = sql`
    with list as (
      select l.combined_list_id from combined_price_list_links l
      join unnest(${preparedArray(scopes, 'text')}) with ordinality as s(scope, position) on s.scope = l.scope
      order by s.position limit 1)
    select (select combined_list_id from list) as list, p.product_id, p.variant_id, p.unit, p.min_quantity::text as min_quantity,
      p.value::text as value, p.price_list_id
    from (select 1) as one
    left join combined_prices p on p.combined_list_id = (select combined_list_id from list)
      and p.currency = ${currency.toUpperCase()} and p.product_id = any(${preparedArray(products, 'int')})
    order by p.min_quantity`
  return {
    query,
    parse: (rows) => {
      const list = rows[0]?.list
      if (list === null || list === undefined) return { list: null, prices: [] }
      return { list: Number(list), prices: rows.filter((row) => row.product_id !== null).map(priceOf) }
    },
  }
}

/**
 * `combinedListOf` and `combinedPricesOf` in one round trip (the price stage's, when the calculation did not read it
 * ahead): the buyer's combined list (null when its chain has none) and that list's prices of `products` in `currency`.
 */
export async function buyerPricesOf(req: PayloadRequest, level: BuyerLevel, currency: string, products: readonly Id[]): Promise<BuyerPrices> {
  return readAlone(req, buyerPricesRead(await scopesOf(req, level), currency, products))
}

/** The tiers a line of `product` (and `variant`) in `unit` chooses from: the variant's own, else the product's. */
export function tiersOf(prices: readonly CombinedPrice[], product: Id, variant: Id | null, unit: string): CombinedPrice[] {
  const forUnit = prices.filter((price) => String(price.product) === String(product) && price.unit === unit)
  const own = variant === null ? [] : forUnit.filter((price) => price.variant !== null && String(price.variant) === String(variant))
  return own.length ? own : forUnit.filter((price) => price.variant === null)
}
