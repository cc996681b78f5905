/**
 * The built-in conditions, registered through the kit like any plugin's: declared arguments (block fields), the
 * facts they load once per calculation (`prepare`) and the pure rule that decides (rules/conditions.ts).
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionAfterChangeHook, Config, PayloadRequest } from 'payload'

import { customerFacts, forgetCustomerFacts, idOf, minorAmountField, parseDecimal, QUANTITY_SCALE, registerCustomerFact, registerPromotionCondition, type ConditionVerdict, type CustomerFact, type PromotionCart } from '../../../src/kit'
import {
  audience,
  firstOrder,
  idsOf,
  inCurrency,
  onWebsite,
  productSegment,
  quantityAtLeast,
  shippingCountry,
  stockAbove,
  subtotalAtLeast,
  type CategoryTrees,
} from '../rules/conditions'

const PLUGIN = 'marketing'
const INVENTORY_LEVELS = 'inventory-levels'

const codes = (name: string, description: string) => ({ name, type: 'text' as const, admin: { description } })

/** Each category of the cart's products with its ancestors, in one query (only when a promotion uses categories). */
async function categoryTrees(req: PayloadRequest, uses: readonly Record<string, unknown>[], cart: PromotionCart): Promise<CategoryTrees> {
  if (!uses.some((args) => idsOf(args.categories).length)) return new Map()
  const ids = [...new Set(cart.lines.flatMap((line) => idsOf(line.attributes.categories)))]
  if (!ids.length) return new Map()
  const found = await req.payload.find({ collection: 'categories', where: { id: { in: ids } }, select: { ancestors: true }, depth: 0, pagination: false, overrideAccess: true, req })
  return new Map(found.docs.map((doc) => [String(doc.id), idsOf((doc as { ancestors?: unknown }).ancestors)]))
}

/** Whether the customer has an order that was not cancelled: a fact read with the buyer (src/kit/customer-facts.ts). */
export const ORDERED_FACT = 'marketing:ordered'

export const orderedFact: CustomerFact = {
  name: ORDERED_FACT,
  plugin: PLUGIN,
  // it stops at the first such order: a count would read every order of a customer with thousands, on every cart price
  select: sql`exists (select 1 from orders o where o.customer_id = c.id and o.status is distinct from 'cancelled')`,
}

/**
 * Whether the buyer has an earlier order that was not cancelled (null for a visitor), as the buyer's read brought it
 * along: no statement of its own when a first-order promotion is in play (it was one on every such priced cart).
 */
async function orderedBefore(req: PayloadRequest, _uses: unknown, cart: PromotionCart): Promise<boolean | null> {
  if (cart.customer === null) return null
  return (await customerFacts(req, cart.customer))?.[ORDERED_FACT] === true
}

/** An order written changes its customer's history: the request's copy of the fact is dropped (several orders in one request). */
export const forgetOrderHistory: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
  for (const customer of [idOf(doc.customer), idOf(previousDoc?.customer)]) if (customer !== null) forgetCustomerFacts(req, customer)
  return doc
}

/**
 * Available stock per product over all warehouses, with one query, when the inventory plugin is installed
 * (`inventory-levels` exists); null otherwise, and the condition reports itself unavailable.
 */
