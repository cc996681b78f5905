/**
 * Money for the Payment panel (client code may not import the kit's server entry): minor units shown in the order's
 * currency through an exact decimal string, and what staff type (major units) read back digit by digit — never a
 * binary float.
 */

/** 123456 with 2 digits → "1234.56". */
export function minorToDecimal(amount: number, minorDigits: number): string {
  const digits = Math.abs(amount).toString().padStart(minorDigits + 1, '0')
  const sign = amount < 0 ? '-' : ''
  return minorDigits === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -minorDigits)}.${digits.slice(-minorDigits)}`
}

type ExactFormat = { format(exactDecimal: string): string }

/** (123456, USD, 2) → "$1,234.56" in English. */
export function showMoney(amount: number, currency: string, minorDigits: number, locale = 'en'): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: minorDigits, maximumFractionDigits: minorDigits })
  return (format as unknown as ExactFormat).format(minorToDecimal(amount, minorDigits))
}

/** "12.5" (or "12,5") with 2 digits → 1250; empty → null (all that is left); anything else → an error message. */
export function readMajorAmount(text: string, minorDigits: number): { ok: true; value: number | null } | { ok: false; message: string } {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: true, value: null }
  const match = /^(\d{1,12})(?:[.,](\d+))?$/.exec(trimmed)
  if (!match) return { ok: false, message: 'Type an amount such as 12.50' }
  const fraction = match[2] ?? ''
  if (fraction.length > minorDigits) return { ok: false, message: `At most ${minorDigits} decimals` }
  const value = Number(match[1] + fraction.padEnd(minorDigits, '0'))
  return value > 0 ? { ok: true, value } : { ok: false, message: 'Must be more than zero' }
}
