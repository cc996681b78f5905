/**
 * What a storefront may know about a product's stock: a status, never the quantity (unless the website allows it).
 * Summed over the product's tracked levels in the warehouses that serve the website.
 */
import { positive } from './quantities'

export const AVAILABILITY_STATUSES = ['inStock', 'lowStock', 'backorder', 'outOfStock'] as const
export type AvailabilityStatus = (typeof AVAILABILITY_STATUSES)[number]

/** One level as the rule needs it; quantities in thousandths. */
export type StockSummary = { available: bigint; lowStockThreshold: bigint; backorderLimit: bigint; tracked: boolean }

/**
 * `inStock` above the summed low-stock thresholds, `lowStock` at or below them while some is available, `backorder`
 * when nothing is but a level takes backorders, else `outOfStock`. A product without tracked levels is not managed
 * by inventory: `inStock`.
 */
export function availabilityOf(levels: readonly StockSummary[]): { status: AvailabilityStatus; quantity: bigint | null } {
  const tracked = levels.filter((level) => level.tracked)
  if (tracked.length === 0) return { status: 'inStock', quantity: null }
  const available = tracked.reduce((sum, level) => sum + positive(level.available), 0n)
  const threshold = tracked.reduce((sum, level) => sum + level.lowStockThreshold, 0n)
  if (available > threshold) return { status: 'inStock', quantity: available }
  if (available > 0n) return { status: 'lowStock', quantity: available }
  const backorderRoom = tracked.some((level) => level.available + level.backorderLimit > 0n)
  return { status: backorderRoom ? 'backorder' : 'outOfStock', quantity: 0n }
}
