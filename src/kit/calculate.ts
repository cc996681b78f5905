/**
 * Payload wiring of the calculation pipeline: validates the client's input, loads what the core stages need
 * (currency, website rounding, products with base prices) through the request, then runs the registered stages.
 * Used by orders and the commerce endpoints alike, so every price the system shows comes from one place.
 */
import type { PayloadRequest } from 'payload'

import { parseDecimal, QUANTITY_SCALE, toBigInt, type RoundingPoint } from './money'
import {
  CalculationError,
  runCalculation,
  type CalculationInput,
  type CalculationState,
  type Id,
  type LineProduct,
} from './pipeline'
import { getRegistry } from './registry'

type CurrencyDoc = { id: Id; code: string; minorDigits: number }
type ProductDoc = {
  id: Id
  sku: string
  name: string
  status?: string
  weight?: number | null
  unit?: string
  basePrices?: Array<{ currency: Id | CurrencyDoc; amount: number }> | null
  [key: string]: unknown
}

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

async function loadProducts(req: PayloadRequest, input: CalculationInput, currency: CurrencyDoc) {
  const ids = [...new Set(input.lines.map((line) => line.product))]
  const found = await req.payload.find({
    collection: 'products',
    where: { id: { in: ids } },
    limit: ids.length,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const byId = new Map((found.docs as unknown as ProductDoc[]).map((doc) => [String(doc.id), doc]))
  return input.lines.map((line, index): LineProduct => {
    const doc = byId.get(String(line.product))
    if (!doc || doc.status !== 'active') {
      throw new CalculationError(`Product ${line.product} does not exist or is not for sale`, `lines.${index}.product`)
    }
    const base = doc.basePrices?.find((price) => String(idOf(price.currency)) === String(currency.id))
    const { id, sku, name, basePrices: _prices, ...attributes } = doc
    return { id, sku, name, basePriceMinor: base ? toBigInt(base.amount) : null, attributes }
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
  const initial: CalculationState = {
    input,
    currency: { code: currency.code, minorDigits: currency.minorDigits },
    rounding,
    pricesIncludeTax: false,
    lines: input.lines.map((line, index) => ({
      index,
      product: products[index],
      variant: line.variant ?? null,
      quantity: quantities[index],
      unit: line.unit ?? (products[index].attributes.unit as string | undefined) ?? null,
      unitPrice: null,
      priceList: null,
      amount: 0n,
      discount: 0n,
      tax: 0n,
      total: 0n,
    })),
    subtotal: 0n,
    discountTotal: 0n,
    shippingTotal: 0n,
    taxTotal: 0n,
    grandTotal: 0n,
    appliedPromotions: [],
    taxes: [],
  }
  return runCalculation(initial, getRegistry(req.payload.config).calculationStages, req)
}
