/**
 * The `discount` stage: checks the entered coupons (400/409 naming `coupons.N`), finds the promotions in play,
 * evaluates their conditions, stacks them per the website's settings and hands the core typed adjustments, each
 * naming its promotion and coupon. What it considered and why is left on `req.context` for the preview.
 */
import { APIError, type PayloadRequest } from 'payload'

import {
  CalculationError,
  type Adjustment,
  type PromotionCart,
  type PromotionExtensions,
  type StageRegistration,
} from '../../../src/kit'
import { cartOf } from '../rules/cart'
import { couponProblem, promotionOutOfPlay, type CouponRecord, type PromotionRecord } from '../rules/eligibility'
import { evaluatePromotion, type Explanation } from '../rules/evaluate'
import { stackPromotions, type Candidate } from '../rules/stacking'
import { couponCustomerKey, loadCustomerGroup, loadPromotionFacts, promotionCustomerKey, promotionFactsRead, runningAt, type PromotionFacts } from './load'

export const EXPLANATION_KEY = 'marketing:explanation'
/** Claims the order being re-priced already holds (set by hooks/redeem.ts before the calculation runs). */
export const HELD_CLAIMS_KEY = 'marketing:held'

export type Claim = { promotion: string; coupon: string | null }

/**
 * Whether each running promotion has a usage limit (total or per customer), as this calculation read them: the
 * redemption that follows in the same transaction counts only limited ones, and need not ask the database again.
 */
export const LIMITED_KEY = 'marketing:limited'
export type LimitedPromotions = Record<string, boolean>
/** As the database counts it: any limit set, 0 included. */
const hasLimit = (limit: number | null | undefined) => limit !== null && limit !== undefined

/** Checks every entered coupon; the first problem answers 400 or 409 naming `coupons.N`. */
function checkCoupons(codes: readonly string[], loaded: { coupons: PromotionFacts['coupons']; promotions: PromotionFacts['couponPromotions'] }, now: Date, usages: Map<string, number>, customer: PromotionCart['customer'], held: readonly Claim[]) {
  codes.forEach((code, index) => {
    const coupon = loaded.coupons.get(code) ?? null
    const promotion = coupon ? (loaded.promotions.get(String(coupon.promotion)) ?? null) : null
    const perCustomer = customer === null ? 0 : (usages.get(couponCustomerKey(code, customer)) ?? 0)
    const problem = couponProblem(code, coupon, promotion, now, { perCustomer, held: held.filter((claim) => claim.coupon === code).length })
    if (!problem) return
    const path = `coupons.${index}`
    // A conflict carries the field in the same shape as a 400, so clients read one shape (CONTRACT "Errors").
    if (problem.status === 409) throw new APIError(problem.message, 409, { errors: [{ path, message: problem.message }] }, true)
    throw new CalculationError(problem.message, path)
  })
}

export const promotionsStage = (extensions: PromotionExtensions): StageRegistration<PayloadRequest, 'discount'> => ({
  stage: 'discount',
  name: 'marketing:promotions',
  // Read when the registry resolves (after every plugin), so conditions other plugins registered count too.
  get productFields() {
    return [...new Set([...extensions.conditions, ...extensions.actions].flatMap((definition) => definition.productFields ?? []))]
  },
  // the settings, the active promotions, the entered coupons and the customer's use counts, read with the products (kit calculation-reads.ts)
  read: ({ input }) => promotionFactsRead(input.website, input.coupons ?? [], input.customer),
  run: async (state, req, read) => {
    const now = new Date()
    const codes = state.input.coupons ?? []
    const held = (req.context[HELD_CLAIMS_KEY] as Claim[] | undefined) ?? []
    const customer = state.input.customer ?? null
    const loaded = (read as PromotionFacts | undefined) ?? (await loadPromotionFacts(req, state.input.website, codes, customer))
    const { stacking, usages } = loaded
    const running = runningAt(loaded.active, now)
    req.context[LIMITED_KEY] = Object.fromEntries(running.map((promotion) => [String(promotion.id), hasLimit(promotion.usageLimit) || hasLimit(promotion.usageLimitPerCustomer)])) satisfies LimitedPromotions
    const entered = { coupons: loaded.coupons, promotions: loaded.couponPromotions }
    // the group as the line loader resolved it, else one read
    const customerGroup = state.buyer ? (customer === null ? null : state.buyer.customerGroup) : await loadCustomerGroup(req, customer)
    checkCoupons(codes, entered, now, usages, customer, held)
    const cart = cartOf(state, customerGroup)
    const couponFor = new Map<string, CouponRecord>([...entered.coupons.values()].map((coupon) => [String(coupon.promotion), coupon]))
    const explanations: Explanation[] = []
    const inPlay: PromotionRecord[] = []
    for (const promotion of running) {
      const heldHere = held.filter((claim) => claim.promotion === String(promotion.id)).length
      const perCustomer = customer === null ? 0 : (usages.get(promotionCustomerKey(promotion.id, customer)) ?? 0) - heldHere
      const why = promotionOutOfPlay({ ...promotion, used: (promotion.used ?? 0) - heldHere }, cart, now, perCustomer)
      const coupon = couponFor.get(String(promotion.id))?.code ?? null
      if (why) explanations.push({ promotion: promotion.id, name: promotion.name, coupon, status: 'out of play', why: [why] })
      else if (promotion.couponRequired && !coupon) explanations.push({ promotion: promotion.id, name: promotion.name, coupon, status: 'out of play', why: ['needs a coupon'] })
      else inPlay.push(promotion)
    }
    const candidates: Candidate[] = []
    const facts = new Map<string, unknown>()
    for (const definition of extensions.conditions) {
      if (!definition.prepare) continue
      const uses = inPlay.flatMap((promotion) => (promotion.conditions ?? []).filter((block) => block.blockType === definition.code))
      if (uses.length) facts.set(definition.code, await definition.prepare(req, uses, cart))
    }
    for (const promotion of inPlay) {
      const coupon = couponFor.get(String(promotion.id))?.code ?? null
      const evaluated = evaluatePromotion(promotion, coupon, cart, extensions, facts)
      if ('candidate' in evaluated) candidates.push(evaluated.candidate)
      else explanations.push(evaluated.explanation)
    }
    const outcome = stackPromotions(cart, candidates, stacking)
    const adjustments: Adjustment[] = []
    for (const { candidate, discounts, amount } of outcome.applied) {
      const source = { promotion: candidate.id, name: candidate.name, coupon: candidate.coupon }
      adjustments.push(...discounts.map((discount): Adjustment => ({ ...discount, source })))
      explanations.push({ promotion: candidate.id, name: candidate.name, coupon: candidate.coupon, status: 'applied', amount, why: candidate.reasons })
    }
    for (const { candidate, why } of outcome.notApplied) {
      explanations.push({ promotion: candidate.id, name: candidate.name, coupon: candidate.coupon, status: 'not applied', why: [...candidate.reasons, why] })
    }
    req.context[EXPLANATION_KEY] = { stacking, promotions: explanations }
    return adjustments.length ? { adjustments } : null
  },
})
