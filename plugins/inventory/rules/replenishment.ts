/**
 * Automatic replenishment of a low level: a transfer from the warehouse with the most surplus above its own reorder
 * point, or a purchase request when none has any. Quantities in thousandths.
 */
import type { Id } from '../../../src/kit'

export type ReplenishmentSource = { level: Id; warehouse: Id; available: bigint; reorderPoint: bigint }
export type Replenishment = { kind: 'transfer'; from: ReplenishmentSource; quantity: bigint } | { kind: 'purchase'; quantity: bigint }

/** `wanted` is the low level's reorder quantity; a transfer sends at most the source's surplus. */
export function planReplenishment(wanted: bigint, sources: readonly ReplenishmentSource[]): Replenishment | null {
  if (wanted <= 0n) return null
  let best: ReplenishmentSource | null = null
  for (const source of sources) {
    const surplus = source.available - source.reorderPoint
    if (surplus > 0n && (!best || surplus > best.available - best.reorderPoint)) best = source
  }
  if (!best) return { kind: 'purchase', quantity: wanted }
  const surplus = best.available - best.reorderPoint
  return { kind: 'transfer', from: best, quantity: surplus < wanted ? surplus : wanted }
}
