import { describe, expect, it } from 'vitest'

import { couponProblem, promotionOutOfPlay, type CouponRecord, type PromotionRecord } from '../../rules/eligibility'
import { effectiveStacking } from '../../rules/settings'
import { cartOf } from './cart'

const now = new Date('2026-06-01T12:00:00Z')
const cart = cartOf([['A', 1000, 1]])
const promotion: PromotionRecord = { id: 1, name: 'P', active: true }
const coupon: CouponRecord = { id: 9, code: 'SAVE', promotion: 1, active: true, usageLimit: 10, used: 0 }
const usage = { perCustomer: 0, held: 0 }

describe('promotionOutOfPlay', () => {
  it('is in play by default', () => expect(promotionOutOfPlay(promotion, cart, now, 0)).toBeNull())
  it('respects the schedule, websites, audience and limits', () => {
    expect(promotionOutOfPlay({ ...promotion, startsAt: '2026-07-01T00:00:00Z' }, cart, now, 0)).toMatch(/starts/)
    expect(promotionOutOfPlay({ ...promotion, endsAt: '2026-06-01T12:00:00Z' }, cart, now, 0)).toMatch(/ended/)
    expect(promotionOutOfPlay({ ...promotion, websites: [2] }, cart, now, 0)).toMatch(/website/)
    expect(promotionOutOfPlay({ ...promotion, customerGroups: [4] }, cart, now, 0)).toMatch(/audience/)
    expect(promotionOutOfPlay({ ...promotion, usageLimit: 5, used: 5 }, cart, now, 0)).toMatch(/used up/)
    expect(promotionOutOfPlay({ ...promotion, usageLimitPerCustomer: 1 }, cart, now, 1)).toMatch(/this customer/)
  })
})

describe('couponProblem', () => {
  it('accepts a good coupon', () => expect(couponProblem('SAVE', coupon, promotion, now, usage)).toBeNull())
  it('answers 400 for unknown, inactive, not yet valid or expired (its own dates or its promotion’s)', () => {
    expect(couponProblem('NOPE', null, null, now, usage)).toEqual({ status: 400, message: 'Unknown coupon NOPE' })
    expect(couponProblem('SAVE', { ...coupon, active: false }, promotion, now, usage)?.status).toBe(400)
    expect(couponProblem('SAVE', { ...coupon, validFrom: '2026-07-01T00:00:00Z' }, promotion, now, usage)?.message).toMatch(/not valid yet/)
    expect(couponProblem('SAVE', { ...coupon, validUntil: '2026-05-01T00:00:00Z' }, promotion, now, usage)?.message).toMatch(/expired/)
    expect(couponProblem('SAVE', coupon, { ...promotion, endsAt: '2026-05-01T00:00:00Z' }, now, usage)?.message).toMatch(/expired/)
  })
  it('answers 409 when used up in all or by this customer, not counting the order’s own use', () => {
    expect(couponProblem('SAVE', { ...coupon, used: 10 }, promotion, now, usage)?.status).toBe(409)
    expect(couponProblem('SAVE', { ...coupon, used: 10 }, promotion, now, { perCustomer: 1, held: 1 })).toBeNull()
    expect(couponProblem('SAVE', { ...coupon, usageLimitPerCustomer: 1 }, promotion, now, { perCustomer: 1, held: 0 })?.status).toBe(409)
  })
})

describe('effectiveStacking', () => {
  it('defaults to applyAll with line discounts first, and a website overrides the global setting field by field', () => {
    expect(effectiveStacking(null, null)).toEqual({ strategy: 'applyAll', lineDiscounts: 'beforeOrder' })
    expect(effectiveStacking({ strategy: 'mostProfitable', lineDiscounts: 'byPriority' }, { strategy: null, lineDiscounts: 'afterOrder' })).toEqual({
      strategy: 'mostProfitable',
      lineDiscounts: 'afterOrder',
    })
  })
})
