/**
 * Worked numbers for every mode and rounding path of `computeTaxLines`, with the peers' published examples:
 * - Oro: src/Oro/Bundle/TaxBundle/Tests/Unit/Calculator/TaxCalculatorTest.php and IncludedTaxCalculatorTest.php
 *   (Avalara county examples: the exact tax, which Oro then rounds half-up to 2 places);
 * - Vendure: packages/core/src/service/helpers/order-calculator/order-calculator.spec.ts ("taxes" and "shipping",
 *   standard tax category = 20 %);
 * - Medusa: docs.medusajs.com/resources/commerce-modules/pricing/tax-inclusive-pricing ($50 at 2 % inclusive →
 *   $49 + $1) and medusajs.com/kb/international-commerce/tax-inclusive-pricing-international (120 GBP at 20 % →
 *   100 + 20).
 */
import { describe, expect, it } from 'vitest'

import { computeTaxLines, type TaxableItem, type TaxAmountSettings } from '../../rules/tax-amounts'

const line = (index: number, amount: bigint, rates: Array<[string, string]>, quantity = 1000n): TaxableItem => ({
  target: 'line',
  line: index,
  amount,
  quantity,
  components: rates.map(([code, rate]) => ({ code, rate })),
})
const settings = (overrides: Partial<TaxAmountSettings> = {}): TaxAmountSettings => ({
  pricesIncludeTax: false,
  startCalculationWith: 'rowTotal',
  rounding: 'item',
  ...overrides,
})
const taxOf = (items: TaxableItem[], options: Partial<TaxAmountSettings> = {}) => computeTaxLines(items, settings(options)).map((row) => row.amount)

describe('computeTaxLines: Oro’s calculator examples (row total, half-up to the cent)', () => {
  const counties: Array<[string, bigint, string, bigint, bigint]> = [
    // name, amount, rate, exclusive tax (Oro exact → rounded), inclusive tax (Oro exact → rounded)
    ['Finney County 7.65 %: 17.21 → 1.316565 / incl. 1.223005', 1721n, '7.65', 132n, 122n],
    ['Fremont County 5 %: 59.04 → 2.952 / incl. 2.811429', 5904n, '5', 295n, 281n],
    ['Tulare County 8 %: 14.41 → 1.1528 / incl. 1.067407', 1441n, '8', 115n, 107n],
    ['Mclean County 6.25 %: 35.88 → 2.2425 / incl. 2.110588', 3588n, '6.25', 224n, 211n],
  ]
  for (const [name, amount, rate, exclusive, inclusive] of counties) {
    it(name, () => {
      expect(taxOf([line(0, amount, [['T', rate]])])).toEqual([exclusive])
      expect(taxOf([line(0, amount, [['T', rate]])], { pricesIncludeTax: true })).toEqual([inclusive])
    })
  }
  it('Oro’s edge cases: 15.98 at 100 % adds 15.98 or extracts 7.99; at 0.1 % 0.01598 → 0.02', () => {
    expect(taxOf([line(0, 1598n, [['T', '100']])])).toEqual([1598n])
    expect(taxOf([line(0, 1598n, [['T', '100']])], { pricesIncludeTax: true })).toEqual([799n])
    expect(taxOf([line(0, 1598n, [['T', '0.1']])])).toEqual([2n])
  })
})

describe('computeTaxLines: start calculation with unit price or row total (Vendure vs Oro/Medusa)', () => {
  it('Vendure “single line”: 1.23 at 20 % → 0.25 tax, 1.48 with tax', () => {
    expect(taxOf([line(0, 123n, [['VAT', '20']])], { startCalculationWith: 'unitPrice' })).toEqual([25n])
  })
  it('Vendure “single line, multiple items”: 3 × 1.23 → 4.44 with tax (unit tax 0.246 → 0.25, × 3)', () => {
    expect(taxOf([line(0, 369n, [['VAT', '20']], 3000n)], { startCalculationWith: 'unitPrice' })).toEqual([75n])
  })
  it('the same line by row total: 3.69 × 20 % = 0.738 → 0.74, 4.43 with tax', () => {
    expect(taxOf([line(0, 369n, [['VAT', '20']], 3000n)], { startCalculationWith: 'rowTotal' })).toEqual([74n])
  })
  it('a fractional quantity by unit: 2.5 kg for 8.33 at 10 %: 0.3332 a kg → 0.33, × 2.5 = 0.825 → 0.83', () => {
    expect(taxOf([line(0, 833n, [['T', '10']], 2500n)], { startCalculationWith: 'unitPrice' })).toEqual([83n])
  })
})

