/**
 * The promotions the discount stage reads, in one hand-written query: their own columns, the compiled blocks and the
 * audience relations aggregated per promotion. Every cart preview, checkout and order runs it; the local API's find
 * of 50 promotions with their relations cost 5-6 ms (measured, bench/profile-price.ts), this query well under 1 ms.
 * The rows come back as the local API would answer them at depth 0 (ids, ISO dates, numbers).
 */
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { sqlReaderOf } from '../../../src/kit'
import type { PromotionRecord } from '../rules/eligibility'

export type PromotionRow = {
  id: number
  name: string
  active: boolean | null
  starts_at: Date | string | null
  ends_at: Date | string | null
  coupon_required: boolean | null
  priority: string | number | null
  stop_further_processing: boolean | null
  exclusive: boolean | null
  usage_limit: string | number | null
  usage_limit_per_customer: string | number | null
  used: string | number | null
  compiled: Pick<PromotionRecord, 'conditions' | 'action'> | null
  websites: number[] | null
  customers: number[] | null
  customer_groups: number[] | null
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString())
const numberOrNull = (value: string | number | null) => (value === null ? null : Number(value))

const related = (path: string, column: SQL) =>
  sql`coalesce((select array_agg(${column} order by r."order") from promotions_rels r where r.parent_id = p.id and r.path = ${path}), '{}')`

/** The columns of the promotions matching `condition` (over `promotions p`), unordered. */
const promotionSelect = (condition: SQL) => sql`
    select p.id, p.name, p.active, p.starts_at, p.ends_at, p.coupon_required, p.priority, p.stop_further_processing, p.exclusive,
      p.usage_limit, p.usage_limit_per_customer, p.used, p.compiled, p.created_at,
      ${related('websites', sql`r.websites_id`)} as websites,
      ${related('customers', sql`r.customers_id`)} as customers,
      ${related('customerGroups', sql`r.customer_groups_id`)} as customer_groups
    from promotions p where ${condition}`

/** By priority, then newest first, as the local API sorts. */
const BY_PRIORITY = sql.raw('priority asc, created_at desc')

/** Promotions matching `condition` (over `promotions p`), by priority (then newest first, as the local API sorts). */
export async function promotionRows(req: PayloadRequest, condition: SQL): Promise<PromotionRecord[]> {
  const reader = await sqlReaderOf(req)
  const { rows } = await reader.execute(sql`select * from (${promotionSelect(condition)}) p order by ${BY_PRIORITY}`)
  return (rows as PromotionRow[]).map(recordOf)
}

/**
 * The rows of `promotionRows` as one JSON array column, to ride along another read (the stage's settings): an
 * expression, not a statement.
 */
export const promotionRowsJson = (condition: SQL) =>
  sql`(select coalesce(json_agg(p order by ${BY_PRIORITY}), '[]'::json) from (${promotionSelect(condition)}) p)`

/** A row of `promotionRows`, or of `promotionRowsJson` parsed (dates then come as ISO strings). */
export function recordOf(row: PromotionRow): PromotionRecord {
  return {
    id: Number(row.id),
    name: row.name,
    active: row.active,
    startsAt: iso(row.starts_at),
    endsAt: iso(row.ends_at),
    websites: (row.websites ?? []).map(Number),
    customers: (row.customers ?? []).map(Number),
    customerGroups: (row.customer_groups ?? []).map(Number),
    couponRequired: row.coupon_required,
    priority: numberOrNull(row.priority),
    stopFurtherProcessing: row.stop_further_processing,
    exclusive: row.exclusive,
    usageLimit: numberOrNull(row.usage_limit),
    usageLimitPerCustomer: numberOrNull(row.usage_limit_per_customer),
    used: numberOrNull(row.used),
    conditions: row.compiled?.conditions ?? [],
    action: row.compiled?.action ?? [],
  }
}

/** The promotions with these ids, running or not. */
export const promotionRowsById = (req: PayloadRequest, ids: readonly number[]) =>
  promotionRows(req, sql`p.id = any(string_to_array(${ids.join(',')}, ',')::int[])`)