async function availableStock(req: PayloadRequest, _uses: unknown, cart: PromotionCart): Promise<Map<string, bigint> | null> {
  if (!req.payload.collections[INVENTORY_LEVELS as never]) return null
  const products = [...new Set(cart.lines.map((line) => line.product))]
  const found = await req.payload.find({
    collection: INVENTORY_LEVELS as never,
    where: { product: { in: products } } as never,
    select: { product: true, available: true } as never,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const stock = new Map<string, bigint>()
  for (const row of found.docs as unknown as Array<{ product: unknown; available?: number | null }>) {
    const product = String(idOf(row.product) ?? '')
    // available is a number of units with up to 3 decimals; kept exact in thousandths.
    stock.set(product, (stock.get(product) ?? 0n) + parseDecimal(row.available ?? 0, QUANTITY_SCALE, 'available'))
  }
  return stock
}

const relation = (name: string, relationTo: 'customers' | 'customer-groups' | 'websites' | 'categories' | 'brands' | 'attribute-families', description: string) => ({
  name,
  type: 'relationship' as const,
  relationTo,
  hasMany: true,
  admin: { description },
})

/** A condition over one list of codes typed as text (currencies, countries). */
const codeListCondition = (
  config: Config,
  options: { code: string; label: string; description: string; argument: string; hint: string; check: (args: Record<string, unknown>, cart: PromotionCart) => ConditionVerdict },
) =>
  registerPromotionCondition(config, {
    code: options.code,
    plugin: PLUGIN,
    label: options.label,
    description: options.description,
    fields: [codes(options.argument, options.hint)],
    check: (args, cart) => options.check(args, cart),
  })

export function registerBuiltInConditions(config: Config): void {
  registerPromotionCondition(config, {
    code: 'subtotalAtLeast',
    plugin: PLUGIN,
    label: 'Subtotal at least',
    description: 'The cart subtotal before promotions reaches an amount',
    fields: [minorAmountField({ name: 'amount', required: true, description: 'Minor units: 10000 = 100.00' })],
    check: (args, cart) => subtotalAtLeast(args, cart),
  })
  registerPromotionCondition(config, {
    code: 'quantityAtLeast',
    plugin: PLUGIN,
    label: 'Quantity at least',
    description: 'Units of the listed SKUs (all products when none) reach a quantity',
    fields: [{ name: 'quantity', type: 'number', required: true, min: 0 }, codes('skus', 'SKUs separated by commas; empty: every product')],
    check: (args, cart) => quantityAtLeast(args, cart),
  })
  registerPromotionCondition<CategoryTrees>(config, {
    code: 'productSegment',
    plugin: PLUGIN,
    label: 'Product segment',
    description: 'Lines matching every filled criterion; line discounts apply only to them',
    productFields: ['categories', 'brand', 'family', 'attributeValues'],
    fields: [
      codes('skus', 'SKUs separated by commas'),
      relation('categories', 'categories', 'A category includes its whole subtree'),
      relation('brands', 'brands', ''),
      relation('families', 'attribute-families', ''),
      codes('attributeValues', 'code:value keys, e.g. thread-size:m6'),
      { name: 'minQuantity', type: 'number', min: 0, admin: { description: 'Matching units at least (empty: any)' } },
    ],
    prepare: categoryTrees,
    check: (args, cart, trees) => productSegment(args, cart, trees),
  })
  registerPromotionCondition(config, {
    code: 'audience',
    plugin: PLUGIN,
    label: 'Customer or group',
    description: 'The buyer is one of the customers, or in one of the groups',
    fields: [relation('customers', 'customers', ''), relation('customerGroups', 'customer-groups', '')],
    check: (args, cart) => audience(args, cart),
  })
  registerPromotionCondition(config, {
    code: 'website',
    plugin: PLUGIN,
    label: 'Website',
    description: 'The cart is on one of the websites',
    fields: [relation('websites', 'websites', '')],
    check: (args, cart) => onWebsite(args, cart),
  })
  codeListCondition(config, { code: 'currency', label: 'Currency', description: 'The cart is in one of the currencies', argument: 'currencies', hint: 'ISO codes, e.g. USD, EUR', check: inCurrency })
  registerPromotionCondition<boolean | null>(config, {
    code: 'firstOrder',
    plugin: PLUGIN,
    label: "Customer's first order",
    description: 'The customer has no earlier order that was not cancelled',
    fields: [],
    prepare: orderedBefore,
    check: (_args, _cart, ordered) => firstOrder(ordered),
  })
  registerCustomerFact(config, orderedFact)
  codeListCondition(config, { code: 'shippingCountry', label: 'Shipping country', description: 'The shipping address is in one of the countries', argument: 'countries', hint: 'ISO 3166 codes, e.g. US, CA', check: shippingCountry })
  registerPromotionCondition<Map<string, bigint> | null>(config, {
    code: 'stockAbove',
    plugin: PLUGIN,
    label: 'Stock above (clearance)',
    description: 'Lines whose product has more than N available over all warehouses. Needs the inventory plugin: without it the condition is unavailable and never matches.',
    fields: [{ name: 'quantity', type: 'number', required: true, min: 0 }],
    prepare: availableStock,
    check: (args, cart, stock) => stockAbove(args, cart, stock),
  })
}
