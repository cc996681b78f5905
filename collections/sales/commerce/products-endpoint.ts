/**
 * `GET /api/commerce/products` (CONTRACT): the product listing, with the reader's own access, `where`, `sort`,
 * `page`, `limit` and `locale` as on `/api/products`, and for each product what the registered listing extensions
 * add for the buyer (`price` from the pricing plugin, `availability` from inventory), each resolved for the whole page
 * at once. A product no extension priced shows its base price in the buyer's currency (`priceList: null`, no tiers);
 * without a base price in that currency, `price` is null. With the pricing plugin off, every price is the base price.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import { sanitizeSelectParam, type Endpoint, type PayloadRequest, type SelectType, type Sort, type TypedLocale, type Where } from 'payload'

import {
  CalculationError,
  formatDecimal,
  minorToPrice,
  parseDecimal,
  PRICE_SCALE,
  productListingExtensions,
  QUANTITY_SCALE,
  serialIdOf,
  sqlReaderOf,
  toBigInt,
  withDomainErrors,
  type Buyer,
  type ListedProduct,
} from '../../../src/kit'
import { resolveBuyer } from './buyer'
import { LISTING_CARD_SELECT, listingSelectOf, type CommerceOptions } from './listing-card'
import { findListingPage } from './listing-query'
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
  /** Payload's select (`select[weight]=true`); none: the listing card (listing-card.ts) */
  select?: unknown
}

type ProductDoc = { id: number; sku: string; type?: string | null; unit?: string | null }

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

/**
 * The base price in the buyer's currency, as a listing price without a list (none when the product has none): one
 * query, only for the products no list priced (a page every product of which has a list price reads nothing more).
 * The products are those the reader's find answered, so their base prices are theirs to see.
 */
async function basePrices(req: PayloadRequest, buyer: Buyer, docs: readonly ProductDoc[]): Promise<Map<string, unknown>> {
  const answer = new Map<string, unknown>()
  const ids = docs.map((doc) => serialIdOf(doc.id)).filter((id): id is number => id !== null)
  if (!ids.length) return answer
  const reader = await sqlReaderOf(req)
  const { rows } = await reader.execute(sql`
    select distinct on (bp._parent_id) bp._parent_id as product, trunc(bp.amount)::text as amount, c.minor_digits
    from products_base_prices bp
    join (select id, minor_digits from currencies where code = ${buyer.currency} order by id limit 1) c on c.id = bp.currency_id
    where bp._parent_id = any(string_to_array(${ids.join(',')}, ',')::int[]) and bp.amount is not null
    order by bp._parent_id, bp._order`)
  const units = new Map(docs.map((doc) => [String(doc.id), doc.unit ?? 'item']))
  for (const row of rows as Array<{ product: number; amount: string; minor_digits: string | number }>) {
    answer.set(String(row.product), {
      value: formatDecimal(minorToPrice(toBigInt(row.amount), Number(row.minor_digits)), PRICE_SCALE),
      currency: buyer.currency,
      unit: units.get(String(row.product)) ?? 'item',
      priceList: null,
      tiers: [],
    })
  }
  return answer
}

/** A select as REST (`'true'` strings) or GraphQL (booleans) sends it, checked, as Payload's SelectType. */
function readSelect(value: unknown): SelectType | undefined {
  if (value === undefined || value === null || value === '') return undefined
  const valid = (select: unknown): boolean =>
    isRecord(select) && Object.values(select).every((entry) => entry === true || entry === false || entry === 'true' || entry === 'false' || valid(entry))
  if (!valid(value)) throw new CalculationError('select must map field names to true or false (or to a nested select)', 'select')
  return sanitizeSelectParam(structuredClone(value) as SelectType)
}

export function listProducts(req: PayloadRequest, args: ProductListingArgs, options: CommerceOptions = {}) {
  return withDomainErrors(async () => {
    const buyer = await resolveBuyer(req, {
      customer: optionalId(args.customer, 'customer'),
      website: optionalId(args.website, 'website'),
      currency: optionalText(args.currency, 'currency'),
    })
    const quantity = readQuantity(args.quantity)
    if (args.where !== undefined && !isRecord(args.where)) throw new CalculationError('where must be an object', 'where')
    const { select, strip } = listingSelectOf(readSelect(args.select), options.listingSelect ?? LISTING_CARD_SELECT)
    const page = {
      where: args.where as Where | undefined,
      sort: optionalText(args.sort, 'sort') ?? undefined,
      page: optionalInteger(args.page, 'page', 1, 1_000_000) ?? 1,
      limit: optionalInteger(args.limit, 'limit', 1, MAX_LIMIT) ?? 10,
      locale: optionalText(args.locale, 'locale') ?? undefined,
    }
    // the page from our own statements when they answer it as Payload's find would (listing-query.ts), else the find
    const found =
      (await findListingPage(req, 'products', { ...page, select })) ??
      (await req.payload.find({
        collection: 'products',
        ...page,
        sort: page.sort as Sort | undefined,
        locale: page.locale as TypedLocale | undefined,
        depth: 0,
        // no join fields (a product's variants): the listing does not show them, and REST and GraphQL then answer alike
        joins: false,
        select,
        overrideAccess: false,
        user: req.user,
        req,
      }))
    const docs = found.docs as unknown as ProductDoc[]
    const listed: ListedProduct[] = docs.map((doc) => ({ id: doc.id, sku: doc.sku, type: doc.type ?? 'simple', unit: doc.unit ?? null }))
    // the extensions read independent rows: their queries go out together (each on its own pool connection)
    const extensions = productListingExtensions(req.payload.config)
    const resolved = await Promise.all(extensions.map((extension) => extension.resolve(req, buyer, listed, { quantity })))
    const fields = new Map(extensions.map((extension, index) => [extension.field, resolved[index]]))
    const listPrices = fields.get('price') ?? new Map<string, unknown>()
    const fallback = await basePrices(req, buyer, docs.filter((doc) => !listPrices.has(String(doc.id))))
    fields.set('price', new Map([...fallback, ...listPrices]))
    // each card: the found fields but those only read for the extensions (`strip`), then what the extensions add
    const added = [...fields]
    const stripped = new Set(strip)
    return {
      ...found,
      docs: found.docs.map((doc) => {
        const answered: Record<string, unknown> = {}
        for (const [field, value] of Object.entries(doc)) if (!stripped.has(field)) answered[field] = value
        const id = String(doc.id)
        for (const [field, values] of added) if (!stripped.has(field)) answered[field] = values.get(id) ?? null
        return answered
      }),
    }
  })
}

export const productsEndpoint = (options: CommerceOptions = {}): Endpoint => ({
  path: '/commerce/products',
  method: 'get',
  handler: async (req) => Response.json(await listProducts(req, (req.query ?? {}) as ProductListingArgs, options)),
})
