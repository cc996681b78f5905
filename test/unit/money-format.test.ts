import { describe, expect, it } from 'vitest'

import {
  currencySymbol,
  formatMoney,
  formatUnitPrice,
  moneyInputText,
  parseMoneyInput,
  parseUnitPriceInput,
  unitPriceInputText,
} from '../../src/kit/money-format'

const USD = { code: 'USD', minorDigits: 2 }
const EUR = { code: 'EUR', minorDigits: 2 }
const JPY = { code: 'JPY', minorDigits: 0 }
const KWD = { code: 'KWD', minorDigits: 3 }
// Intl separates the amount and a trailing symbol with a no-break space.
const NBSP = '\u00a0'

describe('formatMoney shows minor units as money in the admin language', () => {
  it('690 USD in English is $6.90', () => {
    expect(formatMoney(690, USD, 'en')).toBe('$6.90')
  })

  it('690 EUR in German is 6,90 €', () => {
    expect(formatMoney(690, EUR, 'de')).toBe(`6,90${NBSP}€`)
  })

  it('a zero-decimal currency shows whole units: 690 JPY is ¥690', () => {
    expect(formatMoney(690, JPY, 'en')).toBe('¥690')
  })

  it('a three-decimal currency shows three: 1234 KWD is KWD 1.234', () => {
    expect(formatMoney(1234, KWD, 'en')).toBe(`KWD${NBSP}1.234`)
  })

  it('negative adjustments keep their sign: -690 USD is -$6.90', () => {
    expect(formatMoney(-690, USD, 'en')).toBe('-$6.90')
  })

  it('groups thousands: 123456789 USD is $1,234,567.89', () => {
    expect(formatMoney(123456789, USD, 'en')).toBe('$1,234,567.89')
  })

  it('formats amounts beyond a double exactly (bigint in, every digit out)', () => {
    expect(formatMoney(9223372036854775807n, USD, 'en')).toBe('$92,233,720,368,547,758.07')
  })

  it('takes the minor digits from the currency record, not from Intl: USD at 3 digits shows 3', () => {
    expect(formatMoney(6901, { code: 'USD', minorDigits: 3 }, 'en')).toBe('$6.901')
  })
})

describe('formatUnitPrice shows a 4-decimal unit price with at least the minor digits', () => {
  it('"1.0149" USD is $1.0149', () => {
    expect(formatUnitPrice('1.0149', USD, 'en')).toBe('$1.0149')
  })

  it('drops zeros beyond the minor digits: "6.9000" USD is $6.90, in German 6,90 €', () => {
    expect(formatUnitPrice('6.9000', USD, 'en')).toBe('$6.90')
    expect(formatUnitPrice('6.9000', EUR, 'de')).toBe(`6,90${NBSP}€`)
  })

  it('keeps a fraction a zero-decimal currency needs for a unit price: "100.5000" JPY is ¥100.5', () => {
    expect(formatUnitPrice('100.5000', JPY, 'en')).toBe('¥100.5')
  })
})

describe('moneyInputText and unitPriceInputText give the edit input its text', () => {
  it('690 USD is 6.90 in English and 6,90 in German, without grouping', () => {
    expect(moneyInputText(690, 2, 'en')).toBe('6.90')
    expect(moneyInputText(690, 2, 'de')).toBe('6,90')
    expect(moneyInputText(123456789, 2, 'en')).toBe('1234567.89')
  })

  it('JPY has no decimal point; KWD has three digits; negatives keep the sign', () => {
    expect(moneyInputText(690, 0, 'en')).toBe('690')
    expect(moneyInputText(5, 3, 'en')).toBe('0.005')
    expect(moneyInputText(-690, 2, 'en')).toBe('-6.90')
  })

  it('a stored unit price shows its significant decimals, at least the minor digits', () => {
    expect(unitPriceInputText('6.9000', 2, 'en')).toBe('6.90')
    expect(unitPriceInputText('1.0149', 2, 'de')).toBe('1,0149')
    expect(unitPriceInputText('100.0000', 0, 'en')).toBe('100')
  })
})

