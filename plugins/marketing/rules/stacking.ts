/**
 * Which promotions apply and in what order (pure). Peers differ, so each behaviour is a setting:
 * - `applyAll` (default; Vendure, Medusa, Oro's default "Combine All Discounts"): every promotion whose conditions
 *   hold applies, in priority order, each on what earlier ones left; `stopFurtherProcessing` ends the run after it
 *   applies (Oro's "Stop Further Rule Processing"); an `exclusive` promotion that applies is applied alone.
 * - `mostProfitable` (Oro "Best Value Discounts Only"): only the one promotion giving the most.
 * - `bestForCustomer`: the larger of the `applyAll` result and every promotion alone.
 * - `lineDiscounts`: line-level actions `beforeOrder` (default; Vendure applies item actions before order actions),
 *   `afterOrder`, or `byPriority` (Oro and Medusa: the promotions' own order only).
 */
import { allocate, sumOf, type Id, type PromotionCart, type ProposedDiscount } from '../../../src/kit'
import { minOf } from './amounts'

export type StackingStrategy = 'applyAll' | 'mostProfitable' | 'bestForCustomer'
export type LineDiscountOrder = 'beforeOrder' | 'afterOrder' | 'byPriority'
export type StackingSettings = { strategy: StackingStrategy; lineDiscounts: LineDiscountOrder }

export const DEFAULT_STACKING: StackingSettings = { strategy: 'applyAll', lineDiscounts: 'beforeOrder' }

/** A promotion whose conditions hold, ready to propose its discounts on a cart. */
export type Candidate = {
  id: Id
  name: string
  coupon: string | null
  /** lower applies first (Oro's sort order) */
  priority: number
  stopFurtherProcessing: boolean
  exclusive: boolean
  level: 'line' | 'order' | 'shipping'
  /** why its conditions hold, for the preview */
  reasons: string[]
  propose: (cart: PromotionCart) => ProposedDiscount[]
}

export type AppliedPromotion = { candidate: Candidate; discounts: ProposedDiscount[]; amount: bigint }
export type StackingOutcome = { applied: AppliedPromotion[]; notApplied: Array<{ candidate: Candidate; why: string }> }

const LEVEL_RANK: Record<LineDiscountOrder, Record<Candidate['level'], number>> = {
  beforeOrder: { line: 0, order: 1, shipping: 2 },
  afterOrder: { order: 0, line: 1, shipping: 2 },
  byPriority: { line: 0, order: 0, shipping: 0 },
}

/** The candidates in the order they apply: by level (per the setting), then priority, then name. */
export function applyingOrder(candidates: readonly Candidate[], lineDiscounts: LineDiscountOrder): Candidate[] {
  const rank = LEVEL_RANK[lineDiscounts]
  return [...candidates].sort((a, b) => rank[a.level] - rank[b.level] || a.priority - b.priority || a.name.localeCompare(b.name) || String(a.id).localeCompare(String(b.id)))
}

/** `cart` with what `left` says is left of each line; a line whose amount did not move keeps its object. */
function leaving(cart: PromotionCart, left: readonly bigint[]): PromotionCart {
  return { ...cart, lines: cart.lines.map((line, index) => (line.left === left[index] ? line : { ...line, left: left[index] })) }
}

/**
 * A candidate's discounts on `cart`, capped at what is left, and what is left of each line after them (the next cart
 * is built from it only when the promotion is kept: building one per candidate was the stage's largest cost).
 */
function applyOne(cart: PromotionCart, candidate: Candidate): { discounts: ProposedDiscount[]; amount: bigint; left: bigint[] } {
  const left = cart.lines.map((line) => line.left)
  const discounts: ProposedDiscount[] = []
  for (const proposed of candidate.propose(cart)) {
    if (proposed.target === 'shipping') {
      discounts.push(proposed)
    } else if (proposed.target === 'line') {
      const amount = minOf(proposed.amount, left[proposed.line] ?? 0n)
      if (amount <= 0n) continue
      left[proposed.line] -= amount
      discounts.push({ ...proposed, amount })
    } else {
      const amount = minOf(proposed.amount, sumOf(left))
      if (amount <= 0n) continue
      // The same allocation the core makes, so later promotions see the lines as the core will.
      allocate(amount, left).forEach((part, index) => (left[index] -= part))
      discounts.push({ ...proposed, amount })
    }
  }
  const amount = sumOf(discounts.map((discount) => (discount.target === 'shipping' ? 0n : discount.amount)))
  return { discounts, amount, left }
}

/** Whether a promotion gives anything (a shipping discount counts, though its amount is known only after shipping). */
const gives = (result: { discounts: ProposedDiscount[] }) => result.discounts.length > 0

function applyAll(cart: PromotionCart, ordered: readonly Candidate[]): StackingOutcome {
  for (const candidate of ordered.filter((one) => one.exclusive)) {
    const alone = applyOne(cart, candidate)
    if (!gives(alone)) continue
    return {
      applied: [{ candidate, discounts: alone.discounts, amount: alone.amount }],
      notApplied: ordered.filter((other) => other !== candidate).map((other) => ({ candidate: other, why: `${candidate.name} is exclusive` })),
    }
  }
  const outcome: StackingOutcome = { applied: [], notApplied: [] }
  let current = cart
  let stoppedBy: Candidate | null = null
  for (const candidate of ordered) {
    if (stoppedBy) {
      outcome.notApplied.push({ candidate, why: `${stoppedBy.name} stops further promotions` })
      continue
    }
    const result = applyOne(current, candidate)
    if (!gives(result)) {
      outcome.notApplied.push({ candidate, why: 'nothing left to discount' })
      continue
    }
    outcome.applied.push({ candidate, discounts: result.discounts, amount: result.amount })
    current = leaving(current, result.left)
    if (candidate.stopFurtherProcessing) stoppedBy = candidate
  }
  return outcome
}

const totalOf = (outcome: StackingOutcome) => sumOf(outcome.applied.map((applied) => applied.amount))

function alone(cart: PromotionCart, ordered: readonly Candidate[], candidate: Candidate, why: string): StackingOutcome {
  const result = applyOne(cart, candidate)
  return {
    applied: gives(result) ? [{ candidate, discounts: result.discounts, amount: result.amount }] : [],
    notApplied: ordered.filter((other) => other !== candidate).map((other) => ({ candidate: other, why })),
  }
}

/** Applies the candidates under the settings; every candidate ends up applied or explained. */
export function stackPromotions(cart: PromotionCart, candidates: readonly Candidate[], settings: StackingSettings): StackingOutcome {
  const ordered = applyingOrder(candidates, settings.lineDiscounts)
  if (ordered.length === 0) return { applied: [], notApplied: [] }
  if (settings.strategy === 'applyAll') return applyAll(cart, ordered)
  const singles = ordered.map((candidate) => alone(cart, ordered, candidate, 'not the most profitable promotion'))
  // Ties keep the earlier (higher-priority) promotion.
  const best = singles.reduce((winner, next) => (totalOf(next) > totalOf(winner) ? next : winner))
  if (settings.strategy === 'mostProfitable') return best
  const all = applyAll(cart, ordered)
  if (totalOf(all) >= totalOf(best)) return all
  return { ...best, notApplied: best.notApplied.map((row) => ({ ...row, why: 'applying it alone saves the customer more' })) }
}
