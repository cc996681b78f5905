/**
 * Shipping cost of a cart for one shipping method's rate (pure, no Payload import).
 *
 * cost = base amount + per-kg amount × total weight, rounded half-up to the minor unit once, on the total weight;
 * free when the merchandise total (subtotal after discounts) reaches the rate's free-shipping threshold.
 */
import { rescale } from '../../../src/kit'

/** Weights are read to the milligram: kilograms scaled by 10^6. */
export const WEIGHT_SCALE = 6

export type ShippingRate = {
  /** minor units per shipment */
  baseAmount: bigint
  /** minor units per kilogram */
  perKgAmount: bigint
  /** merchandise total (minor units) from which shipping is free; null = never free */
  freeAbove: bigint | null
}

export type ShippedLine = {
  /** kilograms per unit scaled by 10^WEIGHT_SCALE; null when the product has no weight */
  unitWeight: bigint | null
  /** quantity scaled by 10^quantityScale */
  quantity: bigint
}

export function totalWeight(lines: readonly ShippedLine[], quantityScale: number): bigint {
  const exact = lines.reduce((sum, line) => sum + (line.unitWeight ?? 0n) * line.quantity, 0n)
  return rescale(exact, WEIGHT_SCALE + quantityScale, WEIGHT_SCALE)
}

export function shippingCost(rate: ShippingRate, weight: bigint, merchandiseTotal: bigint): bigint {
  if (rate.freeAbove !== null && merchandiseTotal >= rate.freeAbove) return 0n
  return rate.baseAmount + rescale(rate.perKgAmount * weight, WEIGHT_SCALE, 0)
}