describe('computeTaxLines: tax-inclusive prices (net + tax = gross)', () => {
  it('Vendure “prices include tax”: 1.00 at 20 % → net 0.83 + tax 0.17; shipping 5.00 → 4.17 + 0.83', () => {
    const shipping: TaxableItem = { target: 'shipping', amount: 500n, quantity: 1000n, components: [{ code: 'VAT', rate: '20' }] }
    const rows = computeTaxLines([line(0, 100n, [['VAT', '20']]), shipping], settings({ pricesIncludeTax: true }))
    expect(rows).toEqual([
      { target: 'line', line: 0, code: 'VAT', rate: '20', amount: 17n },
      { target: 'shipping', code: 'VAT', rate: '20', amount: 83n },
    ])
    expect(100n - rows[0].amount).toBe(83n)
    expect(500n - rows[1].amount).toBe(417n)
  })
  it('Medusa: 120 GBP at 20 % inclusive is 100 net + 20 VAT', () => {
    expect(taxOf([line(0, 12000n, [['VAT', '20']])], { pricesIncludeTax: true })).toEqual([2000n])
  })
  it('Medusa: $50 at 2 % inclusive is $49 + $1 in whole units (a zero-decimal currency: 0.98 → 1)', () => {
    expect(taxOf([line(0, 50n, [['T', '2']])], { pricesIncludeTax: true, rounding: 'total' })).toEqual([1n])
  })
})

describe('computeTaxLines: rounding per item or on the total', () => {
  const three = [line(0, 105n, [['T', '10']]), line(1, 105n, [['T', '10']]), line(2, 105n, [['T', '10']])]
  it('per item: each 0.105 → 0.11, 0.33 in all', () => expect(taxOf(three, { rounding: 'item' })).toEqual([11n, 11n, 11n]))
  it('on the total: 0.315 → 0.32 once, shared 0.11 + 0.11 + 0.10 (largest remainder, earlier first)', () => {
    expect(taxOf(three, { rounding: 'total' })).toEqual([11n, 11n, 10n])
  })
  it('start with total rounds once whatever the rounding says', () => {
    expect(taxOf(three, { startCalculationWith: 'total', rounding: 'item' })).toEqual([11n, 11n, 10n])
  })
  it('unit price rounds each unit even with rounding on the total', () => {
    expect(taxOf(three, { startCalculationWith: 'unitPrice', rounding: 'total' })).toEqual([11n, 11n, 11n])
  })
  it('on the total, taxes with different codes or rates are rounded apart', () => {
    const rows = computeTaxLines([line(0, 105n, [['A', '10']]), line(1, 105n, [['B', '10']])], settings({ rounding: 'total' }))
    expect(rows.map((row) => [row.code, row.amount])).toEqual([
      ['A', 11n],
      ['B', 11n],
    ])
  })
})

describe('computeTaxLines: several rules on one line share its tax by rate', () => {
  it('NY State 4 % + NYC 4.5 % on 9.99: 0.84915 → 0.85 = 0.40 + 0.45', () => {
    const rows = computeTaxLines([line(0, 999n, [['NY State', '4'], ['NYC', '4.5']])], settings())
    expect(rows.map((row) => [row.code, row.amount])).toEqual([
      ['NY State', 40n],
      ['NYC', 45n],
    ])
  })
  it('inclusive 10.00 at 4 % + 4.5 %: tax 0.7834 → 0.78 = 0.37 + 0.41, net 9.22', () => {
    const rows = computeTaxLines([line(0, 1000n, [['NY State', '4'], ['NYC', '4.5']])], settings({ pricesIncludeTax: true }))
    expect(rows.map((row) => row.amount)).toEqual([37n, 41n])
  })
  it('leaves out lines with no rule, a zero rate or nothing to tax', () => {
    expect(computeTaxLines([line(0, 999n, []), line(1, 999n, [['Zero', '0']]), line(2, 0n, [['T', '10']])], settings())).toEqual([])
  })
})
