/**
 * The calculation pipeline's vocabulary (pure, no Payload import): what a client asks, the state the core keeps,
 * and the narrow result each stage kind returns for the core to apply.
 */
import type { RoundingPoint } from '../money'
import type { Id } from '../ids'
import type { CalculationInputs } from '../index'

/** The stages in the order they run. `total` belongs to the core: it is the only code that writes totals. */
export const CALCULATION_STAGES = ['price', 'discount', 'shipping', 'tax', 'total'] as const
export type CalculationStage = (typeof CALCULATION_STAGES)[number]
export type PluginStage = Exclude<CalculationStage, 'total'>

export type CalculationInputLine = { product: Id; variant?: Id | null; quantity: unknown; unit?: string | null }

/** What a client asks to calculate: never prices or totals. Plugins add inputs to CalculationInputs (src/kit/index.ts). */
export type CalculationInput = {
  currency: string
  website?: Id | null
  customer?: Id | null
  lines: CalculationInputLine[]
} & CalculationInputs

/** The product facts a line loader provides for each line before the stages run. */
export type LineProduct = {
  id: Id
  sku: string
  name: string
  /** fallback price in the calculation currency's minor units, when the product has one */
  basePriceMinor: bigint | null
  /** further product fields stages declared (`productFields`): weight, tax code, brand… */
  attributes: Record<string, unknown>
}

export type CalculationLine = {
  index: number
  product: LineProduct
  variant: Id | null
  /** quantity scaled by 10^QUANTITY_SCALE */
  quantity: bigint
  unit: string | null
  /** scaled by 10^PRICE_SCALE; null until a `price` handler or the base-price fallback sets it */
  unitPrice: bigint | null
  /** which price list the price came from; null for the base price */
  priceList: Id | null
  /** minor units: unitPrice × quantity rounded at the configured point */
  amount: bigint
  /** minor units, money off: the line's own adjustments plus its share of order-level ones */
  discount: bigint
  /** minor units */
  tax: bigint
  /** minor units: amount − discount (+ tax when prices exclude tax) */
  total: bigint
}

/** Why money came off: the promotion and, when one was entered, the coupon. */
export type AdjustmentSource = { promotion: Id; name: string; coupon?: string | null }

/**
 * A discount handler's result rows. Line and order amounts are minor units and must fit in what is left (a handler
 * asking for more is a bug the core reports). A shipping adjustment is settled once the shipping stage has priced
 * shipping: a fixed `amount` (capped at the shipping left) or a `percent` of it (half-up).
 */
export type Adjustment =
  | { target: 'line'; line: number; amount: bigint; source: AdjustmentSource }
  | { target: 'order'; amount: bigint; source: AdjustmentSource }
  | { target: 'shipping'; amount?: bigint; percent?: string; source: AdjustmentSource }

/** An adjustment as the core applied it: its final amount, and an order adjustment's share per line. */
export type AppliedAdjustment = {
  target: Adjustment['target']
  line?: number
  amount: bigint
  /** order-level adjustments: the amount allocated to each line (largest remainder; sums to `amount`) */
  allocation?: bigint[]
  source: AdjustmentSource
  /** the handler that made it */
  stage: string
  /** a shipping adjustment waiting for the shipping stage to price shipping (amount 0 until then) */
  requested?: { amount?: bigint; percent?: string }
}

export type TaxLine = { target: 'line' | 'shipping'; line?: number; code: string; rate: string; amount: bigint }

export type PriceResult = { lines: Array<{ line: number; unitPrice: bigint; priceList: Id | null }> }
export type DiscountResult = { adjustments: Adjustment[] }
export type ShippingResult = { amount: bigint; method: Id | string; taxCode?: string | null }
export type TaxResult = { taxLines: TaxLine[]; pricesIncludeTax?: boolean }

export type StageResults = { price: PriceResult; discount: DiscountResult; shipping: ShippingResult; tax: TaxResult }

/**
 * Who a calculation is for, as the line loader resolved it in the read it makes anyway: the website (the named one,
 * else the first by id; null when there is none) and the customer's group. Stages read it instead of asking again.
 */
export type CalculationBuyer = { website: Id | null; customerGroup: Id | null }

export type CalculationState = {
  input: CalculationInput
  /** absent when a state is built without a line loader (pure tests): stages then read it themselves */
  buyer?: CalculationBuyer
  currency: { code: string; minorDigits: number }
  rounding: RoundingPoint
  /** true when unit prices already include tax (a tax handler says so): tax is extracted, not added */
  pricesIncludeTax: boolean
  lines: CalculationLine[]
  adjustments: AppliedAdjustment[]
  /** the shipping stage's answer, before shipping discounts */
  shipping: ShippingResult | null
  shippingDiscount: bigint
  taxLines: TaxLine[]
  subtotal: bigint
  discountTotal: bigint
  /** shipping after shipping discounts */
  shippingTotal: bigint
  taxTotal: bigint
  grandTotal: bigint
  appliedPromotions: Array<{ id: Id; name: string; coupon: string | null; amount: bigint }>
  taxes: Array<{ code: string; rate: string; amount: bigint }>
}

/**
 * A handler of one stage kind. It reads the state (everything earlier stages and handlers produced: a tax handler
 * sees the discounts) and returns its narrow result, or null when it has nothing to say; it never writes totals.
 */
export type StageRegistration<Context, Stage extends PluginStage = PluginStage> = Stage extends PluginStage
  ? {
      stage: Stage
      /** unique name (`plugin:what`), shown in errors and named by `replaces` */
      name: string
      /** lower runs first within a stage (default 0) */
      order?: number
      /** the name of another plugin's handler this one takes the place of */
      replaces?: string
      /** product fields this handler reads from `line.product.attributes` (the loader selects only these) */
      productFields?: readonly string[]
      /**
       * What `run` reads on every calculation, declared from what is known before any stage runs (the input and the
       * buyer), so the wiring can make every handler's read and the products' in one round trip
       * (src/kit/calculation-reads.ts). Its answer reaches `run` as `read`; null when there is nothing to read.
       */
      read?: (start: StageReadStart, context: Context) => StageRead | null | Promise<StageRead | null>
      /** `read` is the answer of this handler's `read`, undefined when the caller read nothing ahead (pure tests) */
      run: (
        state: Readonly<CalculationState>,
        context: Context,
        read?: unknown,
      ) => StageResults[Stage] | null | undefined | Promise<StageResults[Stage] | null | undefined>
    }
  : never

/**
 * What a handler's `read` is declared from: the input, who it is for (the line loader's answer), and whether the
 * calculation prices an order being placed (a cart price or a preview is not).
 */
export type StageReadStart = { input: CalculationInput; buyer: CalculationBuyer; placing: boolean }

/**
 * A handler's declared read, opaque to the pure pipeline, which never runs it: the wiring's `SqlRead`
 * (src/kit/read-together.ts), a SELECT and the parser of its rows.
 */
export type StageRead = { readonly query: unknown; readonly parse: (rows: Array<Record<string, unknown>>) => unknown }

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

/** A handler broke a rule every calculation keeps: a bug, reported with the stage's name, never a wrong total. */
export class CalculationInvariantError extends Error {
  constructor(
    readonly stage: string,
    readonly problems: readonly string[],
  ) {
    super(`Calculation stage "${stage}" broke an invariant: ${problems.join('; ')}`)
    this.name = 'CalculationInvariantError'
  }
}
