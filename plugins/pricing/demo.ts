/**
 * The pricing demo: a Default list for the website (the catalog's base prices), a Wholesale list generated from it by
 * a rule (−10 % on Fasteners) for the wholesale group, and a Northwind contract list with quantity tiers merged over
 * Wholesale, so Northwind, its subsidiaries (wholesale) and Contoso (retail) see different prices. The combined lists
 * are built by the jobs the writes queue (the app's runner, or `npm run worker`).
 */
import type { Config } from 'payload'

import { formatDecimal, idOf, registerDemoSeed, toBigInt, type DemoContext } from '../../src/kit'
import { PRICE_LIST_ASSIGNMENTS_SLUG, PRICE_LISTS_SLUG, PRODUCT_PRICES_SLUG } from './collections/slugs'

const local = { overrideAccess: true, depth: 0 } as const

/** Northwind's contract: per set of 100 screws, cheaper from 10 and from 50 sets. */
const CONTRACT_TIERS: Array<[sku: string, minQuantity: number, usd: string]> = [
  ['SCR-M4-20', 1, '10.99'],
  ['SCR-M4-20', 10, '9.99'],
  ['SCR-M4-20', 50, '8.75'],
  ['SCR-M6-40', 1, '19.49'],
  ['SCR-M6-40', 25, '17.95'],
]

async function seedDefaultPrices(context: DemoContext, list: number): Promise<void> {
  const { payload } = context
  const currencies = await payload.find({ collection: 'currencies', pagination: false, ...local })
  const byId = new Map(currencies.docs.map((doc) => [String(doc.id), doc]))
  const products = await payload.find({ collection: 'products', pagination: false, select: { unit: true, basePrices: true }, ...local })
  for (const product of products.docs) {
    for (const base of product.basePrices ?? []) {
      const currency = byId.get(String(idOf(base.currency)))
      if (!currency || typeof base.amount !== 'number') continue
      // the base price in minor units read at the currency's scale: 1249 → "12.49"
      const value = formatDecimal(toBigInt(base.amount), currency.minorDigits ?? 2)
      await payload.create({
        collection: PRODUCT_PRICES_SLUG,
        data: { priceList: list, product: product.id, unit: product.unit ?? 'item', minQuantity: 1, currency: currency.code, value },
        ...local,
      })
    }
  }
}

async function seedPricing(context: DemoContext): Promise<void> {
  const { payload } = context
  const owner = { owner: Number(context.admin) }
  const currencies = [...context.currencies.values()].map(Number)
  const fasteners = context.categories.get('fasteners')
  const northwind = context.customers.get('NORTHWIND')
  const wholesaleGroup = context.customerGroups.get('wholesale')
  if (fasteners === undefined || northwind === undefined || wholesaleGroup === undefined) throw new Error('the core demo lacks the fasteners category, NORTHWIND or the wholesale group')

  const defaultList = await payload.create({ collection: PRICE_LISTS_SLUG, data: { name: 'Default', currencies, ...owner }, ...local })
  await seedDefaultPrices(context, defaultList.id)
  const wholesale = await payload.create({
    collection: PRICE_LISTS_SLUG,
    data: {
      name: 'Wholesale',
      currencies,
      rule: { enabled: true, source: 'priceList', sourceList: defaultList.id, multiply: '0.9', add: '0', precision: 2, categories: [Number(fasteners)] },
      ...owner,
    },
    ...local,
  })
  const contract = await payload.create({ collection: PRICE_LISTS_SLUG, data: { name: 'Northwind contract', currencies, ...owner }, ...local })
  for (const [sku, minQuantity, value] of CONTRACT_TIERS) {
    const product = context.products.get(sku)
    if (product === undefined) throw new Error(`the core demo lacks ${sku}`)
    await payload.create({ collection: PRODUCT_PRICES_SLUG, data: { priceList: contract.id, product: Number(product), unit: 'set', minQuantity, currency: 'USD', value }, ...local })
  }
  const assign = (priceList: number, data: { customerGroup?: number; customer?: number }) =>
    payload.create({ collection: PRICE_LIST_ASSIGNMENTS_SLUG, data: { priceList, website: Number(context.website), sortOrder: 10, mergeAllowed: true, ...data, ...owner }, ...local })
  await assign(defaultList.id, {})
  await assign(wholesale.id, { customerGroup: Number(wholesaleGroup) })
  await assign(contract.id, { customer: Number(northwind) })
}

export function registerPricingDemo(config: Config): void {
  registerDemoSeed(config, { name: 'pricing', plugin: 'pricing', seed: seedPricing })
}