describe('parseMoneyInput reads typed major units into minor units, exactly', () => {
  it('"6.90" USD stores 690', () => {
    expect(parseMoneyInput('6.90', USD)).toEqual({ ok: true, value: 690n })
  })

  it('accepts the German decimal comma and fewer decimals: "6,9" EUR stores 690', () => {
    expect(parseMoneyInput('6,9', EUR)).toEqual({ ok: true, value: 690n })
  })

  it('JPY takes whole units: "690" stores 690', () => {
    expect(parseMoneyInput('690', JPY)).toEqual({ ok: true, value: 690n })
  })

  it('KWD takes three decimals: "1.234" stores 1234, "0.005" stores 5', () => {
    expect(parseMoneyInput('1.234', KWD)).toEqual({ ok: true, value: 1234n })
    expect(parseMoneyInput('0.005', KWD)).toEqual({ ok: true, value: 5n })
  })

  it('refuses "6.999" for USD with a message instead of rounding it', () => {
    expect(parseMoneyInput('6.999', USD)).toEqual({ ok: false, message: 'USD amounts have at most 2 decimals: 6.999 cannot be stored exactly' })
  })

  it('refuses any decimal for JPY', () => {
    expect(parseMoneyInput('6.5', JPY)).toEqual({ ok: false, message: 'JPY amounts have no decimals: 6.5 cannot be stored exactly' })
  })

  it('refuses what is not an amount: "abc", grouping, two points, a lone sign', () => {
    for (const text of ['abc', '1,234.50', '1 000', '6.9.0', '-', '.', '1e3', '$6.90']) {
      const result = parseMoneyInput(text, USD)
      expect(result.ok, text).toBe(false)
    }
    expect(parseMoneyInput('abc', USD)).toEqual({ ok: false, message: '"abc" is not an amount: type digits and at most one decimal point, e.g. 6.90' })
  })

  it('refuses negative amounts unless the field allows adjustments', () => {
    expect(parseMoneyInput('-6.90', USD)).toEqual({ ok: false, message: 'Must not be negative' })
    expect(parseMoneyInput('-6.90', USD, { allowNegative: true })).toEqual({ ok: true, value: -690n })
  })

  it('empty text clears the amount', () => {
    expect(parseMoneyInput('  ', USD)).toEqual({ ok: true, value: null })
  })

  it('keeps every digit of large amounts up to the largest exact integer, and refuses beyond it', () => {
    // 0.1 + 0.2-style float errors would show here: 90071992547409.91 as a double is 90071992547409.906…
    expect(parseMoneyInput('90071992547409.91', USD)).toEqual({ ok: true, value: 9007199254740991n })
    expect(parseMoneyInput('90071992547409.92', USD)).toEqual({ ok: false, message: '90071992547409.92 is too large to store exactly' })
  })

  it('reads "0.29" as 29 (a float would give 28.999999999999996 × 100)', () => {
    expect(parseMoneyInput('0.29', USD)).toEqual({ ok: true, value: 29n })
  })
})

describe('parseUnitPriceInput reads typed unit prices into the stored 4-decimal text', () => {
  it('"6.9" is "6.9000" and "1,0149" is "1.0149"', () => {
    expect(parseUnitPriceInput('6.9')).toEqual({ ok: true, value: '6.9000' })
    expect(parseUnitPriceInput('1,0149')).toEqual({ ok: true, value: '1.0149' })
  })

  it('refuses a fifth decimal and negative prices', () => {
    expect(parseUnitPriceInput('1.01495')).toEqual({ ok: false, message: 'Unit prices have at most 4 decimals: 1.01495 cannot be stored exactly' })
    expect(parseUnitPriceInput('-1')).toEqual({ ok: false, message: 'Must not be negative' })
    expect(parseUnitPriceInput('abc').ok).toBe(false)
  })
})

describe('currencySymbol names the currency beside the input', () => {
  it('is $ for USD, € for EUR and the code where there is no symbol', () => {
    expect(currencySymbol('USD', 'en')).toBe('$')
    expect(currencySymbol('EUR', 'de')).toBe('€')
    expect(currencySymbol('KWD', 'en')).toBe('KWD')
  })
})
