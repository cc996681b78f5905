import { describe, expect, it } from 'vitest'

import {
  allocate,
  formatDecimal,
  formatMinor,
  lineTotals,
  MoneyError,
  parseDecimal,
  priceToMinor,
  rescale,
  toBigInt,
  toSafeNumber,
} from '../../src/kit/money'

describe('parseDecimal reads exact decimals into scaled integers', () => {
  it('reads strings and numbers at the given scale', () => {
    expect(parseDecimal('1.0149', 4)).toBe(10149n)
    expect(parseDecimal(12, 4)).toBe(120000n)
    expect(parseDecimal('-3.5', 2)).toBe(-350n)
    expect(parseDecimal(0.1, 3)).toBe(100n)
    expect(parseDecimal(' 7 ', 0)).toBe(7n)
  })

  it('refuses more decimals than the scale instead of rounding them away', () => {
    expect(() => parseDecimal('1.00001', 4, 'unitPrice')).toThrowError(/unitPrice has more than 4 decimal places/)
  })

  it('refuses what is not a decimal, naming the field', () => {
    for (const value of ['abc', '', '1e3', '1.2.3', null, undefined, Number.NaN, Infinity, {}]) {
      expect(() => parseDecimal(value, 2, 'quantity')).toThrowError(MoneyError)
    }
    try {
      parseDecimal('x', 2, 'quantity')
    } catch (error) {
      expect((error as MoneyError).field).toBe('quantity')
    }
  })
})

describe('formatDecimal writes scaled integers back with a fixed number of decimals', () => {
  it('pads and signs', () => {
    expect(formatDecimal(10149n, 4)).toBe('1.0149')
    expect(formatDecimal(5n, 4)).toBe('0.0005')
    expect(formatDecimal(-350n, 2)).toBe('-3.50')
    expect(formatDecimal(42n, 0)).toBe('42')
  })
})

describe('rescale rounds half away from zero when precision drops', () => {
  it('rounds halves up for positive and down for negative amounts', () => {
    expect(rescale(10150n, 4, 2)).toBe(102n) // 1.0150 → 1.02
    expect(rescale(10149n, 4, 2)).toBe(101n) // 1.0149 → 1.01
    expect(rescale(-10150n, 4, 2)).toBe(-102n)
    expect(rescale(-10149n, 4, 2)).toBe(-101n)
  })

  it('only multiplies when precision grows', () => {
    expect(rescale(607n, 2, 4)).toBe(60700n)
  })

  it('rounds a scaled unit price to the currency minor unit', () => {
    expect(priceToMinor(10149n, 2)).toBe(101n)
    expect(priceToMinor(10149n, 0)).toBe(1n)
    expect(priceToMinor(10149n, 3)).toBe(1015n)
  })
})

describe('formatMinor shows an amount in minor units for people', () => {
  it('uses the currency digits and code', () => {
    expect(formatMinor(58238n, 2, 'USD')).toBe('USD 582.38')
    expect(formatMinor(1200n, 0, 'JPY')).toBe('JPY 1200')
    expect(formatMinor(-5n, 3, 'KWD')).toBe('KWD -0.005')
  })
})

describe('lineTotals rounds at the configured point (Oro: per unit, per row, on the total)', () => {
  // Three lines of a $1.0149 screw × 3, which shows all three modes differ.
  const lines = [
    { scaledPrice: 10149n, scaledQuantity: 3000n },
    { scaledPrice: 10149n, scaledQuantity: 3000n },
    { scaledPrice: 10149n, scaledQuantity: 3000n },
  ]

  it('per unit: rounds the unit price first (1.01 × 3 = 3.03 a line)', () => {
    expect(lineTotals(lines, 2, 'unit')).toEqual({ lines: [303n, 303n, 303n], subtotal: 909n })
  })

  it('per row: rounds each line total (3.0447 → 3.04 a line)', () => {
    expect(lineTotals(lines, 2, 'row')).toEqual({ lines: [304n, 304n, 304n], subtotal: 912n })
  })

  it('on the total: sums exactly and rounds once (9.1341 → 9.13)', () => {
    expect(lineTotals(lines, 2, 'total')).toEqual({ lines: [304n, 304n, 304n], subtotal: 913n })
  })

  it('handles fractional quantities exactly (2.5 kg at 3.3333 = 8.33325 → 8.33)', () => {
    expect(lineTotals([{ scaledPrice: 33333n, scaledQuantity: 2500n }], 2, 'row').subtotal).toBe(833n)
  })
})

describe('allocate splits an amount over weights without losing a minor unit', () => {
  it('splits in proportion and gives the remainder to the largest remainders', () => {
    expect(allocate(100n, [1n, 1n, 1n])).toEqual([34n, 33n, 33n])
    expect(allocate(1000n, [303n, 12999n])).toEqual([23n, 977n])
  })

  it('always adds up to the amount, also for negative amounts', () => {
    const parts = allocate(-101n, [3n, 3n, 4n])
    expect(parts.reduce((sum, part) => sum + part, 0n)).toBe(-101n)
    expect(parts).toEqual([-30n, -30n, -41n])
  })

  it('puts everything on the first weight when all weights are zero, and nothing on no weights', () => {
    expect(allocate(50n, [0n, 0n])).toEqual([50n, 0n])
    expect(allocate(50n, [])).toEqual([])
  })
})

describe('edges between bigint and JSON numbers', () => {
  it('refuses numbers a double cannot hold exactly', () => {
    expect(toSafeNumber(9007199254740991n)).toBe(Number.MAX_SAFE_INTEGER)
    expect(() => toSafeNumber(9007199254740992n, 'grandTotal')).toThrowError(/grandTotal is too large/)
  })

  it('reads whole numbers from numbers and numeric strings only', () => {
    expect(toBigInt(607)).toBe(607n)
    expect(toBigInt('-12')).toBe(-12n)
    expect(() => toBigInt(6.07, 'amount')).toThrowError(/amount must be a whole number/)
    expect(() => toBigInt('6.07')).toThrowError(MoneyError)
  })
})
