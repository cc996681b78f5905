/**
 * Whether a promotion may be considered for a cart at all, and whether an entered coupon is good (pure): schedule,
 * websites, audience, usage limits, coupon validity. Conditions are checked afterwards (rules/conditions.ts).
 */
import type { Id, PromotionCart } from '../../../src/kit'
import { audience, onWebsite } from './conditions'

export type PromotionRecord = {
  id: Id
  name: string
  active?: boolean | null
  startsAt?: string | null
  endsAt?: string | null
  websites?: unknown
  customers?: unknown
  customerGroups?: unknown
  couponRequired?: boolean | null
  priority?: number | null
  stopFurtherProcessing?: boolean | null
  exclusive?: boolean | null
  usageLimit?: number | null
  usageLimitPerCustomer?: number | null
  used?: number | null
  conditions?: Array<{ blockType: string; [arg: string]: unknown }> | null
  action?: Array<{ blockType: string; [arg: string]: unknown }> | null
}

export type CouponRecord = {
  id: Id
  code: string
  promotion: Id
  active?: boolean | null
  validFrom?: string | null
  validUntil?: string | null
  usageLimit?: number | null
  usageLimitPerCustomer?: number | null
  used?: number | null
}

/** `moment` is still to come at `now` (a schedule not yet started). */
export const before = (moment: string | null | undefined, now: Date) => Boolean(moment) && new Date(String(moment)) > now
/** `moment` has come at `now` (a schedule ended). */
export const after = (moment: string | null | undefined, now: Date) => Boolean(moment) && new Date(String(moment)) <= now

/** Why a promotion is out of play for this cart (null when it is in play): inactive, out of schedule, audience, used up. */
export function promotionOutOfPlay(promotion: PromotionRecord, cart: PromotionCart, now: Date, perCustomerUsed: number): string | null {
  if (promotion.active === false) return 'inactive'
  if (before(promotion.startsAt, now)) return `starts ${promotion.startsAt}`
  if (after(promotion.endsAt, now)) return `ended ${promotion.endsAt}`
  const website = onWebsite({ websites: promotion.websites }, cart)
  if (!website.holds) return website.why
  const buyer = audience({ customers: promotion.customers, customerGroups: promotion.customerGroups }, cart)
  if (!buyer.holds) return buyer.why
  if (promotion.usageLimit && (promotion.used ?? 0) >= promotion.usageLimit) return `used up (${promotion.used} of ${promotion.usageLimit})`
  if (promotion.usageLimitPerCustomer && perCustomerUsed >= promotion.usageLimitPerCustomer) {
    return `this customer used it ${perCustomerUsed} of ${promotion.usageLimitPerCustomer} times`
  }
  return null
}

export type CouponProblem = { status: 400 | 409; message: string }

/**
 * What is wrong with an entered coupon, or null: unknown, inactive, not yet valid or expired (its own dates or its
 * promotion's) answer 400; used up in all or by this customer answer 409. `held` is the uses this very order already
 * holds (re-pricing an order must not count its own redemption against it).
 */
export function couponProblem(
  code: string,
  coupon: CouponRecord | null,
  promotion: PromotionRecord | null,
  now: Date,
  usage: { perCustomer: number; held: number },
): CouponProblem | null {
  if (!coupon || !promotion) return { status: 400, message: `Unknown coupon ${code}` }
  if (coupon.active === false || promotion.active === false) return { status: 400, message: `Coupon ${code} is not active` }
  if (before(coupon.validFrom, now) || before(promotion.startsAt, now)) return { status: 400, message: `Coupon ${code} is not valid yet` }
  if (after(coupon.validUntil, now) || after(promotion.endsAt, now)) return { status: 400, message: `Coupon ${code} has expired` }
  const used = (coupon.used ?? 0) - usage.held
  if (coupon.usageLimit && used >= coupon.usageLimit) return { status: 409, message: `Coupon ${code} has been used up (${coupon.usageLimit} uses)` }
  if (coupon.usageLimitPerCustomer && usage.perCustomer - usage.held >= coupon.usageLimitPerCustomer) {
    return { status: 409, message: `Coupon ${code} has been used the maximum ${coupon.usageLimitPerCustomer} times by this customer` }
  }
  return null
}
