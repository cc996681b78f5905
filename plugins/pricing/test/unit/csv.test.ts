import { describe, expect, it } from 'vitest'

import { csvLine, parseCsv } from '../../rules/csv'

describe('parseCsv', () => {
  it('numbers records by the line they start on (header = 1) and skips blank lines', () => {
    const parsed = parseCsv('sku,value\r\nA,1.50\r\n\r\nB,2\n')
    expect(parsed.header).toEqual(['sku', 'value'])
    expect(parsed.records).toEqual([
      { row: 2, cells: ['A', '1.50'] },
      { row: 4, cells: ['B', '2'] },
    ])
  })

  it('keeps every cell as text: "1.10" stays "1.10", not 1.1', () => {
    expect(parseCsv('sku,value\n1.10,1.50').records[0].cells).toEqual(['1.10', '1.50'])
  })

  it('reads quoted cells with commas, doubled quotes and line breaks, and counts the lines they span', () => {
    const parsed = parseCsv('sku,unit\n"A,1","say ""box"""\n"multi\nline",x\nC,y')
    expect(parsed.records.map((record) => [record.row, record.cells])).toEqual([
      [2, ['A,1', 'say "box"']],
      [3, ['multi\nline', 'x']],
      [5, ['C', 'y']],
    ])
  })

  it('drops a byte-order mark before the header', () => {
    expect(parseCsv('\uFEFFsku,value\nA,1').header).toEqual(['sku', 'value'])
  })
})

describe('csvLine', () => {
  it('quotes only what needs it and round-trips through parseCsv', () => {
    const cells = ['A,1', 'plain', 'say "x"', ' padded']
    expect(csvLine(cells)).toBe('"A,1",plain,"say ""x"""," padded"')
    expect(parseCsv(`h1,h2,h3,h4\n${csvLine(cells)}`).records[0].cells).toEqual(cells)
  })
})
