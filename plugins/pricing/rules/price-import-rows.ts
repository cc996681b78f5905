/**
 * Reading a price CSV (item 8), pure: which columns it has, and each row checked on its own (value, currency,
 * minimum quantity, unit, SKU) and against the rows before it (one price per slot within the file). A bad row is
 * reported with its line number and the reason; the other rows go on.
 */
import { parseDecimal, PRICE_SCALE, QUANTITY_SCALE } from '../../../src/kit'
import type { CsvRecord } from './csv'

/** The columns, in the order an export writes them. `priceList` may be left out when the import names a list. */
export const PRICE_CSV_COLUMNS = ['priceList', 'sku', 'variantSku', 'unit', 'minQuantity', 'currency', 'value'] as const
export type PriceCsvColumn = (typeof PRICE_CSV_COLUMNS)[number]

/** A row that passed: the list as written (an id or a name), SKUs, the quantity scaled by 10^3, the value as given. */
export type PriceCsvRow = {
  row: number
  priceList: string
  sku: string
  variantSku: string | null
  unit: string
  minQuantity: bigint
  currency: string
  value: string
}

/** Why a row (or the header, row 1) was not imported; `column` names the cell at fault. */
export type RowError = { row: number; column: PriceCsvColumn | 'row'; message: string }

export type RowCheckContext = {
  /** the currency codes Bureau knows (upper case) */
  currencies: ReadonlySet<string>
  /** the list rows without a `priceList` cell go to (the import's own list), if any */
  defaultList: string | null
}

const REQUIRED: readonly PriceCsvColumn[] = ['sku', 'currency', 'value']

/** Problems with the header: unknown or missing columns. None: the map of column name → cell index. */
export function readHeader(header: readonly string[], context: Pick<RowCheckContext, 'defaultList'>): { columns: Map<PriceCsvColumn, number> } | { errors: RowError[] } {
  const columns = new Map<PriceCsvColumn, number>()
  const errors: RowError[] = []
  header.forEach((name, index) => {
    const column = PRICE_CSV_COLUMNS.find((known) => known.toLowerCase() === name.toLowerCase())
    if (!column) errors.push({ row: 1, column: 'row', message: `Unknown column "${name}" (expected ${PRICE_CSV_COLUMNS.join(', ')})` })
    else if (columns.has(column)) errors.push({ row: 1, column, message: `Column "${column}" appears twice` })
    else columns.set(column, index)
  })
  const required = context.defaultList === null ? [...REQUIRED, 'priceList' as const] : REQUIRED
  for (const column of required) if (!columns.has(column)) errors.push({ row: 1, column, message: `Missing column "${column}"` })
  return errors.length ? { errors } : { columns }
}

const fail = (row: number, column: RowError['column'], message: string): { error: RowError } => ({ error: { row, column, message } })

/** One record checked on its own. */
export function checkRecord(record: CsvRecord, columns: ReadonlyMap<PriceCsvColumn, number>, context: RowCheckContext): { row: PriceCsvRow } | { error: RowError } {
  const cell = (column: PriceCsvColumn) => {
    const index = columns.get(column)
    return index === undefined ? '' : (record.cells[index] ?? '').trim()
  }
  const { row } = record
  if (record.cells.length > Math.max(...columns.values()) + 1) return fail(row, 'row', `${record.cells.length} cells for ${columns.size} columns`)
  const priceList = cell('priceList') || context.defaultList
  if (!priceList) return fail(row, 'priceList', 'No price list: name one (its id or name) or import into a list')
  const sku = cell('sku')
  if (!sku) return fail(row, 'sku', 'The product SKU is required')
  const currency = cell('currency').toUpperCase()
  if (!/^[A-Z]{3}$/.test(currency)) return fail(row, 'currency', `"${cell('currency')}" is not a three-letter currency code`)
  if (!context.currencies.has(currency)) return fail(row, 'currency', `Unknown currency ${currency}`)
  let minQuantity = 1000n
  if (cell('minQuantity')) {
    try {
      minQuantity = parseDecimal(cell('minQuantity'), QUANTITY_SCALE, 'minQuantity')
    } catch (error) {
      return fail(row, 'minQuantity', `"${cell('minQuantity')}": ${(error as Error).message}`)
    }
    if (minQuantity <= 0n) return fail(row, 'minQuantity', 'The minimum quantity must be above 0')
  }
  const valueText = cell('value')
  try {
    if (parseDecimal(valueText, PRICE_SCALE, 'value') < 0n) return fail(row, 'value', 'A price cannot be negative')
  } catch (error) {
    return fail(row, 'value', `"${valueText}": ${(error as Error).message}`)
  }
  const variantSku = cell('variantSku') || null
  return { row: { row, priceList, sku, variantSku, unit: cell('unit') || 'item', minQuantity, currency, value: valueText } }
}

/** The slot a row prices within the file (list as written × product × variant × unit × min quantity × currency). */
export const fileSlotOf = (row: PriceCsvRow) => [row.priceList, row.sku, row.variantSku ?? '', row.unit, row.minQuantity, row.currency].join('|')

/** Every record checked, and a second price for a slot an earlier row priced refused (naming that row). */
export function checkRecords(records: readonly CsvRecord[], columns: ReadonlyMap<PriceCsvColumn, number>, context: RowCheckContext): { rows: PriceCsvRow[]; errors: RowError[] } {
  const rows: PriceCsvRow[] = []
  const errors: RowError[] = []
  const firstRowOf = new Map<string, number>()
  for (const record of records) {
    const checked = checkRecord(record, columns, context)
    if ('error' in checked) {
      errors.push(checked.error)
      continue
    }
    const slot = fileSlotOf(checked.row)
    const earlier = firstRowOf.get(slot)
    if (earlier !== undefined) {
      errors.push({ row: record.row, column: 'minQuantity', message: `Row ${earlier} already prices this list, SKU, unit, minimum quantity and currency` })
      continue
    }
    firstRowOf.set(slot, record.row)
    rows.push(checked.row)
  }
  return { rows, errors }
}
