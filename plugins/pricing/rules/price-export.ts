/** A list's prices as CSV (item 8), pure: the import's columns, so an export edited in a spreadsheet imports back. */
import { formatDecimal, parseDecimal, QUANTITY_SCALE, type Id } from '../../../src/kit'
import { csvLine } from './csv'
import { PRICE_CSV_COLUMNS } from './price-import-rows'

export type ExportedPrice = { priceList: Id; sku: string; variantSku: string | null; unit: string; minQuantity: string; currency: string; value: string }

/** `1.000` → `1`, `2.500` → `2.5`: the shortest exact form of a quantity. */
export function quantityText(quantity: string): string {
  const text = formatDecimal(parseDecimal(quantity, QUANTITY_SCALE, 'minQuantity'), QUANTITY_SCALE)
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text
}

export const priceCsvHeader = (): string => csvLine(PRICE_CSV_COLUMNS)

export const priceCsvLine = (price: ExportedPrice): string =>
  csvLine([String(price.priceList), price.sku, price.variantSku ?? '', price.unit, quantityText(price.minQuantity), price.currency, price.value])
