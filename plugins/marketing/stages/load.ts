/** What the promotions stage reads from the database: settings, running promotions, entered coupons, usage counts. */
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { cachedPerRequest, FingerprintedCache, fingerprintCte, idOf, isoTimestampSql, readAlone, serialIdOf, sqlReaderOf, unlessFingerprint, type Id, type JsonRow, type SqlRead } from '../../../src/kit'
import { after, before, type CouponRecord, type PromotionRecord } from '../rules/eligibility'
import { effectiveStacking } from '../rules/settings'
import type { StackingSettings } from '../rules/stacking'
import { promotionRowsJson, recordOf, type PromotionRow } from './promotion-rows'

type StackingDoc = { strategy?: string | null; lineDiscounts?: string | null }

const websiteIdOf = (website: Id | null | undefined) => (website === null || website === undefined ? null : (serialIdOf(website) ?? 0))

/** The global's and the website's stacking settings, as two JSON columns of a read. */
const stackingColumns = (websiteId: number | null) => sql`
    (select json_build_object('strategy', strategy, 'lineDiscounts', line_discounts) from marketing_settings order by id limit 1) as global,
    ${websiteId === null ? sql`null::json` : sql`(select json_build_object('strategy', marketing_strategy, 'lineDiscounts', marketing_line_discounts) from websites where id = ${websiteId})`} as website`

type StackingRow = { global: StackingDoc | null; website: StackingDoc | null }

// a global never saved reads as its defaults, which are the rule's defaults (rules/settings.ts)
const stackingOf = (row: StackingRow | undefined, websiteId: number | null) => effectiveStacking(row?.global ?? null, websiteId === null ? null : (row?.website ?? null))

/** The active promotions (any schedule), as of the fingerprint of the tables they are read from (src/kit/fingerprinted-cache.ts). */
const activePromotions = new FingerprintedCache<PromotionRecord[]>(1)
const PROMOTION_TABLES = ['promotions', 'promotions_rels']

/** Whether the schedule includes `now`: started (or no start) and not yet ended (or no end). */
const runsAt = (promotion: PromotionRecord, now: Date) => !before(promotion.startsAt, now) && !after(promotion.endsAt, now)

/** Everything the stage reads: the settings, the active promotions, the entered coupons with their promotions, usages. */
export type PromotionFacts = {
  stacking: StackingSettings
  /** active promotions, any schedule (`runningAt` keeps those running now) */
  active: PromotionRecord[]
  /** the entered coupons by code */
  coupons: Map<string, CouponRecord>
  /** the entered coupons' promotions by id, running or not (a coupon of an ended promotion has expired) */
  couponPromotions: Map<string, PromotionRecord>
  /** per-customer use counts by key: the entered coupons' and every active promotion's with a per-customer limit */
  usages: Map<string, number>
}

type FactsRow = StackingRow & {
  fingerprint: string
  promotions: PromotionRow[] | null
  coupons: Array<CouponRecord & { promotion: number }>
  coupon_promotions: PromotionRow[]
  usages: Record<string, number | string>
}

/** A text[] parameter of values that may hold commas (coupon codes), as one JSON parameter. */
const textArray = (values: readonly string[]) => sql`(select array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb)))::text[]`

const isoColumn = (column: string) => sql.raw(isoTimestampSql(column))

/** The entered coupons as the local API answers them at depth 0 (ids, ISO dates, numbers). */
const couponsColumn = (codes: SQL) => sql`(select coalesce(json_agg(json_build_object('id', c.id, 'code', c.code, 'promotion', c.promotion_id,
    'active', c.active, 'validFrom', ${isoColumn('c.valid_from')}, 'validUntil', ${isoColumn('c.valid_until')}, 'usageLimit', c.usage_limit,
    'usageLimitPerCustomer', c.usage_limit_per_customer, 'used', c.used) order by c.id), '[]'::json) from coupons c where c.code = any(${codes}))`

