/**
 * The built-in promotion actions (pure): each reads its declared arguments and the cart, and proposes discounts that
 * never exceed what is left (no line below zero; an order discount capped at the goods left). Amounts in minor
 * units, percents as decimal text, every rounding half-up.
 */
import { parseDecimal, PRICE_SCALE, QUANTITY_SCALE, rescale, toBigInt, type PromotionCart, type PromotionLine, type ProposedDiscount } from '../../../src/kit'
import { leftOf, minOf, percentOf, share, wholeUnits } from './amounts'

const eligibleLines = (cart: PromotionCart, eligible: readonly number[]) =>
  eligible.map((index) => cart.lines[index]).filter((line): line is PromotionLine => Boolean(line) && line.left > 0n)

const money = (value: unknown, field: string): bigint => {
  const amount = toBigInt(value ?? 0, field)
  if (amount < 0n) throw new RangeError(`${field} cannot be negative`)
  return amount
}

/** The line's quantity the action may discount: all of it, or at most `maxQuantity` units. */
const cappedQuantity = (line: PromotionLine, maxQuantity: unknown): bigint => {
  if (maxQuantity === null || maxQuantity === undefined || maxQuantity === '') return line.quantity
  return minOf(line.quantity, parseDecimal(maxQuantity, QUANTITY_SCALE, 'maxQuantity'))
}

const lineDiscount = (line: PromotionLine, amount: bigint): ProposedDiscount[] => {
  const capped = minOf(amount, line.left)
  return capped > 0n ? [{ target: 'line', line: line.index, amount: capped }] : []
}

/** Order percent: `percent` of the goods left (after earlier promotions). 10 % of 123.45 → 12.35 (12.345 half-up). */
export function orderPercent(args: { percent?: unknown }, cart: PromotionCart): ProposedDiscount[] {
  const amount = percentOf(leftOf(cart.lines), args.percent ?? '0')
  return amount > 0n ? [{ target: 'order', amount }] : []
}

/** Order fixed amount, capped at the goods left. */
export function orderFixed(args: { amount?: unknown }, cart: PromotionCart): ProposedDiscount[] {
  const amount = minOf(money(args.amount, 'amount'), leftOf(cart.lines))
  return amount > 0n ? [{ target: 'order', amount }] : []
}

/**
 * Line percent: `percent` off each eligible line's remaining total, or off `maxQuantity` units of it (the share of
 * the line those units stand for).
 */
export function linePercent(args: { percent?: unknown; maxQuantity?: unknown }, cart: PromotionCart, eligible: readonly number[]): ProposedDiscount[] {
  return eligibleLines(cart, eligible).flatMap((line) => {
    const base = share(line.left, cappedQuantity(line, args.maxQuantity), line.quantity)
    return lineDiscount(line, percentOf(base, args.percent ?? '0'))
  })
}

/** Line fixed: `amount` off each unit (up to `maxQuantity` units) or once per line; never below zero. */
export function lineFixed(
  args: { amount?: unknown; per?: unknown; maxQuantity?: unknown },
  cart: PromotionCart,
  eligible: readonly number[],
): ProposedDiscount[] {
  const amount = money(args.amount, 'amount')
  return eligibleLines(cart, eligible).flatMap((line) => {
    const wanted = args.per === 'line' ? amount : rescale(amount * cappedQuantity(line, args.maxQuantity), QUANTITY_SCALE, 0)
    return lineDiscount(line, wanted)
  })
}

/** Fixed sale price per unit: each eligible line costs at most `price` × quantity (price: decimal text, 4 places). */
export function fixedPrice(args: { price?: unknown }, cart: PromotionCart, eligible: readonly number[]): ProposedDiscount[] {
  const price = parseDecimal(args.price ?? '0', PRICE_SCALE, 'price')
  return eligibleLines(cart, eligible).flatMap((line) => {
    const target = rescale(price * line.quantity, PRICE_SCALE + QUANTITY_SCALE, cart.minorDigits)
    return line.left > target ? lineDiscount(line, line.left - target) : []
  })
}

type Unit = { line: PromotionLine; price: bigint }

/**
 * Buy X get Y: the eligible whole units form groups of X + Y; in each group the Y cheapest (or most expensive) units
 * get `percent` off (100 = free). Once, or repeating for every full group. Buy 10 get 1 free with 11 screws at
 * 0.35: 0.35 off; with 22 screws and repeating: 0.70 off.
 */
export function buyXGetY(
  args: { buy?: unknown; get?: unknown; percent?: unknown; repeat?: unknown; reward?: unknown },
  cart: PromotionCart,
  eligible: readonly number[],
): ProposedDiscount[] {
  const buy = BigInt(Math.max(1, Math.trunc(Number(args.buy ?? 1))))
  const get = BigInt(Math.max(1, Math.trunc(Number(args.get ?? 1))))
  const lines = eligibleLines(cart, eligible)
  const units = lines.reduce((sum, line) => sum + wholeUnits(line.quantity), 0n)
  const groups = args.repeat === false ? (units >= buy + get ? 1n : 0n) : units / (buy + get)
  let rewarded = groups * get
  if (rewarded === 0n) return []
  // Per-unit price of what is left of each line; cheapest first unless the most expensive are rewarded.
  const priced: Unit[] = lines.map((line) => ({ line, price: share(line.left, 10n ** BigInt(QUANTITY_SCALE), line.quantity) }))
  priced.sort((a, b) => (a.price === b.price ? a.line.index - b.line.index : (a.price < b.price) === (args.reward !== 'mostExpensive') ? -1 : 1))
  const discounts: ProposedDiscount[] = []
  for (const { line } of priced) {
    if (rewarded === 0n) break
    const take = minOf(rewarded, wholeUnits(line.quantity))
    rewarded -= take
    const base = share(line.left, take * 10n ** BigInt(QUANTITY_SCALE), line.quantity)
    discounts.push(...lineDiscount(line, percentOf(base, args.percent ?? '100')))
  }
  return discounts
}

/** Free shipping, or a percent or a fixed amount off it (settled by the core once shipping is priced). */
export function shippingDiscount(args: { percent?: unknown; amount?: unknown }, free: boolean): ProposedDiscount[] {
  if (free) return [{ target: 'shipping', percent: '100' }]
  if (args.amount !== undefined && args.amount !== null && args.amount !== '') return [{ target: 'shipping', amount: money(args.amount, 'amount') }]
  return [{ target: 'shipping', percent: String(args.percent ?? '0') }]
}
