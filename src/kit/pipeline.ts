/**
 * The order calculation pipeline (pure, no Payload import).
 *
 * One function computes a cart's or an order's lines and totals in fixed stages:
 *   price → discount → shipping → tax → total
 * Plugins register handlers for a stage (pricing on `price`, marketing on `discount`, …). A stage with no handler
 * passes the state through unchanged. The core registers the last `price` handler (the product's base price as the
 * fallback, then line amounts) and the `total` handler, so every calculation ends with consistent totals.
 * Handlers receive a context (in the app: the Payload request) only to load data; the arithmetic they do belongs in
 * pure rules.
 */
import { formatDecimal, lineTotals, minorToPrice, PRICE_SCALE, toSafeNumber, type RoundingPoint } from './money'

export const CALCULATION_STAGES = ['price', 'discount', 'shipping', 'tax', 'total'] as const
export type CalculationStage = (typeof CALCULATION_STAGES)[number]

export type Id = number | string

/** What a client asks to calculate: never prices or totals. */
export type CalculationInput = {
  currency: string
  website?: Id | null
  customer?: Id | null
  lines: Array<{ product: Id; variant?: Id | null; quantity: unknown; unit?: string | null }>
  coupons?: string[]
  shippingAddress?: Record<string, unknown> | null
  billingAddress?: Record<string, unknown> | null
  shippingMethod?: Id | string | null
}

/** The product facts the core loads for each line before the stages run. */
export type LineProduct = {
  id: Id
  sku: string
  name: string
  /** fallback price in the calculation currency's minor units, when the product has one */
  basePriceMinor: bigint | null
  /** further product data stages may need (weight, tax code, …) */
  attributes: Record<string, unknown>
}

export type CalculationLine = {
  index: number
  product: LineProduct
  variant: Id | null
  /** quantity scaled by 10^QUANTITY_SCALE */
  quantity: bigint
  unit: string | null
  /** scaled by 10^PRICE_SCALE; null until a `price` handler or the fallback sets it */
  unitPrice: bigint | null
  /** which price list the price came from; null for the base price */
  priceList: Id | null
  /** minor units: unitPrice × quantity rounded at the configured point */
  amount: bigint
  /** minor units, positive = money off */
  discount: bigint
  /** minor units */
  tax: bigint
  /** minor units: amount − discount (+ tax when prices exclude tax) */
  total: bigint
}

export type CalculationState = {
  input: CalculationInput
  currency: { code: string; minorDigits: number }
  rounding: RoundingPoint
  /** true when unit prices already include tax (the tax stage then extracts tax instead of adding it) */
  pricesIncludeTax: boolean
  lines: CalculationLine[]
  subtotal: bigint
  discountTotal: bigint
  shippingTotal: bigint
  taxTotal: bigint
  grandTotal: bigint
  appliedPromotions: Array<{ id: Id; name: string; amount: bigint }>
  taxes: Array<{ code: string; rate: string; amount: bigint }>
}

/** What a calculation starts from: the lines as given, nothing priced, every amount zero. */
export function startCalculation(options: {
  input: CalculationInput
  currency: CalculationState['currency']
  rounding: RoundingPoint
  lines: Array<{ product: LineProduct; variant: Id | null; quantity: bigint; unit: string | null }>
}): CalculationState {
  return {
    input: options.input,
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
    subtotal: 0n,
    discountTotal: 0n,
    shippingTotal: 0n,
    taxTotal: 0n,
    grandTotal: 0n,
    appliedPromotions: [],
    taxes: [],
  }
}

export type StageHandler<Context> = (state: CalculationState, context: Context) => CalculationState | Promise<CalculationState>

export type RegisteredStage<Context> = {
  stage: CalculationStage
  /** unique name, shown in errors and used to replace a handler */
  name: string
  /** lower runs first within a stage; the core's own handlers use 1000 and above */
  order?: number
  run: StageHandler<Context>
}

/** A calculation that cannot proceed because of what the client sent (answered as 400 naming the field). */
export class CalculationError extends Error {
  constructor(
    message: string,
    readonly field?: string,
    readonly status = 400,
  ) {
    super(message)
    this.name = 'CalculationError'
  }
}

/** Core `price` handler: lines no plugin priced get the product's base price in the calculation currency. */
export const basePriceFallback: StageHandler<unknown> = (state) => ({
  ...state,
  lines: state.lines.map((line) => {
    if (line.unitPrice !== null) return line
    if (line.product.basePriceMinor === null) {
      throw new CalculationError(
        `Product ${line.product.sku} has no price in ${state.currency.code}`,
        `lines.${line.index}.product`,
      )
    }
    return { ...line, unitPrice: minorToPrice(line.product.basePriceMinor, state.currency.minorDigits), priceList: null }
  }),
})

