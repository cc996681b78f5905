/**
 * Money as people read and type it (pure, no Payload or React import): formatting stored amounts for the admin
 * (`690` USD → `$6.90`, `6,90 €` in German) and parsing what an editor types back into stored units (`6.90` → 690).
 *
 * Never through a binary float: typed text is parsed digit by digit into a bigint, and Intl.NumberFormat is given the
 * amount as an exact decimal string (ES2023 formats strings without converting them to a double).
 */
import { formatDecimal, PRICE_SCALE } from './money'

/** What formatting needs to know about a currency: its ISO 4217 code and the digits of its minor unit (USD 2). */
export type CurrencyFormat = { readonly code: string; readonly minorDigits: number }

export type ParsedInput<T> = { ok: true; value: T | null } | { ok: false; message: string }

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER)

/** The decimal separator of a locale: "." for en, "," for de. */
export function decimalSeparator(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.'
}

/** Intl.NumberFormat formats a decimal string exactly (ES2023); our `lib` (ES2022) only types numbers. */
type ExactFormat = { format(exactDecimal: string): string }

const currencyFormat = (locale: string, code: string, minDigits: number, maxDigits: number): ExactFormat =>
  new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: code,
    // The currencies collection decides the minor unit, not Intl's own table (which may differ, e.g. for ISK).
    minimumFractionDigits: minDigits,
    maximumFractionDigits: maxDigits,
  }) as unknown as ExactFormat

/** An integer amount in minor units, for display: (690, USD, 'en') → "$6.90"; (690, EUR, 'de') → "6,90 €". */
export function formatMoney(minor: bigint | number, currency: CurrencyFormat, locale: string): string {
  const exact = formatDecimal(BigInt(minor), currency.minorDigits)
  return currencyFormat(locale, currency.code, currency.minorDigits, currency.minorDigits).format(exact)
}

/**
 * A unit price (decimal text with up to 4 places, as order lines store it), for display with at least the currency's
 * minor digits and no trailing zeros beyond them: ("1.0149", USD) → "$1.0149"; ("6.9000", USD) → "$6.90".
 */
export function formatUnitPrice(price: string, currency: CurrencyFormat, locale: string): string {
  const maxDigits = Math.max(PRICE_SCALE, currency.minorDigits)
  return currencyFormat(locale, currency.code, currency.minorDigits, maxDigits).format(price.trim())
}

/** The symbol a locale writes for a currency ("$", "€", "¥"; the code itself when there is none, e.g. "KWD"). */
export function currencySymbol(code: string, locale: string): string {
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' }).formatToParts(0)
  return parts.find((part) => part.type === 'currency')?.value ?? code
}

/** An amount in minor units as the edit input shows it: plain major units in the locale, no grouping (690 → "6,90" in de). */
export function moneyInputText(minor: bigint | number, minorDigits: number, locale: string): string {
  return formatDecimal(BigInt(minor), minorDigits).replace('.', decimalSeparator(locale))
}

/** A stored unit price as the edit input shows it: trailing zeros beyond the minor digits dropped ("6.9000" → "6.90"). */
export function unitPriceInputText(price: string, minorDigits: number, locale: string): string {
  const [whole, fraction = ''] = price.trim().split('.')
  const kept = fraction.replace(/0+$/, '').padEnd(minorDigits, '0')
  return kept ? `${whole}${decimalSeparator(locale)}${kept}` : whole
}

/**
 * Reads typed text as a decimal: an optional sign, digits, and one decimal separator ("." or ","; editors type
 * either). Grouping ("1,234.50", "1 000") is refused rather than guessed: "1,000" could be one or a thousand.
 */
function readDecimal(text: string): { negative: boolean; whole: string; fraction: string } | undefined {
  const match = /^([+-])?(\d*)(?:[.,](\d*))?$/.exec(text)
  if (!match || `${match[2]}${match[3] ?? ''}` === '') return undefined
  return { negative: match[1] === '-', whole: match[2] || '0', fraction: match[3] ?? '' }
}

const notAnAmount = (text: string) => `"${text}" is not an amount: type digits and at most one decimal point, e.g. 6.90`

type InputOptions = {
  /** negative amounts (adjustments, refunds) are refused unless this is set */
  allowNegative?: boolean
}

/**
 * What an editor typed, in major units of `currency`, as an integer of minor units: ("6.90", USD) → 690n.
 * More decimals than the currency has are refused, never rounded ("6.999" for USD). Empty text is `null`.
 */
export function parseMoneyInput(text: string, currency: CurrencyFormat, options: InputOptions = {}): ParsedInput<bigint> {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: true, value: null }
  const decimal = readDecimal(trimmed)
  if (!decimal) return { ok: false, message: notAnAmount(trimmed) }
  if (decimal.fraction.length > currency.minorDigits) {
    const allowed = currency.minorDigits === 0 ? 'no decimals' : `at most ${currency.minorDigits} decimals`
    return { ok: false, message: `${currency.code} amounts have ${allowed}: ${trimmed} cannot be stored exactly` }
  }
  const magnitude = BigInt(decimal.whole) * 10n ** BigInt(currency.minorDigits) + BigInt(decimal.fraction.padEnd(currency.minorDigits, '0') || '0')
  const value = decimal.negative ? -magnitude : magnitude
  if (value < 0n && !options.allowNegative) return { ok: false, message: 'Must not be negative' }
  if (magnitude > MAX_SAFE) return { ok: false, message: `${trimmed} is too large to store exactly` }
  return { ok: true, value }
}

/**
 * A typed unit price as the canonical 4-decimal text order lines store: "6.9" → "6.9000", "1.0149" → "1.0149".
 * More than 4 decimals are refused, never rounded. Empty text is `null`.
 */
export function parseUnitPriceInput(text: string, options: InputOptions = {}): ParsedInput<string> {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: true, value: null }
  const decimal = readDecimal(trimmed)
  if (!decimal) return { ok: false, message: notAnAmount(trimmed) }
  if (decimal.fraction.length > PRICE_SCALE) {
    return { ok: false, message: `Unit prices have at most ${PRICE_SCALE} decimals: ${trimmed} cannot be stored exactly` }
  }
  const magnitude = BigInt(decimal.whole) * 10n ** BigInt(PRICE_SCALE) + BigInt(decimal.fraction.padEnd(PRICE_SCALE, '0'))
  const value = decimal.negative ? -magnitude : magnitude
  if (value < 0n && !options.allowNegative) return { ok: false, message: 'Must not be negative' }
  return { ok: true, value: formatDecimal(value, PRICE_SCALE) }
}
