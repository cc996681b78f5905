/**
 * Money for the CRM's admin components (client code, which may not import the kit's server entry): an amount in
 * minor units shown in its currency, through an exact decimal string (never a binary float).
 */
export type MinorAmount = { amount: number; currency: string; minorDigits: number }

/** "1234567" with 2 digits → "12345.67"; negative amounts keep their sign. */
export function minorToDecimal(amount: number, minorDigits: number): string {
  const digits = Math.abs(amount).toString().padStart(minorDigits + 1, '0')
  const sign = amount < 0 ? '-' : ''
  return minorDigits === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -minorDigits)}.${digits.slice(-minorDigits)}`
}

type ExactFormat = { format(exactDecimal: string): string }

/** (123456, USD, 2) → "$1,234.56" in English. */
export function showMoney({ amount, currency, minorDigits }: MinorAmount, locale = 'en'): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: minorDigits, maximumFractionDigits: minorDigits })
  return (format as unknown as ExactFormat).format(minorToDecimal(amount, minorDigits))
}