/** Core `price` handler, after the fallback: line amounts and the subtotal at the configured rounding point. */
export const lineAmounts: StageHandler<unknown> = (state) => {
  const totals = lineTotals(
    state.lines.map((line) => ({ scaledPrice: line.unitPrice ?? 0n, scaledQuantity: line.quantity })),
    state.currency.minorDigits,
    state.rounding,
  )
  return {
    ...state,
    lines: state.lines.map((line, index) => ({ ...line, amount: totals.lines[index] })),
    subtotal: totals.subtotal,
  }
}

/** Core `total` handler: line totals and the grand total from what the earlier stages set. */
export const grandTotal: StageHandler<unknown> = (state) => {
  const taxAdded = state.pricesIncludeTax ? 0n : 1n
  const lines = state.lines.map((line) => ({ ...line, total: line.amount - line.discount + line.tax * taxAdded }))
  const discountTotal = state.lines.reduce((sum, line) => sum + line.discount, 0n)
  const taxTotal = state.taxTotal
  const total = state.subtotal - discountTotal + state.shippingTotal + taxTotal * taxAdded
  if (total < 0n) throw new CalculationError('The order total cannot be negative', 'lines')
  return { ...state, lines, discountTotal, grandTotal: total }
}

export const CORE_STAGES: ReadonlyArray<RegisteredStage<unknown>> = [
  { stage: 'price', name: 'core:base-price-fallback', order: 1000, run: basePriceFallback },
  { stage: 'price', name: 'core:line-amounts', order: 1001, run: lineAmounts },
  { stage: 'total', name: 'core:grand-total', order: 1000, run: grandTotal },
]

/** Orders handlers: by stage, then `order`, then registration order. Later registrations with a used name replace it. */
export function orderStages<Context>(stages: ReadonlyArray<RegisteredStage<Context>>): RegisteredStage<Context>[] {
  const byName = new Map<string, { stage: RegisteredStage<Context>; position: number }>()
  stages.forEach((stage, position) => byName.set(stage.name, { stage, position }))
  return [...byName.values()]
    .sort(
      (a, b) =>
        CALCULATION_STAGES.indexOf(a.stage.stage) - CALCULATION_STAGES.indexOf(b.stage.stage) ||
        (a.stage.order ?? 0) - (b.stage.order ?? 0) ||
        a.position - b.position,
    )
    .map(({ stage }) => stage)
}

/** Runs the registered handlers (plus the core ones) over the state, stage by stage. */
export async function runCalculation<Context>(
  initial: CalculationState,
  stages: ReadonlyArray<RegisteredStage<Context>>,
  context: Context,
): Promise<CalculationState> {
  let state = initial
  for (const handler of orderStages<Context>([...(CORE_STAGES as RegisteredStage<Context>[]), ...stages])) {
    state = await handler.run(state, context)
  }
  return state
}

/** The calculation as the API shows it (CONTRACT.md): totals as integer minor units, unit prices as decimal strings. */
export function presentCalculation(state: CalculationState) {
  return {
    currency: state.currency.code,
    lines: state.lines.map((line) => ({
      product: line.product.id,
      sku: line.product.sku,
      variant: line.variant,
      quantity: Number(formatDecimal(line.quantity, 3)),
      unitPrice: formatDecimal(line.unitPrice ?? 0n, PRICE_SCALE),
      priceList: line.priceList,
      amount: toSafeNumber(line.amount),
      discount: toSafeNumber(line.discount),
      tax: toSafeNumber(line.tax),
      total: toSafeNumber(line.total),
    })),
    subtotal: toSafeNumber(state.subtotal),
    discountTotal: toSafeNumber(state.discountTotal),
    shippingTotal: toSafeNumber(state.shippingTotal),
    taxTotal: toSafeNumber(state.taxTotal),
    grandTotal: toSafeNumber(state.grandTotal),
    appliedPromotions: state.appliedPromotions.map((promotion) => ({ ...promotion, amount: toSafeNumber(promotion.amount) })),
    taxes: state.taxes.map((tax) => ({ ...tax, amount: toSafeNumber(tax.amount) })),
  }
}

export type PresentedCalculation = ReturnType<typeof presentCalculation>
