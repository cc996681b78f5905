/** The cart promotions see, from the calculation state (pure): what is left of each line after earlier discounts. */
import type { CalculationState, PromotionCart } from '../../../src/kit'

export const cartOf = (state: Readonly<CalculationState>, customerGroup: PromotionCart['customerGroup']): PromotionCart => ({
  currency: state.currency.code,
  minorDigits: state.currency.minorDigits,
  website: state.input.website ?? null,
  customer: state.input.customer ?? null,
  customerGroup,
  shippingCountry: state.input.shippingAddress?.country ?? null,
  subtotal: state.subtotal,
  lines: state.lines.map((line) => ({
    index: line.index,
    product: line.product.id,
    variant: line.variant,
    sku: line.product.sku,
    quantity: line.quantity,
    unitPrice: line.unitPrice ?? 0n,
    amount: line.amount,
    left: line.amount - line.discount,
    attributes: line.product.attributes,
  })),
})
