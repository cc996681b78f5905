/** What the promotions stage reads from the database: settings, running promotions, entered coupons, usage counts. */
import type { PayloadRequest } from 'payload'

import { cachedPerRequest, idOf, type Id } from '../../../src/kit'
import { COUPONS_SLUG } from '../collections/coupons'
import { PROMOTIONS_SLUG } from '../collections/promotions'
import { USAGES_SLUG } from '../collections/promotion-usages'
import { MARKETING_SETTINGS_SLUG } from '../globals/marketing-settings'
import type { CouponRecord, PromotionRecord } from '../rules/eligibility'
import { effectiveStacking } from '../rules/settings'
import type { StackingSettings } from '../rules/stacking'

type StackingDoc = { strategy?: string | null; lineDiscounts?: string | null }

export async function loadStacking(req: PayloadRequest, website: Id | null | undefined): Promise<StackingSettings> {
  const global = (await req.payload.findGlobal({ slug: MARKETING_SETTINGS_SLUG as never, depth: 0, overrideAccess: true, req })) as unknown as StackingDoc
  if (website === null || website === undefined) return effectiveStacking(global, null)
  const doc = await req.payload.findByID({ collection: 'websites', id: website, select: { marketing: true } as never, depth: 0, overrideAccess: true, disableErrors: true, req })
  return effectiveStacking(global, (doc as { marketing?: StackingDoc } | null)?.marketing)
}

/** What the stage reads of a promotion: its own columns and the compiled blocks, never the block tables. */
const PROMOTION_SELECT = Object.fromEntries(
  ['name', 'active', 'startsAt', 'endsAt', 'websites', 'customers', 'customerGroups', 'couponRequired', 'priority', 'stopFurtherProcessing', 'exclusive', 'usageLimit', 'usageLimitPerCustomer', 'used', 'compiled'].map(
    (field) => [field, true],
  ),
)

type CompiledPromotion = Omit<PromotionRecord, 'conditions' | 'action'> & { compiled?: Pick<PromotionRecord, 'conditions' | 'action'> | null }

const withRules = ({ compiled, ...promotion }: CompiledPromotion): PromotionRecord => ({ ...promotion, conditions: compiled?.conditions ?? [], action: compiled?.action ?? [] })

/** Active promotions whose schedule includes `now` (the rest of eligibility is decided by rules/eligibility.ts). */
export async function loadRunningPromotions(req: PayloadRequest, now: Date): Promise<PromotionRecord[]> {
  const moment = now.toISOString()
  const found = await req.payload.find({
    collection: PROMOTIONS_SLUG as never,
    where: {
      and: [
        { active: { equals: true } },
        { or: [{ startsAt: { exists: false } }, { startsAt: { less_than_equal: moment } }] },
        { or: [{ endsAt: { exists: false } }, { endsAt: { greater_than: moment } }] },
      ],
    } as never,
    sort: 'priority',
    select: PROMOTION_SELECT as never,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return (found.docs as unknown as CompiledPromotion[]).map(withRules)
}

/** The entered coupons by code, with their promotions (running or not: a coupon of an ended promotion has expired). */
export async function loadCoupons(req: PayloadRequest, codes: readonly string[]): Promise<{ coupons: Map<string, CouponRecord>; promotions: Map<string, PromotionRecord> }> {
  if (!codes.length) return { coupons: new Map(), promotions: new Map() }
  const found = await req.payload.find({ collection: COUPONS_SLUG as never, where: { code: { in: codes } } as never, depth: 0, pagination: false, overrideAccess: true, req })
  const coupons = found.docs as unknown as CouponRecord[]
  const ids = [...new Set(coupons.map((coupon) => idOf(coupon.promotion)).filter((id): id is Id => id !== null))]
  const promotions = ids.length
    ? ((await req.payload.find({ collection: PROMOTIONS_SLUG as never, where: { id: { in: ids } } as never, select: PROMOTION_SELECT as never, depth: 0, pagination: false, overrideAccess: true, req })).docs as unknown as CompiledPromotion[]).map(withRules)
    : []
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
        const doc = await req.payload.findByID({ collection: 'customers', id: customer, select: { group: true }, depth: 0, overrideAccess: true, disableErrors: true, req })
        return idOf((doc as { group?: unknown } | null)?.group) ?? null
      })
