/**
 * `GET /api/commerce/products` (CONTRACT): the product listing, with the reader's own access, `where`, `sort`,
 * `page`, `limit` and `locale` as on `/api/products`, and for each product what the registered listing extensions
 * add for the buyer (`price` from the pricing plugin, `availability` from inventory), each resolved for the whole page
 * at once. A product no extension priced shows its base price in the buyer's currency (`priceList: null`, no tiers);
 * without a base price in that currency, `price` is null. With the pricing plugin off, every price is the base price.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Endpoint, PayloadRequest, Sort, TypedLocale, Where } from 'payload'

import {
  CalculationError,
  formatDecimal,
  idOf,
  minorToPrice,
  parseDecimal,
  PRICE_SCALE,
  productListingExtensions,
  QUANTITY_SCALE,
  sameId,
  sqlReaderOf,
  toBigInt,
  withDomainErrors,
  type Buyer,
  type ListedProduct,
} from '../../../src/kit'
import { resolveBuyer } from './buyer'
import { isRecord, optionalId, optionalInteger, optionalText } from './request-values'

export type ProductListingArgs = {
  customer?: unknown
  website?: unknown
  currency?: unknown
  quantity?: unknown
  where?: unknown
  sort?: unknown
  page?: unknown
  limit?: unknown
  locale?: unknown
}

type ProductDoc = { id: number; sku: string; type?: string | null; unit?: string | null; basePrices?: Array<{ currency?: unknown; amount?: number | null }> | null }

const MAX_LIMIT = 100

function readQuantity(value: unknown): string {
  if (value === undefined || value === null || value === '') return '1'
  try {
    if (parseDecimal(value, QUANTITY_SCALE, 'quantity') > 0n) return String(value)
  } catch {
    // refused below
  }
  throw new CalculationError(`quantity must be a positive number with at most ${QUANTITY_SCALE} decimals`, 'quantity')
}

/** The base price in the buyer's currency, as a listing price without a list (null when the product has none). */
async function basePrices(req: PayloadRequest, buyer: Buyer, docs: readonly ProductDoc[]): Promise<Map<string, unknown>> {
  const answer = new Map<string, unknown>()
  // a page every product of which has a list price reads nothing more
  if (!docs.length) return answer
  const reader = await sqlReaderOf(req)
  const { rows } = await reader.execute(sql`select id, minor_digits from currencies where code = ${buyer.currency} order by id limit 1`)
  const row = rows[0] as { id: number; minor_digits: string | number } | undefined
  if (!row) return answer
  const currency = { id: Number(row.id), minorDigits: Number(row.minor_digits) }
  for (const doc of docs) {
    const base = (doc.basePrices ?? []).find((row) => sameId(idOf(row.currency), currency.id))
    if (typeof base?.amount !== 'number') continue
    answer.set(String(doc.id), {
      value: formatDecimal(minorToPrice(toBigInt(base.amount), currency.minorDigits), PRICE_SCALE),
      currency: buyer.currency,
      unit: doc.unit ?? 'item',
      priceList: null,
      tiers: [],
    })
  }
  return answer
}

export function listProducts(req: PayloadRequest, args: ProductListingArgs) {
  return withDomainErrors(async () => {
    const buyer = await resolveBuyer(req, {
      customer: optionalId(args.customer, 'customer'),
      website: optionalId(args.website, 'website'),
      currency: optionalText(args.currency, 'currency'),
    })
    const quantity = readQuantity(args.quantity)
    if (args.where !== undefined && !isRecord(args.where)) throw new CalculationError('where must be an object', 'where')
    const found = await req.payload.find({
      collection: 'products',
      where: args.where as Where | undefined,
      sort: (optionalText(args.sort, 'sort') ?? undefined) as Sort | undefined,
      page: optionalInteger(args.page, 'page', 1, 1_000_000),
      limit: optionalInteger(args.limit, 'limit', 1, MAX_LIMIT) ?? 10,
      locale: (optionalText(args.locale, 'locale') ?? undefined) as TypedLocale | undefined,
      depth: 0,
      // no join fields (a product's variants): the listing does not show them, and REST and GraphQL then answer alike
      joins: false,
      // the inventory plugin's `availability` on product reads is left out: the listing's own `availability` (for the
      // buyer's website) replaces it, and computing both cost two more queries per page (measured)
      ...({ select: { availability: false } } as object),
      overrideAccess: false,
      user: req.user,
      req,
    })
    const docs = found.docs as unknown as ProductDoc[]
    const listed: ListedProduct[] = docs.map((doc) => ({ id: doc.id, sku: doc.sku, type: doc.type ?? 'simple', unit: doc.unit ?? null }))
    const fields = new Map<string, Map<string, unknown>>()
    for (const extension of productListingExtensions(req.payload.config)) {
      fields.set(extension.field, await extension.resolve(req, buyer, listed, { quantity }))
    }
    const listPrices = fields.get('price') ?? new Map<string, unknown>()
    const fallback = await basePrices(req, buyer, docs.filter((doc) => !listPrices.has(String(doc.id))))
    fields.set('price', new Map([...fallback, ...listPrices]))
    return {
      ...found,
      docs: found.docs.map((doc) => {
        const added = Object.fromEntries([...fields].map(([field, values]) => [field, values.get(String(doc.id)) ?? null]))
        return { ...doc, ...added }
      }),
    }
  })
}

export const productsEndpoint: Endpoint = {
  path: '/commerce/products',
  method: 'get',
  handler: async (req) => Response.json(await listProducts(req, (req.query ?? {}) as ProductListingArgs)),
}
