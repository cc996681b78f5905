import { describe, expect, it } from 'vitest'

import { parseCsv } from '../../rules/csv'
import { priceCsvHeader, priceCsvLine, quantityText } from '../../rules/price-export'

describe('price CSV export', () => {
  it('writes the import’s columns, so an export imports back', () => {
    expect(priceCsvHeader()).toBe('priceList,sku,variantSku,unit,minQuantity,currency,value')
    const line = priceCsvLine({ priceList: 4, sku: 'SCR,M4', variantSku: null, unit: 'set', minQuantity: '10.000', currency: 'USD', value: '9.9900' })
    expect(line).toBe('4,"SCR,M4",,set,10,USD,9.9900')
    expect(parseCsv(`${priceCsvHeader()}\n${line}`).records[0].cells).toEqual(['4', 'SCR,M4', '', 'set', '10', 'USD', '9.9900'])
  })

  it('writes quantities in their shortest exact form', () => {
    expect(['1', '1.000', '2.500', '0.125', '100'].map(quantityText)).toEqual(['1', '1', '2.5', '0.125', '100'])
  })
})
