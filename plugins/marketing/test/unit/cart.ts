/** A small cart builder for the rule tests: lines from (sku, unit price in minor units, quantity). */
import type { PromotionCart } from '../../../../src/kit'

export function cartOf(lines: Array<[sku: string, unitMinor: number, quantity: number, attributes?: Record<string, unknown>]>, extra: Partial<PromotionCart> = {}): PromotionCart {
  const built = lines.map(([sku, unitMinor, quantity, attributes], index) => {
    const amount = BigInt(unitMinor) * BigInt(Math.round(quantity * 1000)) / 1000n
    return { index, product: index + 1, variant: null, sku, quantity: BigInt(Math.round(quantity * 1000)), unitPrice: BigInt(unitMinor) * 100n, amount, left: amount, attributes: attributes ?? {} }
  })
  return {
    currency: 'USD',
    minorDigits: 2,
    website: 1,
    customer: 7,
    customerGroup: 3,
    shippingCountry: 'US',
    subtotal: built.reduce((sum, line) => sum + line.amount, 0n),
    lines: built,
    ...extra,
  }
}

export const all = (cart: PromotionCart) => cart.lines.map((line) => line.index)