/**
 * The customer's use counts: the entered coupons' keys, and the key of every active promotion with a per-customer
 * limit (`promotionCustomerKey`, `couponCustomerKey`; a superset of what the stage asks, which is harmless).
 */
const usagesColumn = (codes: readonly string[], customer: Id) => {
  const couponKeys = textArray(codes.map((code) => couponCustomerKey(code, customer)))
  return sql`(select coalesce(json_object_agg(u.key, u.used), '{}'::json) from promotion_usages u
    where u.key = any(${couponKeys}) or u.key in (select 'promotion:' || p.id || ':customer:' || ${String(customer)}::text from promotions p
      where p.active = true and coalesce(p.usage_limit_per_customer, 0) <> 0))`
}

/**
 * What the stage reads, in one read to run alone or with the calculation's other reads (kit `readTogether`): the
 * stacking settings (the global's, overridden by the website's), the active promotions (any schedule; their rows
 * come only when they changed since this process last read them), the entered coupons with their promotions, and
 * the customer's use counts.
 */
export function promotionFactsRead(website: Id | null | undefined, codes: readonly string[], customer: Id | null | undefined): SqlRead<PromotionFacts> {
  const websiteId = websiteIdOf(website)
  const fingerprint = sql.raw('f.fingerprint')
  const held = activePromotions.held('active')
  const entered = textArray(codes)
  const query = sql`with ${fingerprintCte(PROMOTION_TABLES)}
      select ${stackingColumns(websiteId)}, f.fingerprint,
        ${unlessFingerprint(fingerprint, held?.fingerprint, promotionRowsJson(sql`p.active = true`))} as promotions,
        ${codes.length ? couponsColumn(entered) : sql`'[]'::json`} as coupons,
        ${codes.length ? promotionRowsJson(sql`p.id in (select c.promotion_id from coupons c where c.code = any(${entered}))`) : sql`'[]'::json`} as coupon_promotions,
        ${customer === null || customer === undefined ? sql`'{}'::json` : usagesColumn(codes, customer)} as usages
      from f`
  const parse = (rows: JsonRow[]): PromotionFacts => {
    const row = rows[0] as FactsRow
    const active = activePromotions.settle('active', held, row.fingerprint, row.promotions ? () => row.promotions!.map(recordOf) : null)
    return {
      stacking: stackingOf(row, websiteId),
      active,
      coupons: new Map(row.coupons.map((coupon) => [coupon.code, { ...coupon, promotion: idOf(coupon.promotion) ?? coupon.promotion }])),
      couponPromotions: new Map(row.coupon_promotions.map(recordOf).map((promotion) => [String(promotion.id), promotion])),
      usages: new Map(Object.entries(row.usages).map(([key, used]) => [key, Number(used)])),
    }
  }
  return { query, parse }
}

/** Of the active promotions, those whose schedule includes `now` (the rest of eligibility is rules/eligibility.ts's). */
export const runningAt = (active: readonly PromotionRecord[], now: Date) => active.filter((promotion) => runsAt(promotion, now))

/** `promotionFactsRead` on its own (a calculation that read nothing ahead). */
export const loadPromotionFacts = async (req: PayloadRequest, website: Id | null | undefined, codes: readonly string[], customer: Id | null | undefined) =>
  readAlone(req, promotionFactsRead(website, codes, customer))

export const promotionCustomerKey = (promotion: Id, customer: Id) => `promotion:${promotion}:customer:${customer}`
export const couponCustomerKey = (code: string, customer: Id) => `coupon:${code}:customer:${customer}`

/** The buyer's customer group (one read per request). */
export const loadCustomerGroup = (req: PayloadRequest, customer: Id | null | undefined): Promise<Id | null> =>
  customer === null || customer === undefined
    ? Promise.resolve(null)
    : cachedPerRequest(req, `marketing:group:${customer}`, async () => {
        const reader = await sqlReaderOf(req)
        const { rows } = await reader.execute(sql`select group_id from customers where id = ${serialIdOf(customer) ?? 0}`)
        return idOf((rows[0] as { group_id?: unknown } | undefined)?.group_id) ?? null
      })
