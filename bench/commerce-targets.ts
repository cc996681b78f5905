/**
 * The commerce targets (issues 12 item 11 and 13 item 13): the priced product listing for a customer, its SQL
 * ceiling, and a 20-line cart priced through every installed price, promotion and tax stage.
 */
import type { CommerceSummary } from './commerce-seed'
import { MANHATTAN } from './commerce-seed'
import type { Target } from './load'

const PAGE = 24

type ListedDoc = { id: number; price?: { value?: string; priceList?: number | null } | null } & Record<string, unknown>

/** The listing card's fields (collections/sales/commerce/listing-card.ts) both answers must carry alike. */
const CARD_FIELDS = ['sku', 'name', 'type', 'unit', 'status', 'brand', 'images', 'categories'] as const

const parse = (status: number, body: string, expected = 200): any => {
  if (status !== expected) throw new Error(`answered ${status}: ${body.slice(0, 300)}`)
  return JSON.parse(body)
}

/** A full page where every product is priced from a list (not the base-price fallback). */
function expectPricedPage(docs: ListedDoc[] | undefined, what: string): ListedDoc[] {
  if (!Array.isArray(docs) || docs.length !== PAGE) throw new Error(`${what}: expected ${PAGE} products`)
  const unpriced = docs.filter((doc) => !doc.price?.value || !doc.price.priceList)
  if (unpriced.length) throw new Error(`${what}: products without a list price: ${unpriced.map((doc) => doc.id).join(', ')}`)
  return docs
}

export type Buyer = { token: string; website: number; customer: number; group: number }

export const commerceProductsUrl = (appUrl: string, buyer: Buyer, query = `limit=${PAGE}`) => `${appUrl}/api/commerce/products?customer=${buyer.customer}&currency=USD&${query}`

export function commerceProductsTarget(appUrl: string, buyer: Buyer): Target {
  return {
    name: `REST GET /api/commerce/products (${PAGE}, priced for a customer)`,
    url: commerceProductsUrl(appUrl, buyer),
    headers: { authorization: `JWT ${buyer.token}` },
    verify: (status, body) => void expectPricedPage(parse(status, body).docs, 'commerce products'),
  }
}

export const sqlCeilingUrl = (ceilingUrl: string, buyer: Buyer) => `${ceilingUrl}/?website=${buyer.website}&group=${buyer.group}&customer=${buyer.customer}&currency=USD`

export function sqlCeilingTarget(ceilingUrl: string, buyer: Buyer): Target {
  return {
    name: `SQL ceiling: node:http + pg, the same page`,
    url: sqlCeilingUrl(ceilingUrl, buyer),
    verify: (status, body) => void expectPricedPage(parse(status, body).docs, 'SQL ceiling'),
  }
}

/** Before measuring: the ceiling answers the same products at the same prices, or it is not a ceiling of this page. */
export async function checkCeilingMatches(appUrl: string, ceilingUrl: string, buyer: Buyer): Promise<void> {
  const app = (await (await fetch(commerceProductsUrl(appUrl, buyer), { headers: { authorization: `JWT ${buyer.token}` } })).json()) as { docs: ListedDoc[] }
  const ceiling = (await (await fetch(sqlCeilingUrl(ceilingUrl, buyer))).json()) as { docs: ListedDoc[] }
  // compared as sets: products created in the same millisecond may come in either order, in both; each product with
  // its card fields, so the ceiling answers the same projection as the app, not a cheaper one
  const card = (doc: ListedDoc) => JSON.stringify(CARD_FIELDS.map((field) => (Array.isArray(doc[field]) ? (doc[field] as unknown[]).map(Number) : (doc[field] ?? null))))
  const show = (docs: ListedDoc[]) => docs.map((doc) => `${doc.id}=${doc.price?.value}@${doc.price?.priceList}${card(doc)}`).sort().join(' ')
  if (show(app.docs) !== show(ceiling.docs)) throw new Error(`the SQL ceiling answers another page than the app:\n app     ${show(app.docs)}\n ceiling ${show(ceiling.docs)}`)
}

export function cartPriceTarget(appUrl: string, buyer: Buyer, commerce: CommerceSummary): Target {
  const cart = {
    customer: buyer.customer,
    currency: 'USD',
    lines: commerce.cartProductIds.map((product, index) => ({ product, quantity: (index % 12) + 1 })),
    shippingAddress: MANHATTAN,
  }
  return {
    name: `REST POST /api/commerce/price (${cart.lines.length} lines, ${commerce.promotions} promotions, ${commerce.taxRules} tax rules)`,
    url: `${appUrl}/api/commerce/price`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${buyer.token}` },
    body: JSON.stringify(cart),
    verify: (status, body) => {
      const priced = parse(status, body) as { lines: Array<{ priceList: number | null }>; appliedPromotions: unknown[]; taxTotal: number }
      if (priced.lines.length !== cart.lines.length || priced.lines.some((line) => !line.priceList)) throw new Error(`price: expected ${cart.lines.length} lines priced from lists: ${body.slice(0, 300)}`)
      if (priced.appliedPromotions.length < 5) throw new Error(`price: expected several promotions applied, got ${priced.appliedPromotions.length}`)
      if (!(priced.taxTotal > 0)) throw new Error('price: expected New York tax on a Manhattan address')
    },
  }
}
