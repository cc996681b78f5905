import { describe, expect, it } from 'vitest'

import { currencyPath, currencyRefFromRow, currencyRefFromValue, siblingPath } from '../../src/kit/components/currency-source'

describe('a money field finds its currency where its CurrencySource says', () => {
  it('a sibling is read beside the amount in the same row or group', () => {
    expect(siblingPath('basePrices.0.amount', 'currency')).toBe('basePrices.0.currency')
    expect(siblingPath('costPrice.amount', 'currency')).toBe('costPrice.currency')
    expect(siblingPath('amount', 'currency')).toBe('currency')
  })

  it('a document code is read at the top of the document, wherever the amount sits', () => {
    expect(currencyPath({ documentCode: 'currency' }, 'lines.2.total')).toBe('currency')
    expect(currencyPath({ code: 'EUR' }, 'lines.2.total')).toBeUndefined()
  })

  it('a relationship names the currency by id, populated or not; a code by its upper-case code', () => {
    expect(currencyRefFromValue({ sibling: 'currency' }, 7)).toEqual({ by: 'id', key: '7' })
    expect(currencyRefFromValue({ sibling: 'currency' }, { id: 7, code: 'USD' })).toEqual({ by: 'id', key: '7' })
    expect(currencyRefFromValue({ documentCode: 'currency' }, ' usd ')).toEqual({ by: 'code', key: 'USD' })
    expect(currencyRefFromValue({ code: 'JPY' }, undefined)).toEqual({ by: 'code', key: 'JPY' })
  })

  it('names no currency while the document has none (a new price row)', () => {
    expect(currencyRefFromValue({ sibling: 'currency' }, null)).toBeUndefined()
    expect(currencyRefFromValue({ sibling: 'currency' }, '')).toBeUndefined()
    expect(currencyRefFromValue({ documentCode: 'currency' }, '')).toBeUndefined()
  })

  it('a list cell reads the currency from its row', () => {
    const order = { grandTotal: 690, currency: 'USD', costPrice: { currency: { id: 3 }, amount: 5 } }
    expect(currencyRefFromRow({ documentCode: 'currency' }, order, 'grandTotal')).toEqual({ by: 'code', key: 'USD' })
    expect(currencyRefFromRow({ sibling: 'currency' }, order, 'costPrice.amount')).toEqual({ by: 'id', key: '3' })
  })
})
