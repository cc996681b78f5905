/**
 * Payload wiring of the calculation pipeline: validates the client's input, loads what the core stages need
 * (currency, website rounding, products with base prices) through the request, then runs the registered stages.
 * Used by orders and the commerce endpoints alike, so every price the system shows comes from one place.
 */
import type { PayloadRequest, TypedLocale } from 'payload'

import { parseDecimal, QUANTITY_SCALE, toBigInt, type RoundingPoint } from './money'
import {
  CalculationError,
  runCalculation,
  startCalculation,
  type CalculationInput,
  type CalculationState,
  type Id,
  type LineProduct,
} from './pipeline'
import { keepingRequestLocale } from './localized'
import { getRegistry } from './registry'
import { resolveSellable, type SellableProduct, type SellableVariant } from '../../collections/catalog/rules/sellable'

type CurrencyDoc = { id: Id; code: string; minorDigits: number }
type PriceRow = { currency: Id | CurrencyDoc; amount: number }
type ProductDoc = Omit<SellableProduct, 'basePrices'> & { basePrices?: PriceRow[] | null; [key: string]: unknown }
type VariantDoc = Omit<SellableVariant, 'basePrices' | 'product'> & { product: Id | { id: Id }; basePrices?: PriceRow[] | null }

const idOf = (value: Id | { id: Id }) => (typeof value === 'object' ? value.id : value)

/** Checks the shape of a calculation request; the messages name the offending field. */
export function readCalculationInput(body: unknown): CalculationInput {
  if (!body || typeof body !== 'object') throw new CalculationError('The request body must be a JSON object')
  const input = body as Record<string, unknown>
  if (typeof input.currency !== 'string' || !input.currency) throw new CalculationError('currency is required', 'currency')
  if (!Array.isArray(input.lines) || input.lines.length === 0) {
    throw new CalculationError('lines must list at least one product', 'lines')
  }
  const lines = input.lines.map((raw, index) => {
    const line = (raw ?? {}) as Record<string, unknown>
    if (typeof line.product !== 'string' && typeof line.product !== 'number') {
      throw new CalculationError('product is required', `lines.${index}.product`)
    }
    return { product: line.product, variant: (line.variant as Id) ?? null, quantity: line.quantity, unit: (line.unit as string) ?? null }
  })
  return { ...(input as CalculationInput), lines }
}

async function loadCurrency(req: PayloadRequest, code: string): Promise<CurrencyDoc> {
  const found = await req.payload.find({
    collection: 'currencies',
    where: { code: { equals: code.toUpperCase() } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const currency = found.docs[0] as unknown as CurrencyDoc | undefined
  if (!currency) throw new CalculationError(`Unknown currency ${code}`, 'currency')
  return currency
}

async function loadRounding(req: PayloadRequest, website: Id | null | undefined): Promise<RoundingPoint> {
  if (website === null || website === undefined) return 'row'
  const doc = await req.payload
    .findByID({ collection: 'websites', id: website, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!doc) throw new CalculationError(`Unknown website ${website}`, 'website')
  return (doc as { priceRounding?: RoundingPoint }).priceRounding ?? 'row'
}

/**
 * The locale product names are read in: the request's (REST `?locale=de`), else the default. Orders snapshot that
 * name, so `locale=all` (every locale at once) reads the default instead.
 */
function contentLocale(req: PayloadRequest): TypedLocale | undefined {
  const localization = req.payload.config.localization
  if (!localization) return undefined
  return (req.locale && req.locale !== 'all' ? req.locale : localization.defaultLocale) as TypedLocale
}

const withPlainPrices = <T extends { basePrices?: PriceRow[] | null }>(doc: T) => ({
  ...doc,
  basePrices: (doc.basePrices ?? []).map((price) => ({ currency: idOf(price.currency), amount: price.amount })),
})

/** Loads the lines' products and variants in two queries (in the request's locale) and resolves what each sells. */
async function loadProducts(req: PayloadRequest, input: CalculationInput, currency: CurrencyDoc) {
  const locale = contentLocale(req)
  const load = async <T>(collection: 'products' | 'product-variants', ids: Id[]) => {
    if (!ids.length) return new Map<string, T>()
    const found = await keepingRequestLocale(req, () =>
      req.payload.find({
        collection,
        where: { id: { in: ids } },
        limit: ids.length,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        locale,
        req,
      }),
    )
    return new Map((found.docs as unknown as Array<T & { id: Id }>).map((doc) => [String(doc.id), doc]))
  }
  const products = await load<ProductDoc>('products', [...new Set(input.lines.map((line) => line.product))])
  const variantIds = input.lines.map((line) => line.variant).filter((id): id is Id => id !== null && id !== undefined)
  const variants = await load<VariantDoc>('product-variants', [...new Set(variantIds)])
  return input.lines.map((line, index): LineProduct => {
    const doc = products.get(String(line.product))
    const variantId = line.variant ?? null
    const variant = variantId === null ? undefined : variants.get(String(variantId))
    const resolved = resolveSellable(
      line.product,
      doc ? withPlainPrices(doc) : null,
      variantId,
      variant ? { ...withPlainPrices(variant), product: idOf(variant.product) } : null,
      currency.id,
    )
    if (!resolved.ok) throw new CalculationError(resolved.problem.message, `lines.${index}.${resolved.problem.field}`)
    // resolved.ok means the product was found
    const { id, basePrices: _prices, sku: _sku, name: _name, ...attributes } = doc as ProductDoc
    const { sku, name, weight, basePriceMinor } = resolved.sellable
    return {
      id,
      sku,
      name,
      basePriceMinor: basePriceMinor === null ? null : toBigInt(basePriceMinor),
      attributes: { ...attributes, weight, variant: variant ?? null },
    }
  })
}

/** Reads a quantity as an exact positive decimal with at most QUANTITY_SCALE places. */
function readQuantity(value: unknown, field: string): bigint {
  let quantity: bigint
  try {
    quantity = parseDecimal(value, QUANTITY_SCALE, field)
  } catch {
    throw new CalculationError(`quantity must be a positive number with at most ${QUANTITY_SCALE} decimals`, field)
  }
  if (quantity <= 0n) throw new CalculationError('quantity must be greater than zero', field)
  return quantity
}

/** Calculates prices and totals for `input` with every stage registered in the running config. */
export async function calculate(req: PayloadRequest, input: CalculationInput): Promise<CalculationState> {
  const quantities = input.lines.map((line, index) => readQuantity(line.quantity, `lines.${index}.quantity`))
  const currency = await loadCurrency(req, input.currency)
  // Sequential on purpose: inside a transaction every query shares one connection anyway.
  const rounding = await loadRounding(req, input.website)
  const products = await loadProducts(req, input, currency)
  const initial = startCalculation({
    input,
    currency: { code: currency.code, minorDigits: currency.minorDigits },
    rounding,
    lines: input.lines.map((line, index) => ({
      product: products[index],
      variant: line.variant ?? null,
      quantity: quantities[index],
      unit: line.unit ?? (products[index].attributes.unit as string | undefined) ?? null,
    })),
  })
  return runCalculation(initial, getRegistry(req.payload.config).calculationStages, req)
}
