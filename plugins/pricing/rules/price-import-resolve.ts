/**
 * Turning checked CSV rows into price slots (pure): the list by id or name, the product by SKU, the variant by SKU
 * (it must belong to that product). What the database does not know is a row error with its line number.
 */
import type { Id } from '../../../src/kit'
import type { PriceCsvRow, RowError } from './price-import-rows'

export type ImportLookups = {
  /** lists by id (as text) and by exact name; a name two lists share maps to null (ambiguous) */
  lists: ReadonlyMap<string, Id | null>
  products: ReadonlyMap<string, Id>
  variants: ReadonlyMap<string, { id: Id; product: Id }>
}

export type ResolvedPrice = {
  row: number
  priceList: Id
  product: Id
  variant: Id | null
  unit: string
  /** scaled by 10^3 */
  minQuantity: bigint
  currency: string
  value: string
}

/** Index of lists for `ImportLookups.lists`: every id, and each name (null when two lists share it). */
export function listLookup(lists: ReadonlyArray<{ id: Id; name: string }>): Map<string, Id | null> {
  const byKey = new Map<string, Id | null>()
  for (const list of lists) byKey.set(list.name, byKey.has(list.name) ? null : list.id)
  for (const list of lists) byKey.set(String(list.id), list.id)
  return byKey
}

export function resolveRows(rows: readonly PriceCsvRow[], lookups: ImportLookups): { prices: ResolvedPrice[]; errors: RowError[] } {
  const prices: ResolvedPrice[] = []
  const errors: RowError[] = []
  // a list named by id on one row and by name on another is the same slot: one price each
  const firstRowOf = new Map<string, number>()
  for (const row of rows) {
    const list = lookups.lists.get(row.priceList)
    if (list === undefined) {
      errors.push({ row: row.row, column: 'priceList', message: `No price list "${row.priceList}"` })
      continue
    }
    if (list === null) {
      errors.push({ row: row.row, column: 'priceList', message: `Several price lists are named "${row.priceList}": use its id` })
      continue
    }
    const product = lookups.products.get(row.sku)
    if (product === undefined) {
      errors.push({ row: row.row, column: 'sku', message: `No product with SKU ${row.sku}` })
      continue
    }
    let variant: Id | null = null
    if (row.variantSku !== null) {
      const found = lookups.variants.get(row.variantSku)
      if (!found || String(found.product) !== String(product)) {
        errors.push({ row: row.row, column: 'variantSku', message: `No variant ${row.variantSku} of ${row.sku}` })
        continue
      }
      variant = found.id
    }
    const slot = [list, product, variant ?? '', row.unit, row.minQuantity, row.currency].join('|')
    const earlier = firstRowOf.get(slot)
    if (earlier !== undefined) {
      errors.push({ row: row.row, column: 'minQuantity', message: `Row ${earlier} already prices this list, SKU, unit, minimum quantity and currency` })
      continue
    }
    firstRowOf.set(slot, row.row)
    prices.push({ row: row.row, priceList: list, product, variant, unit: row.unit, minQuantity: row.minQuantity, currency: row.currency, value: row.value })
  }
  return { prices, errors }
}
