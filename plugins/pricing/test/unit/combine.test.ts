import { describe, expect, it } from 'vitest'

import { combinePrices, type ChainLink, type PriceRow } from '../../rules/combine'

// Oro's published examples: https://doc.oroinc.com/bundles/commerce/PricingBundle/pricing-strategy/
// ("Merge By Priority" examples 1–3 and "Minimal Prices"), with Default = list 1, Custom = 2, Custom2 = 3.
const price = (priceList: number, minQuantity: number, value: string, product = 'SKU1'): PriceRow => ({
  priceList,
  product,
  variant: null,
  unit: 'item',
  minQuantity,
  currency: 'USD',
  value,
})
const shown = (rows: PriceRow[]) =>
  rows.map((row) => `${row.product} ${row.value}$/${row.minQuantity}`).sort((a, b) => Number(a.split('/')[1]) - Number(b.split('/')[1]) || a.localeCompare(b))
const chain = (...links: Array<[number, boolean]>): ChainLink[] => links.map(([priceList, mergeAllowed]) => ({ priceList, mergeAllowed }))

const defaultTiers = [price(1, 1, '9'), price(1, 2, '8'), price(1, 5, '6')]
const customTiers = [price(2, 1, '8'), price(2, 2, '7'), price(2, 4, '7')]

describe('merge by priority (Oro examples)', () => {
  it('example 1: both lists allow merging — Default wins its slots, Custom fills 4 items (9, 8, 7, 6)', () => {
    const result = combinePrices('mergeByPriority', chain([1, true], [2, true]), [...defaultTiers, ...customTiers])
    expect(shown(result)).toEqual(['SKU1 9$/1', 'SKU1 8$/2', 'SKU1 7$/4', 'SKU1 6$/5'])
  })

  it('example 2: Default does not allow merging — it supplies every tier of SKU1 alone (9, 8, 6)', () => {
    const result = combinePrices('mergeByPriority', chain([1, false], [2, true]), [...defaultTiers, ...customTiers])
    expect(shown(result)).toEqual(['SKU1 9$/1', 'SKU1 8$/2', 'SKU1 6$/5'])
  })

  it('example 3: Custom (no merging) adds nothing to a product Default priced; Custom2 still fills 10 and 100 items', () => {
    const custom2 = [price(3, 10, '5'), price(3, 100, '4')]
    const result = combinePrices('mergeByPriority', chain([1, true], [2, false], [3, true]), [...defaultTiers, ...customTiers, ...custom2])
    expect(shown(result)).toEqual(['SKU1 9$/1', 'SKU1 8$/2', 'SKU1 6$/5', 'SKU1 5$/10', 'SKU1 4$/100'])
  })

  it('lets a list that does not allow merging price a product no earlier list priced, and locks it', () => {
    const rows = [price(1, 1, '9'), price(2, 1, '3', 'SKU2'), price(2, 5, '2', 'SKU2'), price(3, 10, '1', 'SKU2')]
    const result = combinePrices('mergeByPriority', chain([1, true], [2, false], [3, true]), rows)
    expect(shown(result)).toEqual(['SKU1 9$/1', 'SKU2 3$/1', 'SKU2 2$/5'])
  })

  it('keeps slots apart by currency, unit and variant, and reads 1 and "1.000" as one minimum quantity', () => {
    const rows: PriceRow[] = [
      price(1, 1, '9'),
      { ...price(2, 1, '1'), minQuantity: '1.000' },
      { ...price(2, 1, '8'), currency: 'EUR' },
      { ...price(2, 1, '50'), unit: 'box' },
      { ...price(2, 1, '7'), variant: 11 },
    ]
    const result = combinePrices('mergeByPriority', chain([1, true], [2, true]), rows)
    expect(result.map((row) => [row.currency, row.unit, row.variant, row.value])).toEqual([
      ['USD', 'item', null, '9'],
      ['EUR', 'item', null, '8'],
      ['USD', 'box', null, '50'],
      ['USD', 'item', 11, '7'],
    ])
  })

  it('ignores rows of lists outside the chain', () => {
    expect(combinePrices('mergeByPriority', chain([2, true]), [price(1, 1, '9')])).toEqual([])
  })
})

describe('minimal prices (Oro example)', () => {
  it('takes the lowest price per slot: 8 / 1, 7 / 2, 6 / 4', () => {
    const rows = [price(1, 1, '9'), price(1, 2, '8'), price(1, 4, '6'), ...customTiers]
    expect(shown(combinePrices('minimalPrices', chain([1, true], [2, true]), rows))).toEqual(['SKU1 8$/1', 'SKU1 7$/2', 'SKU1 6$/4'])
  })

  it('compares exact decimals, not text (10.5 > 9.9999), and keeps the earlier list on a tie', () => {
    const rows = [price(1, 1, '10.5'), price(2, 1, '9.9999'), price(1, 2, '5.00'), price(2, 2, '5')]
    const result = combinePrices('minimalPrices', chain([1, true], [2, false]), rows)
    expect(result.map((row) => [row.minQuantity, row.priceList, row.value])).toEqual([
      [1, 2, '9.9999'],
      [2, 1, '5.00'],
    ])
  })
})
