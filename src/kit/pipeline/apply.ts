/**
 * How the core applies each stage kind's narrow result to the state (pure). Handlers only propose; these functions
 * decide what a result may change, so no handler can write a total or overwrite another's work by accident.
 */
import { allocate, lineTotals, minorToPrice, parseDecimal, rescale, sumOf } from '../money'
import {
  CalculationError,
  CalculationInvariantError,
  type AppliedAdjustment,
  type CalculationState,
  type DiscountResult,
  type PriceResult,
  type ShippingResult,
  type TaxResult,
} from './types'

const lineAt = (state: CalculationState, index: unknown, stage: string) => {
  const line = typeof index === 'number' ? state.lines[index] : undefined
  if (!line) throw new CalculationInvariantError(stage, [`names line ${String(index)}, which the calculation does not have`])
  return line
}

/** A price result sets the unit price of lines no earlier handler priced: the first handler to price a line wins. */
export function applyPrice(state: CalculationState, result: PriceResult, stage: string): CalculationState {
  const lines = [...state.lines]
  for (const row of result.lines) {
    const line = lineAt(state, row.line, stage)
    if (row.unitPrice < 0n) throw new CalculationInvariantError(stage, [`line ${line.index} unit price cannot be negative`])
    if (lines[line.index].unitPrice !== null) continue
    lines[line.index] = { ...lines[line.index], unitPrice: row.unitPrice, priceList: row.priceList }
  }
  return { ...state, lines }
}

/**
 * After the price stage: lines no handler priced take the product's base price (none → 400 naming the line), then
 * line amounts and the subtotal at the configured rounding point.
 */
export function settlePrices(state: CalculationState): CalculationState {
  const priced = state.lines.map((line) => {
    if (line.unitPrice !== null) return line
    if (line.product.basePriceMinor === null) {
      throw new CalculationError(`Product ${line.product.sku} has no price in ${state.currency.code}`, `lines.${line.index}.product`)
    }
    return { ...line, unitPrice: minorToPrice(line.product.basePriceMinor, state.currency.minorDigits), priceList: null }
  })
  const totals = lineTotals(
    priced.map((line) => ({ scaledPrice: line.unitPrice ?? 0n, scaledQuantity: line.quantity })),
    state.currency.minorDigits,
    state.rounding,
  )
  return { ...state, lines: priced.map((line, index) => ({ ...line, amount: totals.lines[index] })), subtotal: totals.subtotal }
}

/** What is left of each line to discount, after every adjustment applied so far. */
function remainingPerLine(state: CalculationState, applied: readonly AppliedAdjustment[]): bigint[] {
  const left = state.lines.map((line) => line.amount)
  for (const adjustment of applied) takeFrom(left, adjustment)
  return left
}

/** Takes one adjustment off what is left of each line (in place). */
function takeFrom(left: bigint[], adjustment: AppliedAdjustment): void {
  if (adjustment.target === 'line' && adjustment.line !== undefined && adjustment.line < left.length) left[adjustment.line] -= adjustment.amount
  adjustment.allocation?.forEach((part, index) => {
    if (index < left.length) left[index] -= part
  })
}

/**
 * A discount result adds adjustments, each on what the earlier ones left. An order adjustment is allocated to the
 * lines in proportion to what is left of them (largest remainder, so the shares sum to the cent). Shipping
 * adjustments wait for the shipping stage. Asking for more than is left is the handler's bug.
 */
export function applyDiscount(state: CalculationState, result: DiscountResult, stage: string): CalculationState {
  const applied = [...state.adjustments]
  // kept up to date as adjustments are added: recomputing it per adjustment was quadratic in their number
  const left = remainingPerLine(state, applied)
  const add = (adjustment: AppliedAdjustment) => {
    applied.push(adjustment)
    takeFrom(left, adjustment)
  }
  for (const adjustment of result.adjustments) {
    if (adjustment.target === 'shipping') {
      if ((adjustment.amount === undefined) === (adjustment.percent === undefined)) {
        throw new CalculationInvariantError(stage, ['a shipping adjustment needs exactly one of amount and percent'])
      }
      add({ target: 'shipping', amount: 0n, source: adjustment.source, stage, requested: { amount: adjustment.amount, percent: adjustment.percent } })
      continue
    }
    if (adjustment.amount < 0n) throw new CalculationInvariantError(stage, ['an adjustment amount cannot be negative'])
    if (adjustment.target === 'line') {
      const line = lineAt(state, adjustment.line, stage)
      if (adjustment.amount > left[line.index]) {
        throw new CalculationInvariantError(stage, [
          `line ${line.index} discount ${adjustment.amount} exceeds the ${left[line.index]} left: totals cannot be negative`,
        ])
      }
      add({ target: 'line', line: line.index, amount: adjustment.amount, source: adjustment.source, stage })
      continue
    }
    const goods = sumOf(left)
    if (adjustment.amount > goods) {
      throw new CalculationInvariantError(stage, [`order discount ${adjustment.amount} exceeds the ${goods} of goods left: totals cannot be negative`])
    }
    add({ target: 'order', amount: adjustment.amount, allocation: allocate(adjustment.amount, left), source: adjustment.source, stage })
  }
  return { ...state, adjustments: applied }
}

/** A shipping result prices shipping; the first handler to answer wins. */
export function applyShipping(state: CalculationState, result: ShippingResult, stage: string): CalculationState {
  if (result.amount < 0n) throw new CalculationInvariantError(stage, ['shipping cannot be negative'])
  return state.shipping ? state : { ...state, shipping: { ...result } }
}

/** Rounds value × percent / 100 half-up to a whole minor unit (percent has up to 4 decimals). */
const percentOf = (value: bigint, percent: string) => {
  const scaled = parseDecimal(percent, 4, 'percent')
  return rescale(value * scaled, 6, 0)
}

/**
 * After the shipping stage: shipping adjustments take their final amount, in the order they were made, each from
 * what the earlier ones left: a fixed amount is capped at it, a percent is of the shipping price.
 */
export function settleShippingAdjustments(state: CalculationState): CalculationState {
  let left = state.shipping?.amount ?? 0n
  const adjustments: AppliedAdjustment[] = []
  for (const adjustment of state.adjustments) {
    if (adjustment.target !== 'shipping' || !adjustment.requested) {
      adjustments.push(adjustment)
      continue
    }
    const { requested, ...rest } = adjustment
    const wanted = requested.amount ?? percentOf(state.shipping?.amount ?? 0n, requested.percent ?? '0')
    const amount = wanted < left ? wanted : left
    left -= amount
    if (amount > 0n) adjustments.push({ ...rest, amount })
  }
  return { ...state, adjustments }
}

/** A tax result adds tax lines; whether prices include tax is the tax handlers' to say, and they must agree. */
export function applyTax(state: CalculationState, result: TaxResult, stage: string): CalculationState {
  for (const row of result.taxLines) {
    if (row.target === 'line') lineAt(state, row.line, stage)
    if (row.amount < 0n) throw new CalculationInvariantError(stage, ['a tax line cannot be negative'])
  }
  const saysIncluded = result.pricesIncludeTax
  const earlier = state.taxLines.length > 0
  if (saysIncluded !== undefined && earlier && saysIncluded !== state.pricesIncludeTax) {
    throw new CalculationInvariantError(stage, ['tax handlers disagree on whether prices include tax'])
  }
  return {
    ...state,
    pricesIncludeTax: saysIncluded ?? state.pricesIncludeTax,
    taxLines: [...state.taxLines, ...result.taxLines],
  }
}
