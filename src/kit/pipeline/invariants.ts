/**
 * The rules every calculation keeps, checked by the core after every handler and offered to tests as one helper
 * (Vendure's `assertOrderTotalsAddUp`): lines add up to the totals, nothing is negative, every discount fits in
 * what it discounts, order adjustments are allocated to the cent.
 */
import { sumOf } from '../money'
import { CalculationInvariantError, type CalculationState } from './types'

/** The problems with a state, empty when it adds up. */
export function calculationProblems(state: Readonly<CalculationState>): string[] {
  const problems: string[] = []
  const taxAdded = state.pricesIncludeTax ? 0n : 1n
  for (const line of state.lines) {
    const at = `line ${line.index}`
    if (line.amount < 0n) problems.push(`${at} amount ${line.amount} cannot be negative`)
    if (line.discount < 0n) problems.push(`${at} discount ${line.discount} cannot be negative`)
    if (line.discount > line.amount) problems.push(`${at} discount ${line.discount} exceeds its amount ${line.amount}: the line cannot be negative`)
    if (line.tax < 0n) problems.push(`${at} tax ${line.tax} cannot be negative`)
    if (state.pricesIncludeTax && line.tax > line.amount - line.discount) problems.push(`${at} included tax ${line.tax} exceeds the line`)
    if (line.total !== line.amount - line.discount + line.tax * taxAdded) problems.push(`${at} total ${line.total} does not add up`)
  }
  for (const adjustment of state.adjustments) {
    if (adjustment.amount < 0n) problems.push(`adjustment by ${adjustment.stage} cannot be negative`)
    if (adjustment.allocation && sumOf(adjustment.allocation) !== adjustment.amount) {
      problems.push(`order adjustment by ${adjustment.stage} is not allocated to the cent`)
    }
  }
  const amounts = sumOf(state.lines.map((line) => line.amount))
  // With rounding on the total, the subtotal is the rounded exact sum: each line may differ by at most half a unit.
  const tolerance = state.rounding === 'total' ? BigInt(state.lines.length) : 0n
  const difference = state.subtotal - amounts
  if (difference > tolerance || -difference > tolerance) problems.push(`subtotal ${state.subtotal} is not the sum of the lines ${amounts}`)
  if (state.discountTotal !== sumOf(state.lines.map((line) => line.discount))) problems.push('discount total is not the sum of line discounts')
  const shippingAmount = state.shipping?.amount ?? 0n
  if (shippingAmount < 0n) problems.push(`shipping ${shippingAmount} cannot be negative`)
  if (state.shippingDiscount < 0n || state.shippingDiscount > shippingAmount) problems.push('shipping discount exceeds the shipping')
  if (state.shippingTotal !== shippingAmount - state.shippingDiscount) problems.push('shipping total does not add up')
  const lineTaxes = sumOf(state.lines.map((line) => line.tax))
  const shippingTaxes = sumOf(state.taxLines.filter((row) => row.target === 'shipping').map((row) => row.amount))
  if (state.taxTotal !== lineTaxes + shippingTaxes) problems.push('tax total is not the sum of line and shipping taxes')
  if (state.taxTotal !== sumOf(state.taxes.map((row) => row.amount))) problems.push('tax summary does not add up to the tax total')
  if (state.taxLines.some((row) => row.amount < 0n)) problems.push('a tax line cannot be negative')
  if (sumOf(state.appliedPromotions.map((row) => row.amount)) !== state.discountTotal + state.shippingDiscount) {
    problems.push('applied promotions do not add up to the discounts')
  }
  const expected = state.subtotal - state.discountTotal + state.shippingTotal + state.taxTotal * taxAdded
  if (state.grandTotal !== expected) problems.push(`grand total ${state.grandTotal} is not ${expected}`)
  if (state.grandTotal < 0n) problems.push(`grand total ${state.grandTotal} cannot be negative`)
  return problems
}

/** Throws a CalculationInvariantError naming `stage` when the state does not add up. */
export function assertCalculationAddsUp(state: Readonly<CalculationState>, stage = 'calculation'): void {
  const problems = calculationProblems(state)
  if (problems.length) throw new CalculationInvariantError(stage, problems)
}
