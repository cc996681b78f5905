/** Exact discount arithmetic on minor units (pure): percents as decimal text, every rounding half-up. */
import { parseDecimal, QUANTITY_SCALE, rescale, sumOf } from '../../../src/kit'

/** Parses a percent between 0 and 100 with up to 4 decimals ("12.5" → 125000n, scaled by 10^4). */
export function parsePercent(value: unknown, field = 'percent'): bigint {
  const scaled = parseDecimal(value, 4, field)
  if (scaled < 0n || scaled > 1_000_000n) throw new RangeError(`${field} must be between 0 and 100`)
  return scaled
}

/** `value` × percent / 100, half-up to a whole minor unit: percentOf(1999n, '15') = 300n (299.85 → 300). */
export const percentOf = (value: bigint, percent: unknown): bigint => rescale(value * parsePercent(percent), 6, 0)

/** The part of `amount` that `part` of `whole` units stand for, half-up: share(1000n, 1000n, 3000n) = 333n. */
export const share = (amount: bigint, part: bigint, whole: bigint): bigint => (whole <= 0n ? 0n : (2n * amount * part + whole) / (2n * whole))

/** Whole units in a quantity scaled by 10^3 (3.5 kg → 3). */
export const wholeUnits = (quantity: bigint): bigint => quantity / 10n ** BigInt(QUANTITY_SCALE)

export const minOf = (a: bigint, b: bigint): bigint => (a < b ? a : b)

/** The sum of what is left of some lines. */
export const leftOf = (lines: ReadonlyArray<{ left: bigint }>): bigint => sumOf(lines.map((line) => line.left))
