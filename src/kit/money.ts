/**
 * Exact money arithmetic (pure, no Payload import).
 *
 * - Totals are integers in the currency's minor unit (607 = $6.07).
 * - Unit prices carry up to PRICE_SCALE (4) decimals and are held as an integer count of 1/10^4 of the major unit
 *   ("scaled price": $1.0149 = 10149).
 * - Quantities carry up to QUANTITY_SCALE (3) decimals (kilograms, metres), held as an integer count of 1/1000.
 * All arithmetic is on bigint; a value only becomes a JS number at the edge, after checking it is a safe integer.
 * Every rounding is half-up (half away from zero), at the point the caller names.
 */

export const PRICE_SCALE = 4
export const QUANTITY_SCALE = 3

/** Where line amounts are rounded to the minor unit (Oro's three modes). */
export type RoundingPoint = 'unit' | 'row' | 'total'

export class MoneyError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message)
    this.name = 'MoneyError'
  }
}

const pow10 = (exponent: number): bigint => 10n ** BigInt(exponent)

/**
 * Parses a decimal written as a string or a number ("1.0149", 12, "-3.5") into an integer scaled by 10^scale.
 * Rejects more decimals than `scale` instead of silently rounding them: a client never gets a price it did not send.
 */
export function parseDecimal(value: unknown, scale: number, field?: string): bigint {
  const text = typeof value === 'number' ? numberToPlainString(value) : typeof value === 'string' ? value.trim() : ''
  const match = /^([+-])?(\d+)(?:\.(\d+))?$/.exec(text)
  if (!match) throw new MoneyError(`${field ?? 'value'} must be a decimal number`, field)
  const [, sign, whole, fraction = ''] = match
  if (fraction.length > scale) {
    throw new MoneyError(`${field ?? 'value'} has more than ${scale} decimal places`, field)
  }
  const magnitude = BigInt(whole) * pow10(scale) + BigInt(fraction.padEnd(scale, '0') || '0')
  return sign === '-' ? -magnitude : magnitude
}

function numberToPlainString(value: number): string {
  if (!Number.isFinite(value)) return ''
  // toString gives exponent notation for very small/large numbers; toFixed(20) is exact for what we accept.
  const text = String(value)
  return /e/i.test(text) ? value.toFixed(20).replace(/\.?0+$/, '') : text
}

/** Formats a scaled integer as a plain decimal string with exactly `scale` decimals: (10149n, 4) → "1.0149". */
export function formatDecimal(value: bigint, scale: number): string {
  const negative = value < 0n
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0')
  const whole = digits.slice(0, digits.length - scale)
  const fraction = digits.slice(digits.length - scale)
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`
}

/** An amount in minor units for people and emails: (58238n, 2, 'USD') → "USD 582.38". */
export const formatMinor = (minor: bigint, minorDigits: number, currency: string): string =>
  `${currency} ${formatDecimal(minor, minorDigits)}`

/** Rescales an integer from `fromScale` to `toScale` decimals, rounding half away from zero when precision drops. */
export function rescale(value: bigint, fromScale: number, toScale: number): bigint {
  if (toScale >= fromScale) return value * pow10(toScale - fromScale)
  const divisor = pow10(fromScale - toScale)
  const magnitude = value < 0n ? -value : value
  const rounded = (magnitude + divisor / 2n) / divisor
  return value < 0n ? -rounded : rounded
}

/** A scaled unit price rounded to the currency's minor unit (e.g. 10149n at 2 digits → 101n). */
export const priceToMinor = (scaledPrice: bigint, minorDigits: number): bigint =>
  rescale(scaledPrice, PRICE_SCALE, minorDigits)

/** Converts an amount in minor units to a scaled unit price (607n at 2 digits → 60700n). */
export const minorToPrice = (minor: bigint, minorDigits: number): bigint => rescale(minor, minorDigits, PRICE_SCALE)

/**
 * A line's amount before the final rounding, as an integer scaled by 10^(PRICE_SCALE + QUANTITY_SCALE).
 * With rounding point 'unit' the unit price is rounded to the minor unit first (Oro "per unit").
 */
export function lineAmountExact(
  scaledPrice: bigint,
  scaledQuantity: bigint,
  minorDigits: number,
  point: RoundingPoint,
): bigint {
  const unit = point === 'unit' ? minorToPrice(priceToMinor(scaledPrice, minorDigits), minorDigits) : scaledPrice
  return unit * scaledQuantity
}

const EXACT_SCALE = PRICE_SCALE + QUANTITY_SCALE

/** Rounds an exact line amount to minor units. */
export const exactToMinor = (exact: bigint, minorDigits: number): bigint => rescale(exact, EXACT_SCALE, minorDigits)

/**
 * Line totals in minor units for a set of lines, honouring the rounding point:
 * - 'unit' and 'row': each line is rounded, the subtotal is the sum of rounded lines;
 * - 'total': lines are summed exactly and only the subtotal is rounded; each line's own figure is still shown rounded,
 *   so displayed lines may differ from the subtotal by the rounding difference, as in Oro.
 */
export function lineTotals(
  lines: ReadonlyArray<{ scaledPrice: bigint; scaledQuantity: bigint }>,
  minorDigits: number,
  point: RoundingPoint,
): { lines: bigint[]; subtotal: bigint } {
  const exact = lines.map((line) => lineAmountExact(line.scaledPrice, line.scaledQuantity, minorDigits, point))
  const rounded = exact.map((amount) => exactToMinor(amount, minorDigits))
  const subtotal =
    point === 'total'
      ? exactToMinor(
          sumOf(exact),
          minorDigits,
        )
      : sumOf(rounded)
  return { lines: rounded, subtotal }
}

/** The exact sum of bigint amounts (0 for none). */
export const sumOf = (values: Iterable<bigint>): bigint => {
  let total = 0n
  for (const value of values) total += value
  return total
}

/**
 * Splits `amount` over `weights` in proportion, in whole minor units, so the parts always add up to `amount`
 * (largest remainder method; ties go to the earlier weight). Used to spread an order discount over its lines.
 */
export function allocate(amount: bigint, weights: readonly bigint[]): bigint[] {
  if (weights.length === 0) return []
  if (amount < 0n) return allocate(-amount, weights).map((share) => -share)
  const totalWeight = sumOf(weights)
  if (totalWeight <= 0n) return weights.map((_, index) => (index === 0 ? amount : 0n))
  const shares = weights.map((weight) => (amount * weight) / totalWeight)
  const remainders = weights.map((weight, index) => ({ index, remainder: (amount * weight) % totalWeight }))
  let left = amount - sumOf(shares)
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1))
  for (const { index } of remainders) {
    if (left === 0n) break
    shares[index] += 1n
    left -= 1n
  }
  return shares
}

/** A bigint as a JS number for JSON and the database, refusing values a double cannot hold exactly. */
export function toSafeNumber(value: bigint, field = 'amount'): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new MoneyError(`${field} is too large to represent exactly`, field)
  }
  return Number(value)
}

/** Reads an integer amount coming from the database or JSON (number or numeric string) as a bigint. */
export function toBigInt(value: unknown, field = 'amount'): bigint {
  if (typeof value === 'bigint') return value
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value)
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return BigInt(value.trim())
  throw new MoneyError(`${field} must be a whole number`, field)
}
