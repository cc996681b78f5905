/** Building a calculation's state and deriving its totals from the lines and applied results (pure). */
import { sumOf, type RoundingPoint } from '../money'
import type { Id } from '../ids'
import type { CalculationInput, CalculationState, LineProduct } from './types'

/** What a calculation starts from: the lines as given, nothing priced, every amount zero. */
export function startCalculation(options: {
  input: CalculationInput
  buyer?: CalculationState['buyer']
  currency: CalculationState['currency']
  rounding: RoundingPoint
  lines: Array<{ product: LineProduct; variant: Id | null; quantity: bigint; unit: string | null }>
}): CalculationState {
  return {
    input: options.input,
    ...(options.buyer ? { buyer: options.buyer } : {}),
    currency: options.currency,
    rounding: options.rounding,
    pricesIncludeTax: false,
    lines: options.lines.map((line, index) => ({
      index,
      ...line,
      unitPrice: null,
      priceList: null,
      amount: 0n,
      discount: 0n,
      tax: 0n,
      total: 0n,
    })),
    adjustments: [],
    shipping: null,
    shippingDiscount: 0n,
    taxLines: [],
    subtotal: 0n,
    discountTotal: 0n,
    shippingTotal: 0n,
    taxTotal: 0n,
    grandTotal: 0n,
    appliedPromotions: [],
    taxes: [],
  }
}

/** Groups rows by a key, summing `amount`, in first-seen order. */
function groupSums<T extends { amount: bigint }>(rows: readonly T[], keyOf: (row: T) => string): Array<T> {
  const groups = new Map<string, { first: T; amount: bigint }>()
  for (const row of rows) {
    const key = keyOf(row)
    const seen = groups.get(key)
    if (seen) seen.amount += row.amount
    else groups.set(key, { first: row, amount: row.amount })
  }
  return Array.from(groups.values(), ({ first, amount }) => ({ ...first, amount }))
}

/**
 * Every derived figure from the applied results: line discounts and taxes, line totals, the order totals, the
 * applied promotions and the tax summary. The core calls it after every handler, so totals are never written by one.
 * The subtotal is kept as the price stage set it (with rounding on the total it is not the sum of rounded lines).
 */
export function deriveTotals(state: CalculationState): CalculationState {
  const taxAdded = state.pricesIncludeTax ? 0n : 1n
  // one pass over the adjustments and tax lines (not one per line: this runs after every handler)
  const discounts = state.lines.map(() => 0n)
  const taxes = state.lines.map(() => 0n)
  for (const adjustment of state.adjustments) {
    if (adjustment.target === 'line' && adjustment.line !== undefined && adjustment.line in discounts) discounts[adjustment.line] += adjustment.amount
    adjustment.allocation?.forEach((share, index) => {
      if (index < discounts.length) discounts[index] += share
    })
  }
  for (const row of state.taxLines) if (row.target === 'line' && row.line !== undefined && row.line in taxes) taxes[row.line] += row.amount
  const lines = state.lines.map((line) => {
    const discount = discounts[line.index] ?? 0n
    const tax = taxes[line.index] ?? 0n
    return { ...line, discount, tax, total: line.amount - discount + tax * taxAdded }
  })
  const discountTotal = sumOf(lines.map((line) => line.discount))
  const shippingDiscount = sumOf(state.adjustments.filter((adjustment) => adjustment.target === 'shipping').map((adjustment) => adjustment.amount))
  const shippingTotal = (state.shipping?.amount ?? 0n) - shippingDiscount
  const taxTotal = sumOf(state.taxLines.map((row) => row.amount))
  const promotions = state.adjustments.map((adjustment) => ({
    id: adjustment.source.promotion,
    name: adjustment.source.name,
    coupon: adjustment.source.coupon ?? null,
    amount: adjustment.amount,
  }))
  return {
    ...state,
    lines,
    discountTotal,
    shippingDiscount,
    shippingTotal,
    taxTotal,
    grandTotal: state.subtotal - discountTotal + shippingTotal + taxTotal * taxAdded,
    appliedPromotions: groupSums(promotions, (row) => `${row.id}\u0000${row.coupon ?? ''}`),
    taxes: groupSums(
      state.taxLines.map(({ code, rate, amount }) => ({ code, rate, amount })),
      (row) => `${row.code}\u0000${row.rate}`,
    ),
  }
}
