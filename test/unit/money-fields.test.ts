import { describe, expect, it } from 'vitest'

import { moneyField, unitPriceField, validateMinorUnits, validateUnitPrice } from '../../src/kit/money-fields'

describe('moneyField stores whole minor units and shows money in the admin', () => {
  const validate = validateMinorUnits({ required: true })

  it('accepts 690 and refuses 6.9, a missing value and a negative one', () => {
    expect(validate(690)).toBe(true)
    expect(validate(6.9)).toBe('Must be a whole number of minor units (e.g. 1999 for 19.99)')
    expect(validate(null)).toBe('This field is required.')
    expect(validate(-1)).toBe('Must not be negative')
    expect(validateMinorUnits({ allowNegative: true })(-690)).toBe(true)
  })

  it('is a number field whose admin input and cell know the currency; the sibling `currency` by default', () => {
    const field = moneyField({ name: 'amount' })
    expect(field.type).toBe('number')
    expect(field.admin?.components?.Field).toEqual({
      path: '/src/kit/components/money-field#MoneyField',
      clientProps: { kind: 'minor', currency: { sibling: 'currency' }, allowNegative: false },
    })
    expect(moneyField({ name: 'grandTotal', currency: { documentCode: 'currency' } }).admin?.components?.Cell).toEqual({
      path: '/src/kit/components/money-cell#MoneyCell',
      clientProps: { kind: 'minor', currency: { documentCode: 'currency' }, allowNegative: false },
    })
  })
})

describe('unitPriceField stores decimal text with at most 4 places', () => {
  const validate = validateUnitPrice({})

  it('accepts "1.0149" and "6.9000", refuses a fifth decimal, a float-ish exponent and negatives', () => {
    expect(validate('1.0149')).toBe(true)
    expect(validate('6.9000')).toBe(true)
    expect(validate(undefined)).toBe(true)
    expect(validate('1.01495')).toBe('Must be a decimal with at most 4 places, e.g. 1.0149')
    expect(validate('1e3')).toBe('Must be a decimal with at most 4 places, e.g. 1.0149')
    expect(validate('-1.0000')).toBe('Must not be negative')
  })

  it('is a text field (the API shape stays a string) with the unit-price admin components', () => {
    const field = unitPriceField({ name: 'unitPrice', currency: { code: 'USD' } })
    expect(field.type).toBe('text')
    expect(field.admin?.components?.Field).toMatchObject({ clientProps: { kind: 'unitPrice', currency: { code: 'USD' } } })
  })
})
