/** Tax rates as editors write them (pure): percent, a decimal string with up to 4 places, from 0 to 100. */
import { parseDecimal } from '../../../src/kit'

export const RATE_SCALE = 4

/** Why `value` is not a rate, or null when it is one. */
export function rateProblem(value: unknown): string | null {
  let scaled: bigint
  try {
    scaled = parseDecimal(value, RATE_SCALE, 'rate')
  } catch {
    return 'rate must be a percent with at most 4 decimals, e.g. 19 or 8.875'
  }
  if (scaled < 0n || scaled > 100n * 10n ** BigInt(RATE_SCALE)) return 'rate must be between 0 and 100 percent'
  return null
}

/** A rate written without trailing zeros ("19.0000" → "19", "4.50" → "4.5"), as the answer's `taxes` shows it. */
export function normalizeRate(value: string): string {
  const text = value.trim().replace(/^\+/, '')
  if (!text.includes('.')) return text.replace(/^0+(?=\d)/, '')
  return text.replace(/0+$/, '').replace(/\.$/, '').replace(/^0+(?=\d)/, '')
}
