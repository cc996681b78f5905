/**
 * Reserves an order's planned quantities on all its levels in one statement, all or nothing, in the request's
 * transaction. It replaces one conditional UPDATE per level plus a separate low-stock statement: each statement is
 * a round trip and a wake-up of PostgreSQL, and a checkout paid ~0.15 ms of the app's CPU for each (bench/README.md,
 * session 24).
 *
 * - **Lock order.** The levels are locked first, by id (`for update` above the sort locks in that order), so
 *   concurrent orders over the same levels queue instead of deadlocking.
 * - **The check reads the locked rows.** `for update` hands back each row's newest committed version, the one the
 *   update then changes (PostgreSQL re-reads a row a concurrent transaction changed before updating it), so
 *   the guard — available never below minus the backorder limit on a tracked level — judges what is really there.
 * - **All or nothing.** When any level lacks stock nothing changes and the answer carries every level's available
 *   quantity as it is now; the caller plans again on it. The locks stay held until the order's transaction ends, so
 *   that second plan cannot be overtaken on those levels.
 * - **Low stock.** The flag is set in the same update; a level that crossed its threshold comes back `becameLow`, and
 *   the caller emits `stock.low` once per crossing.
 */
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { executePrepared, idOf, preparedArray, serialIdOf, transactionOf, type Id } from '../../../src/kit'
import { quantityText, toThousandths } from '../rules/quantities'

export type ReservedLevel = {
  level: number
  product: Id | null
  variant: Id | null
  warehouse: Id | null
  /** thousandths, after the reservation when applied, else as it is now */
  available: bigint
  becameLow: boolean
  threshold: number
}

/** `movements`: the ids of the rows the carried insert wrote (none when the reservation was refused). */
export type LevelsReservation = { applied: boolean; levels: Map<number, ReservedLevel>; movements: number[] }

/**
 * `carried`: an insert of the reservation's ledger rows (`insert … select …`, write-movement.ts `carriedMovements`),
 * run by the same statement only when the reservation applies: one round trip for both.
 */
export async function reserveLevels(req: PayloadRequest, totals: ReadonlyArray<{ level: Id; quantity: bigint }>, carried?: SQL): Promise<LevelsReservation> {
  const asked = totals.map((total) => ({ level: serialIdOf(total.level), quantity: quantityText(total.quantity) }))
  if (asked.some((each) => each.level === null)) throw new Error('Inventory levels have serial ids')
  const ids = asked.map((each) => each.level as number)
  const quantities = asked.map((each) => each.quantity)
  const tx = await transactionOf(req, 'a stock reservation')
  const { rows } = await executePrepared(tx, sql`
    with asked as (
      select a.level, a.quantity
        from unnest(${preparedArray(ids, 'int')}, ${preparedArray(quantities, 'numeric')}) as a(level, quantity)),
    locked as materialized (
      select l.id, l.available, l.tracked, l.backorder_limit, l.low_stock
        from inventory_levels l
       where l.id = any(${preparedArray(ids, 'int')})
       order by l.id
         for update),
    verdict as (
      select count(*) = (select count(*) from asked)
             and coalesce(bool_and(not coalesce(k.tracked, true) or k.available - a.quantity >= -coalesce(k.backorder_limit, 0)), false) as ok
        from asked a join locked k on k.id = a.level),
    updated as (
      update inventory_levels l
         set reserved = l.reserved + a.quantity,
             available = l.available - a.quantity,
             low_stock = case when coalesce(l.tracked, true) then l.available - a.quantity <= coalesce(l.low_stock_threshold, 0) else l.low_stock end,
             updated_at = now()
        from asked a
       where l.id = a.level and (select ok from verdict)
      returning l.id, l.product_id, l.variant_id, l.warehouse_id, l.available, l.tracked, l.low_stock, l.low_stock_threshold)${
      carried ? sql`,
    moved as (${carried} where (select ok from verdict) returning id)` : sql``}
    select k.id, (u.id is not null) as applied, coalesce(u.available, k.available) as available, coalesce(k.low_stock, false) as was_low,
           u.tracked, u.low_stock, u.low_stock_threshold, u.product_id, u.variant_id, u.warehouse_id,
           ${carried ? sql`(select coalesce(array_agg(id), '{}') from moved)` : sql`'{}'::int[]`} as movements
      from locked k left join updated u on u.id = k.id`)
  const levels = new Map<number, ReservedLevel>()
  for (const row of rows) {
    levels.set(Number(row.id), {
      level: Number(row.id),
      product: idOf(row.product_id),
      variant: idOf(row.variant_id),
      warehouse: idOf(row.warehouse_id),
      available: toThousandths(row.available),
      becameLow: row.applied === true && row.tracked !== false && row.low_stock === true && row.was_low !== true,
      threshold: Number(row.low_stock_threshold ?? 0),
    })
  }
  const applied = rows.length === asked.length && rows.every((row) => row.applied === true)
  const movements = ((rows[0]?.movements as unknown[] | undefined) ?? []).map(Number)
  return { applied, levels, movements }
}
