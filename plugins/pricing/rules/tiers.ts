/** Which quantity tier a buyer pays (CONTRACT: the largest minimum quantity ≤ the quantity), pure. */
import { parseDecimal, QUANTITY_SCALE } from '../../../src/kit'

export type Tier = { minQuantity: string | number; value: string }

/**
 * The tier of the largest minimum quantity ≤ `quantity` (scaled by 10^QUANTITY_SCALE) among `tiers` (already those
 * of the line's product, unit and currency); null when the quantity is below every tier.
 */
export function tierFor<T extends Tier>(tiers: readonly T[], quantity: bigint): T | null {
  let best: { tier: T; min: bigint } | null = null
  for (const tier of tiers) {
    const min = parseDecimal(tier.minQuantity, QUANTITY_SCALE)
    if (min <= quantity && (!best || min > best.min)) best = { tier, min }
  }
  return best?.tier ?? null
}
