/** What the promotions stage reads from the database: settings, running promotions, entered coupons, usage counts. */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { cachedPerRequest, FingerprintedCache, fingerprintCte, idOf, readAlone, serialIdOf, sqlReaderOf, unlessFingerprint, type Id, type SqlRead } from '../../../src/kit'
import { COUPONS_SLUG } from '../collections/coupons'
import { USAGES_SLUG } from '../collections/promotion-usages'
import { after, before, type CouponRecord, type PromotionRecord } from '../rules/eligibility'
import { effectiveStacking } from '../rules/settings'
import type { StackingSettings } from '../rules/stacking'
import { promotionRowsById, promotionRowsJson, recordOf, type PromotionRow } from './promotion-rows'

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

export type StackingAndActive = { stacking: StackingSettings; active: PromotionRecord[] }

/**
 * The stacking settings (the global's, overridden by the website's) and the active promotions (any schedule), in one
 * read to run alone or with the calculation's other reads (kit `readTogether`): the stage needs both on every
 * calculation. The promotions' rows come only when they changed since this process last read them.
 */
export function stackingAndActiveRead(website: Id | null | undefined): SqlRead<StackingAndActive> {
  const websiteId = websiteIdOf(website)
  const fingerprint = sql.raw('f.fingerprint')
  const held = activePromotions.held('active')
  return {
    query: sql`with ${fingerprintCte(PROMOTION_TABLES)}
      select ${stackingColumns(websiteId)}, f.fingerprint,
        ${unlessFingerprint(fingerprint, held?.fingerprint, promotionRowsJson(sql`p.active = true`))} as promotions
      from f`,
    parse: (rows) => {
      const row = rows[0] as StackingRow & { fingerprint: string; promotions: PromotionRow[] | null }
      const active = activePromotions.settle('active', held, row.fingerprint, row.promotions ? () => row.promotions!.map(recordOf) : null)
      return { stacking: stackingOf(row, websiteId), active }
    },
  }
}

/** Of the active promotions, those whose schedule includes `now` (the rest of eligibility is rules/eligibility.ts's). */
export const runningAt = (active: readonly PromotionRecord[], now: Date) => active.filter((promotion) => runsAt(promotion, now))

/** `stackingAndActiveRead` on its own, with the promotions running at `now`. */
export async function loadStackingAndRunning(req: PayloadRequest, website: Id | null | undefined, now: Date): Promise<{ stacking: StackingSettings; running: PromotionRecord[] }> {
  const { stacking, active } = await readAlone(await sqlReaderOf(req), stackingAndActiveRead(website))
  return { stacking, running: runningAt(active, now) }
}

/** The entered coupons by code, with their promotions (running or not: a coupon of an ended promotion has expired). */
export async function loadCoupons(req: PayloadRequest, codes: readonly string[]): Promise<{ coupons: Map<string, CouponRecord>; promotions: Map<string, PromotionRecord> }> {
  if (!codes.length) return { coupons: new Map(), promotions: new Map() }
  const found = await req.payload.find({ collection: COUPONS_SLUG as never, where: { code: { in: codes } } as never, depth: 0, pagination: false, overrideAccess: true, req })
  const coupons = found.docs as unknown as CouponRecord[]
  const ids = [...new Set(coupons.map((coupon) => idOf(coupon.promotion)).filter((id): id is Id => id !== null))]
  const promotions = ids.length ? await promotionRowsById(req, ids.map(Number)) : []
  return {
    coupons: new Map(coupons.map((coupon) => [coupon.code, { ...coupon, promotion: idOf(coupon.promotion) ?? coupon.promotion }])),
    promotions: new Map(promotions.map((promotion) => [String(promotion.id), promotion])),
  }
}

export const promotionCustomerKey = (promotion: Id, customer: Id) => `promotion:${promotion}:customer:${customer}`
export const couponCustomerKey = (code: string, customer: Id) => `coupon:${code}:customer:${customer}`

/** Per-customer use counts for the given keys, in one query. */
export async function loadUsages(req: PayloadRequest, keys: readonly string[]): Promise<Map<string, number>> {
  if (!keys.length) return new Map()
  const found = await req.payload.find({ collection: USAGES_SLUG as never, where: { key: { in: keys } } as never, depth: 0, pagination: false, overrideAccess: true, req })
  return new Map((found.docs as unknown as Array<{ key: string; used: number }>).map((row) => [row.key, row.used]))
}

/** The buyer's customer group (one read per request). */
export const loadCustomerGroup = (req: PayloadRequest, customer: Id | null | undefined): Promise<Id | null> =>
  customer === null || customer === undefined
    ? Promise.resolve(null)
    : cachedPerRequest(req, `marketing:group:${customer}`, async () => {
        const reader = await sqlReaderOf(req)
        const { rows } = await reader.execute(sql`select group_id from customers where id = ${serialIdOf(customer) ?? 0}`)
        return idOf((rows[0] as { group_id?: unknown } | undefined)?.group_id) ?? null
      })
