/**
 * The listing's price read in one round trip: the buyer's combined list (its customer, group, website links, first
 * found — the order `combinedListOf` in lookup.ts follows) and that list's product-level prices for a page of
 * products, in one statement instead of two. The cart's price stage keeps lookup.ts; both read the same rows.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { executePrepared, idOf, preparedArray, type Id } from '../../../src/kit'
import { readDb } from '../jobs/database'
import { scopeKey } from '../rules/chain'
import { withVisitorsGroup, type BuyerLevel, type CombinedPrice } from './lookup'

/** The product-level prices (no variant's own) of `products` in the buyer's combined list; none without a list. */
export async function listingPricesOf(req: PayloadRequest, level: BuyerLevel, currency: string, products: readonly Id[]): Promise<CombinedPrice[]> {
  if (!products.length) return []
  const { website, customer, customerGroup } = await withVisitorsGroup(req, level)
  const scopes = [
    ...(customer !== null ? [scopeKey({ website, customer, customerGroup: null })] : []),
    ...(customerGroup !== null ? [scopeKey({ website, customerGroup, customer: null })] : []),
    scopeKey({ website, customer: null, customerGroup: null }),
  ]
  const db = await readDb(req)
  const found = await executePrepared(db, sql`
    with scopes as (select ${preparedArray(scopes, 'text')} as list),
    link as (
      select combined_list_id from combined_price_list_links, scopes
      where scope = any(scopes.list) order by array_position(scopes.list, scope) limit 1
    )
    select product_id, unit, min_quantity::text as min_quantity, value, price_list_id from combined_prices
    where combined_list_id = (select combined_list_id from link) and currency = ${currency.toUpperCase()}
      and product_id = any(${preparedArray(products, 'int')}) and variant_id is null
    order by combined_prices.min_quantity`)
  return found.rows.map((row) => ({
    product: Number(row.product_id),
    variant: null,
    unit: String(row.unit),
    minQuantity: String(row.min_quantity),
    value: String(row.value),
    priceList: Number(idOf(row.price_list_id)),
  }))
}
