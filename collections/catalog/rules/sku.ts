/**
 * Stock keeping units (pure). A SKU identifies one sellable thing: a simple product or one variant of a
 * configurable product, so it is unique across products and variants together. Compared exactly (case-sensitive),
 * as the database's unique index and storefront lookups (`where[sku][equals]`) compare.
 */
export const SKU_MAX_LENGTH = 64

/** Why `value` cannot be a SKU, or null when it can (after trimming). */
export function skuFormatProblem(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return 'A SKU is required'
  const sku = value.trim()
  if (/\s/.test(sku)) return `SKU "${sku}" contains spaces; use letters, digits and separators such as - . _ /`
  if (sku.length > SKU_MAX_LENGTH) return `A SKU has at most ${SKU_MAX_LENGTH} characters`
  return null
}

export type SkuHolder = { collection: 'products' | 'product-variants'; id: number | string }

/** The message for a SKU already held by another product or variant, or null when `holders` has only `self`. */
export function skuTakenMessage(sku: string, holders: readonly SkuHolder[], self?: SkuHolder): string | null {
  const other = holders.find((holder) => !(self && holder.collection === self.collection && String(holder.id) === String(self.id)))
  if (!other) return null
  const what = other.collection === 'products' ? 'product' : 'product variant'
  return `SKU "${sku}" is already used by ${what} ${other.id}`
}
