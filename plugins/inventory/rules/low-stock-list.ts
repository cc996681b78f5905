/**
 * The admin's low-stock list: levels at or below their threshold, the emptiest first (least available above its
 * threshold), and how much a transfer request should ask for. Quantities in thousandths.
 */
import { positive } from './quantities'

export type LowLevel = { available: bigint; threshold: bigint; reorderQuantity: bigint }

/** At or below the threshold, as `lowStock` is flipped by the ledger (apply-movement.ts). */
export const isLow = (level: Pick<LowLevel, 'available' | 'threshold'>): boolean => level.available <= level.threshold

/** Most urgent first: the furthest below (or least above) its threshold. */
export const byUrgency = <T extends LowLevel>(levels: readonly T[]): T[] =>
  [...levels].sort((a, b) => {
    const margin = a.available - a.threshold - (b.available - b.threshold)
    return margin < 0n ? -1 : margin > 0n ? 1 : 0
  })

/**
 * What a transfer request asks for: the level's reorder quantity when it has one, else enough to lift it one whole
 * unit above its threshold (threshold − available + 1, rounded up to whole units).
 */
export function suggestedTransferQuantity(level: LowLevel): bigint {
  if (level.reorderQuantity > 0n) return level.reorderQuantity
  const missing = positive(level.threshold - level.available) + 1000n
  return ((missing + 999n) / 1000n) * 1000n
}
