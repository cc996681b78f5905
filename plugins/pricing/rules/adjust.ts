/**
 * Adjusting a list's prices by a percentage (the admin's bulk action), pure: value × (1 + percent / 100), rounded
 * half-up to `precision` decimals with the price rules' formula; a result below zero is refused rather than clamped.
 */
import { formatDecimal, parseDecimal, PRICE_SCALE } from '../../../src/kit'
import { applyFormula } from './price-rule'

/** `percent` with up to 2 decimals ("-12.5") as the multiplier a formula takes ("0.8750"): 1 + p/100 at scale 4 is 10^4 + p at scale 2. */
export function percentMultiplier(percent: string): string {
  return formatDecimal(10n ** BigInt(PRICE_SCALE) + parseDecimal(percent, 2, 'percent'), PRICE_SCALE)
}

/** The adjusted value as 4-place decimal text, or null when it would be negative. */
export function adjustPrice(value: string, percent: string, precision: number): string | null {
  const adjusted = applyFormula(parseDecimal(value, PRICE_SCALE), { multiply: percentMultiplier(percent), add: '0', precision })
  return adjusted === null ? null : formatDecimal(adjusted, PRICE_SCALE)
}
