import { describe, expect, it } from 'vitest'

import { listLookup, resolveRows } from '../../rules/price-import-resolve'
import type { PriceCsvRow } from '../../rules/price-import-rows'

const lookups = {
  lists: listLookup([
    { id: 1, name: 'Default' },
    { id: 2, name: 'Promo' },
    { id: 3, name: 'Promo' },
  ]),
  products: new Map<string, number>([
    ['SCR', 10],
    ['BOLT', 20],
  ]),
  variants: new Map([['BOLT-M6', { id: 21, product: 20 }]]),
}

const row = (at: number, extra: Partial<PriceCsvRow> = {}): PriceCsvRow => ({
  row: at,
  priceList: 'Default',
  sku: 'SCR',
  variantSku: null,
  unit: 'item',
  minQuantity: 1000n,
  currency: 'USD',
  value: '1.00',
  ...extra,
})

describe('resolveRows', () => {
  it('finds the list by name or id, the product by SKU and the variant of that product', () => {
    const { prices, errors } = resolveRows([row(2), row(3, { priceList: '2', sku: 'BOLT', variantSku: 'BOLT-M6', value: '0.45' })], lookups)
    expect(errors).toEqual([])
    expect(prices).toEqual([
      { row: 2, priceList: 1, product: 10, variant: null, unit: 'item', minQuantity: 1000n, currency: 'USD', value: '1.00' },
      { row: 3, priceList: 2, product: 20, variant: 21, unit: 'item', minQuantity: 1000n, currency: 'USD', value: '0.45' },
    ])
  })

  it('reports what the database does not know with the row number, and a name two lists share', () => {
    const { prices, errors } = resolveRows(
      [row(2, { priceList: 'Nope' }), row(3, { priceList: 'Promo' }), row(4, { sku: 'GONE' }), row(5, { variantSku: 'BOLT-M6' })],
      lookups,
    )
    expect(prices).toEqual([])
    expect(errors).toEqual([
      { row: 2, column: 'priceList', message: 'No price list "Nope"' },
      { row: 3, column: 'priceList', message: 'Several price lists are named "Promo": use its id' },
      { row: 4, column: 'sku', message: 'No product with SKU GONE' },
      { row: 5, column: 'variantSku', message: 'No variant BOLT-M6 of SCR' },
    ])
  })

  it('refuses a slot named twice through the list’s name and its id', () => {
    const { prices, errors } = resolveRows([row(2), row(3, { priceList: '1' })], lookups)
    expect(prices.map((price) => price.row)).toEqual([2])
    expect(errors).toEqual([{ row: 3, column: 'minQuantity', message: 'Row 2 already prices this list, SKU, unit, minimum quantity and currency' }])
  })
})
