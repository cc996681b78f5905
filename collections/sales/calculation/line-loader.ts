/**
 * The sales side's line loader (registered with the kit): the calculation currency, the website's rounding point,
 * and for each line what it sells — a simple product, or a variant of a configurable one (catalog rule
 * `resolveSellable`). Products and variants are read in one query each, selecting only the fields the core and the
 * registered stages need (never rich text), by hand-written SQL when their shapes allow (kit `sqlDocumentRead`), in
 * one statement with the stages' own reads (kit `readAlong`).
 */
import type { PayloadRequest, TypedLocale } from 'payload'

import {
  CalculationError,
  idOf,
  keepingRequestLocale,
  readTogether,
  sqlDocumentRead,
  toBigInt,
  type CalculationBuyer,
  type CalculationInput,
  type Id,
  type LineLoader,
  type LineProduct,
  type ReadAlong,
  type RoundingPoint,
} from '../../../src/kit'
import { resolveSellable, type SellableProduct, type SellableVariant } from '../../catalog/rules/sellable'
import { loadCalculationContext } from './context'

type CurrencyDoc = { id: Id; code: string; minorDigits: number }
type PriceRow = { currency: unknown; amount: number }
type Loaded<T> = Omit<T, 'basePrices' | 'product'> & { basePrices?: PriceRow[] | null; [field: string]: unknown }

/** What the core reads of a product and of a variant, beside the fields stages declare. */
const PRODUCT_FIELDS = ['sku', 'name', 'type', 'status', 'weight', 'unit', 'basePrices']
const VARIANT_FIELDS = ['product', 'sku', 'name', 'status', 'weight', 'basePrices']

/**
 * The locale product names are read in: the request's (REST `?locale=de`), else the default. Orders snapshot that
 * name, so `locale=all` (every locale at once) reads the default instead.
 */
function contentLocale(req: PayloadRequest): TypedLocale | undefined {
  const localization = req.payload.config.localization
  if (!localization) return undefined
  return (req.locale && req.locale !== 'all' ? req.locale : localization.defaultLocale) as TypedLocale
}

const selectOf = (fields: readonly string[]) => Object.fromEntries(fields.map((field) => [field, true]))

const withPlainPrices = <T extends { basePrices?: PriceRow[] | null }>(doc: T) => ({
  ...doc,
  basePrices: (doc.basePrices ?? []).map((price) => ({ currency: idOf(price.currency) ?? '', amount: price.amount })),
})

type Docs = Map<string, Record<string, unknown>>

/** The local API's read of `ids` (a field of a shape the hand-written read does not cover). */
async function findDocs(req: PayloadRequest, collection: 'products' | 'product-variants', ids: Id[], fields: readonly string[]): Promise<Docs> {
  const found = await keepingRequestLocale(req, () =>
    req.payload.find({
      collection,
      where: { id: { in: ids } },
      select: selectOf(fields) as never,
      limit: ids.length,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      locale: contentLocale(req),
      req,
    }),
  )
  return new Map((found.docs as unknown as Array<Record<string, unknown> & { id: Id }>).map((doc) => [String(doc.id), doc]))
}

/**
 * The products and the variants of the lines: one hand-written read each when every field is of a plain shape (the
 * usual case), made in one statement with the stages' declared reads (`readAlong`); else the local API.
 */
async function loadDocs(req: PayloadRequest, input: CalculationInput, fields: { products: readonly string[]; variants: readonly string[] }, buyer: CalculationBuyer, readAlong: ReadAlong | undefined) {
  const productIds = [...new Set(input.lines.map((line) => line.product))]
  const variantIds = [...new Set(input.lines.map((line) => line.variant).filter((id): id is Id => id !== null && id !== undefined))]
  const locale = contentLocale(req)
  const productRead = sqlDocumentRead(req.payload, 'products', fields.products, locale)
  const variantRead = variantIds.length ? sqlDocumentRead(req.payload, 'product-variants', fields.variants, locale) : null
  const own = [...(productRead ? [productRead(productIds)] : []), ...(variantRead ? [variantRead(variantIds)] : [])]
  const read = (readAlong ? await readAlong(buyer, own) : await readTogether(req, own)) as Docs[]
  const products = productRead ? read[0] : await findDocs(req, 'products', productIds, fields.products)
  const variants = !variantIds.length ? new Map() : variantRead ? read[own.length - 1] : await findDocs(req, 'product-variants', variantIds, fields.variants)
  return { products, variants }
}

/** Loads the lines' products and variants (in the request's locale) and resolves what each sells. */
async function loadProducts(req: PayloadRequest, input: CalculationInput, currency: CurrencyDoc, extra: readonly string[], buyer: CalculationBuyer, readAlong: ReadAlong | undefined): Promise<LineProduct[]> {
  const docs = await loadDocs(req, input, { products: [...PRODUCT_FIELDS, ...extra], variants: [...VARIANT_FIELDS, ...extra] }, buyer, readAlong)
  const products = docs.products as Map<string, Loaded<SellableProduct>>
  const variants = docs.variants as Map<string, Loaded<SellableVariant>>
  return input.lines.map((line, index): LineProduct => {
    const doc = products.get(String(line.product))
    const variantId = line.variant ?? null
    const variant = variantId === null ? undefined : variants.get(String(variantId))
    const resolved = resolveSellable(
      line.product,
      doc ? (withPlainPrices(doc) as SellableProduct) : null,
      variantId,
      variant ? ({ ...withPlainPrices(variant), product: idOf(variant.product) ?? '' } as SellableVariant) : null,
      currency.id,
    )
    if (!resolved.ok) throw new CalculationError(resolved.problem.message, `lines.${index}.${resolved.problem.field}`)
    const product = doc as Loaded<SellableProduct> & { id: Id }
    const { sku, name, weight, basePriceMinor } = resolved.sellable
    // Declared fields: the variant's value where it has one, else the product's.
    const declared = Object.fromEntries(extra.map((field) => [field, variant?.[field] ?? product[field] ?? null]))
    return {
      id: product.id,
      sku,
      name,
      basePriceMinor: basePriceMinor === null ? null : toBigInt(basePriceMinor),
      attributes: { ...declared, unit: product.unit ?? null, weight, variant: variant ? { id: variant.id, sku: variant.sku } : null },
    }
  })
}

export const loadCalculationLines: LineLoader = async (req, input, productFields, readAlong) => {
  // the currency, the website's rounding point and the customer's group in one read (already made when the commerce
  // endpoints resolved the buyer)
  const context = await loadCalculationContext(req, { website: input.website, customer: input.customer, currency: input.currency })
  const currency = context.currency
  if (!currency || currency.code !== input.currency.trim().toUpperCase()) throw new CalculationError(`Unknown currency ${input.currency}`, 'currency')
  const named = input.website !== null && input.website !== undefined
  if (named && !context.website) throw new CalculationError(`Unknown website ${input.website}`, 'website')
  // no website named: rounding per row (the default), though prices come from the first website's lists
  const rounding: RoundingPoint = (named ? context.website?.rounding : null) ?? 'row'
  const buyer = { website: context.website?.id ?? null, customerGroup: context.customer?.group ?? null }
  const products = await loadProducts(req, input, currency, productFields, buyer, readAlong)
  return {
    buyer,
    currency: { code: currency.code, minorDigits: currency.minorDigits },
    rounding,
    products,
  }
}
