/**
 * Which currency an amount is in, found where its field's CurrencySource says: in the edit form (by field path) or in
 * a list row (the document). Pure: the admin components pass in how to read a value.
 */
import type { CurrencySource } from '../money-fields'

/** A currency named by its `currencies` id (a relationship) or by its ISO 4217 code (a text field, a fixed code). */
export type CurrencyRef = { by: 'id' | 'code'; key: string }

/** A relationship value as the form or a list row holds it: an id, or the populated document. */
function refFromRelationship(value: unknown): CurrencyRef | undefined {
  if (typeof value === 'number' || (typeof value === 'string' && value !== '')) return { by: 'id', key: String(value) }
  if (value && typeof value === 'object' && 'id' in value) return refFromRelationship((value as { id: unknown }).id)
  return undefined
}

const refFromCode = (value: unknown): CurrencyRef | undefined =>
  typeof value === 'string' && value.trim() !== '' ? { by: 'code', key: value.trim().toUpperCase() } : undefined

/** `basePrices.0.amount` with sibling `currency` → `basePrices.0.currency`; `costPrice.amount` → `costPrice.currency`. */
export function siblingPath(path: string, sibling: string): string {
  const parent = path.split('.').slice(0, -1)
  return [...parent, sibling].join('.')
}

/** The form path a CurrencySource reads for the field at `path`, or none for a fixed code. */
export function currencyPath(source: CurrencySource, path: string): string | undefined {
  if ('sibling' in source) return siblingPath(path, source.sibling)
  if ('documentCode' in source) return source.documentCode
  return undefined
}

/** The currency of the field at `path`, given the value the form holds at `currencyPath(source, path)`. */
export function currencyRefFromValue(source: CurrencySource, value: unknown): CurrencyRef | undefined {
  if ('sibling' in source) return refFromRelationship(value)
  if ('documentCode' in source) return refFromCode(value)
  return refFromCode(source.code)
}

/**
 * The currency of a list row's amount. A list cell sees the whole document, so a sibling is read beside the field's
 * own path in the row (`costPrice.amount` → `row.costPrice.currency`).
 */
export function currencyRefFromRow(source: CurrencySource, row: Record<string, unknown>, fieldPath: string): CurrencyRef | undefined {
  const path = currencyPath(source, fieldPath)
  const value = path?.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), row)
  return currencyRefFromValue(source, value)
}
