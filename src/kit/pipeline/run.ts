/** Running the stages over a state, and showing the result as the API does (pure). */
import { formatDecimal, PRICE_SCALE, toSafeNumber } from '../money'
import { applyDiscount, applyPrice, applyShipping, applyTax, settlePrices, settleShippingAdjustments } from './apply'
import { assertCalculationAddsUp } from './invariants'
import { deriveTotals } from './state'
import type { CalculationState, PluginStage, StageRegistration, StageResults } from './types'

const PLUGIN_STAGES: readonly PluginStage[] = ['price', 'discount', 'shipping', 'tax']

function applyResult(state: CalculationState, stage: PluginStage, result: StageResults[PluginStage], name: string): CalculationState {
  switch (stage) {
    case 'price':
      return applyPrice(state, result as StageResults['price'], name)
    case 'discount':
      return applyDiscount(state, result as StageResults['discount'], name)
    case 'shipping':
      return applyShipping(state, result as StageResults['shipping'], name)
    case 'tax':
      return applyTax(state, result as StageResults['tax'], name)
  }
}

/** The core's own step at the end of a stage: base prices and line amounts after `price`, shipping discounts after `shipping`. */
const settle = (stage: PluginStage, state: CalculationState) =>
  stage === 'price' ? settlePrices(state) : stage === 'shipping' ? settleShippingAdjustments(state) : state

/**
 * Runs `stages` (already resolved: see resolveStages) stage by stage. After every handler the core applies its
 * result, derives every total and checks that the calculation adds up, so a broken handler is named, never hidden.
 * `reads` holds, by handler name, the answers of the handlers' declared reads when the caller made them ahead.
 */
export async function runCalculation<Context>(
  initial: CalculationState,
  stages: ReadonlyArray<StageRegistration<Context>>,
  context: Context,
  reads?: ReadonlyMap<string, unknown>,
): Promise<CalculationState> {
  let state = deriveTotals(initial)
  for (const stage of PLUGIN_STAGES) {
    for (const handler of stages) {
      if (handler.stage !== stage) continue
      const result = await handler.run(state, context, reads?.get(handler.name))
      if (!result) continue
      state = deriveTotals(applyResult(state, stage, result, handler.name))
      assertCalculationAddsUp(state, handler.name)
    }
    // settling changes nothing after most stages: the state was derived and checked after its last handler already
    const settled = settle(stage, state)
    if (settled === state) continue
    state = deriveTotals(settled)
    assertCalculationAddsUp(state, `core:${stage}`)
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
    shippingDiscount: toSafeNumber(state.shippingDiscount),
    shippingTotal: toSafeNumber(state.shippingTotal),
    taxTotal: toSafeNumber(state.taxTotal),
    grandTotal: toSafeNumber(state.grandTotal),
    pricesIncludeTax: state.pricesIncludeTax,
    appliedPromotions: state.appliedPromotions.map((promotion) => ({ ...promotion, amount: toSafeNumber(promotion.amount) })),
    taxes: state.taxes.map((tax) => ({ ...tax, amount: toSafeNumber(tax.amount) })),
  }
}

export type PresentedCalculation = ReturnType<typeof presentCalculation>
