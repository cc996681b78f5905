/** What the benchmark loads: the ceiling, and the product reads every storefront and integration makes. */
import type { Target } from './load'

const PAGE = 24
const PRODUCTS_QUERY = `{ Products(limit: ${PAGE}) { docs { id sku name basePrices { amount } } } }`

const json = (status: number, body: string, expectedStatus = 200): any => {
  if (status !== expectedStatus) throw new Error(`answered ${status}: ${body.slice(0, 300)}`)
  return JSON.parse(body)
}

const expectPage = (docs: unknown, what: string) => {
  if (!Array.isArray(docs) || docs.length !== PAGE) throw new Error(`${what}: expected ${PAGE} products`)
}

/**
 * A filtered page: at least one match, and a full page unless fewer match (a small `--products` can leave a filter
 * with under a page of products; the default 10,000 fills every page).
 */
const expectFilteredPage = (body: { docs?: unknown; totalDocs?: unknown }, what: string) => {
  const total = typeof body.totalDocs === 'number' ? body.totalDocs : 0
  if (total < 1) throw new Error(`${what}: expected at least one product`)
  if (!Array.isArray(body.docs) || body.docs.length !== Math.min(PAGE, total)) {
    throw new Error(`${what}: expected ${Math.min(PAGE, total)} of ${total} products`)
  }
}

/** what the catalogue targets filter by (bench/catalog.ts generates matches for each at any size) */
export type CatalogSamples = {
  productId: number
  categoryId: number
  /** the order target: a staff token, the buyer and five simple products (omitted: no order target) */
  order?: { token: string; customerId: number; productIds: number[] }
}
const SEARCH_WORD = 'drill'
const ATTRIBUTE_KEY = 'thread-size:m6'

export function buildTargets(appUrl: string, ceilingUrl: string, samples: CatalogSamples): Target[] {
  const list = (query: string) => `${appUrl}/api/products?limit=${PAGE}&${query}`
  return [
    {
      name: 'ceiling: bare node:http JSON',
      url: `${ceilingUrl}/`,
      verify: (status, body) => void json(status, body),
    },
    {
      name: `REST GET /api/products?limit=${PAGE}`,
      url: `${appUrl}/api/products?limit=${PAGE}`,
      verify: (status, body) => expectPage(json(status, body).docs, 'REST list'),
    },
    {
      name: `GraphQL Products(limit: ${PAGE})`,
      url: `${appUrl}/api/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: PRODUCTS_QUERY }),
      verify: (status, body) => {
        // GraphQL reports errors with status 200, so the body decides.
        const result = json(status, body)
        if (result.errors) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors).slice(0, 300)}`)
        expectPage(result.data?.Products?.docs, 'GraphQL list')
      },
    },
    {
      name: 'REST GET /api/products/:id',
      url: `${appUrl}/api/products/${samples.productId}`,
      verify: (status, body) => {
        if (json(status, body).id !== samples.productId) throw new Error(`by id: expected product ${samples.productId}`)
      },
    },
    {
      name: 'REST list by category',
      url: list(`where[categories][in]=${samples.categoryId}`),
      verify: (status, body) => expectFilteredPage(json(status, body), 'list by category'),
    },
    {
      name: `REST search name like "${SEARCH_WORD}"`,
      url: list(`where[name][like]=${SEARCH_WORD}`),
      verify: (status, body) => expectFilteredPage(json(status, body), 'search'),
    },
    {
      name: `REST filter attribute ${ATTRIBUTE_KEY}`,
      url: list(`where[attributeValues.key][equals]=${encodeURIComponent(ATTRIBUTE_KEY)}`),
      verify: (status, body) => expectFilteredPage(json(status, body), 'attribute filter'),
    },
    ...(samples.order ? [orderTarget(appUrl, samples.order)] : []),
  ]
}

/**
 * Places an order of 5 lines through REST: the hot write path (access, input checks, the calculation pipeline
 * loading products and pricing every line, the order's transaction and its domain event). Every request writes.
 */
function orderTarget(appUrl: string, order: NonNullable<CatalogSamples['order']>): Target {
  const lines = order.productIds.map((product, index) => ({ product, quantity: index + 1 }))
  return {
    name: `REST POST /api/orders (${lines.length} lines, priced)`,
    url: `${appUrl}/api/orders`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${order.token}` },
    body: JSON.stringify({ customer: order.customerId, currency: 'USD', lines }),
    verify: (status, body) => {
      const placed = json(status, body, 201)
      if (!(placed.doc?.grandTotal > 0) || placed.doc?.lines?.length !== lines.length) throw new Error('order: expected a priced order')
    },
  }
}
