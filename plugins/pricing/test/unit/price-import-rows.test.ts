import { describe, expect, it } from 'vitest'

import { parseCsv } from '../../rules/csv'
import { checkRecords, readHeader, type PriceCsvColumn } from '../../rules/price-import-rows'

const context = { currencies: new Set(['USD', 'EUR', 'JPY']), defaultList: null }

/** Checks a CSV text with the full header, as the import job does. */
function check(body: string, defaultList: string | null = null) {
  const csv = parseCsv(`priceList,sku,variantSku,unit,minQuantity,currency,value\n${body}`)
  const header = readHeader(csv.header, { defaultList })
  if ('errors' in header) throw new Error('header refused')
  return checkRecords(csv.records, header.columns, { ...context, defaultList })
}

describe('readHeader', () => {
  it('maps the columns in any order and case', () => {
    const header = readHeader(['SKU', 'value', 'Currency', 'priceList'], { defaultList: null })
    expect('columns' in header && [...header.columns]).toEqual([
      ['sku', 0],
      ['value', 1],
      ['currency', 2],
      ['priceList', 3],
    ])
  })

  it('refuses unknown, repeated and missing columns on row 1', () => {
    const header = readHeader(['sku', 'price', 'sku'], { defaultList: null })
    expect('errors' in header && header.errors.map((error) => [error.row, error.column, error.message])).toEqual([
      [1, 'row', 'Unknown column "price" (expected priceList, sku, variantSku, unit, minQuantity, currency, value)'],
      [1, 'sku', 'Column "sku" appears twice'],
      [1, 'currency', 'Missing column "currency"'],
      [1, 'value', 'Missing column "value"'],
      [1, 'priceList', 'Missing column "priceList"'],
    ])
  })

  it('needs no priceList column when the import names a list', () => {
    expect('columns' in readHeader(['sku', 'currency', 'value'], { defaultList: '7' })).toBe(true)
  })
})

describe('checkRecords', () => {
  it('takes a good row with its defaults: unit item, minimum quantity 1 (1000 thousandths), currency upper case', () => {
    const { rows, errors } = check('Default,SCR-1,,,,usd,1.0149')
    expect(errors).toEqual([])
    expect(rows).toEqual([{ row: 2, priceList: 'Default', sku: 'SCR-1', variantSku: null, unit: 'item', minQuantity: 1000n, currency: 'USD', value: '1.0149' }])
  })

  it('keeps a value exactly as written, up to 4 decimals; refuses a fifth, a negative and text', () => {
    const { rows, errors } = check(['L,A,,,,USD,12.5', 'L,B,,,,USD,1.00001', 'L,C,,,,USD,-1', 'L,D,,,,USD,ten'].join('\n'))
    expect(rows.map((row) => row.value)).toEqual(['12.5'])
    expect(errors.map((error) => [error.row, error.column, error.message])).toEqual([
      [3, 'value', '"1.00001": value has more than 4 decimal places'],
      [4, 'value', 'A price cannot be negative'],
      [5, 'value', '"ten": value must be a decimal number'],
    ])
  })

  it('refuses an unknown currency and a malformed code', () => {
    const { errors } = check(['L,A,,,,GBP,1', 'L,B,,,,US,1'].join('\n'))
    expect(errors.map((error) => [error.row, error.column, error.message])).toEqual([
      [2, 'currency', 'Unknown currency GBP'],
      [3, 'currency', '"US" is not a three-letter currency code'],
    ])
  })

  it('takes minimum quantities above 0 with up to 3 decimals (2.5 → 2500), refuses 0 and a fourth decimal', () => {
    const { rows, errors } = check(['L,A,,kg,2.5,USD,1', 'L,A,,kg,0,USD,1', 'L,A,,kg,0.0005,USD,1'].join('\n'))
    expect(rows.map((row) => row.minQuantity)).toEqual([2500n])
    expect(errors.map((error) => [error.row, error.column])).toEqual([
      [3, 'minQuantity'],
      [4, 'minQuantity'],
    ])
  })

  it('refuses a second price for a slot the file already priced, naming the earlier row; another tier or unit is another slot', () => {
    const { rows, errors } = check(['L,A,,,1,USD,1', 'L,A,,,10,USD,0.9', 'L,A,,box,1,USD,9', 'L,A,,item,1.000,usd,0.95'].join('\n'))
    expect(rows.map((row) => row.row)).toEqual([2, 3, 4])
    expect(errors).toEqual([{ row: 5, column: 'minQuantity', message: 'Row 2 already prices this list, SKU, unit, minimum quantity and currency' }])
  })

  it('needs a SKU and a list (the import’s own list fills an empty priceList cell)', () => {
    expect(check(',A,,,,USD,1').errors.map((error) => error.column)).toEqual(['priceList' satisfies PriceCsvColumn])
    expect(check('L,,,,,USD,1').errors.map((error) => error.column)).toEqual(['sku'])
    expect(check(',A,,,,USD,1', '7').rows[0].priceList).toBe('7')
  })

  it('refuses a row with more cells than columns and goes on with the next', () => {
    const { rows, errors } = check(['L,A,,,,USD,1,extra', 'L,B,,,,USD,2'].join('\n'))
    expect(errors).toEqual([{ row: 2, column: 'row', message: '8 cells for 7 columns' }])
    expect(rows.map((row) => row.sku)).toEqual(['B'])
  })
})
