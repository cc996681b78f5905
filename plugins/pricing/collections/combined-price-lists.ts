import type { CollectionConfig } from 'payload'

import { isStaff } from '../../../src/kit'
import { COMBINED_PRICE_LIST_LINKS_SLUG, COMBINED_PRICE_LISTS_SLUG, COMBINED_PRICES_SLUG, PRICE_LISTS_SLUG, PRICING_GROUP } from './slugs'

const readOnlyForStaff = {
  read: ({ req }: { req: Parameters<typeof isStaff>[0] }) => isStaff(req),
  create: () => false,
  update: () => false,
  delete: () => false,
}

/**
 * One combined list per distinct chain (not per customer), written only by the rebuild (jobs/rebuild.ts, with SQL).
 * Staff see its chain, its status (`rebuilding` while a full build runs) and when it was last built.
 */
export const CombinedPriceLists: CollectionConfig = {
  slug: COMBINED_PRICE_LISTS_SLUG,
  admin: { useAsTitle: 'chainKey', defaultColumns: ['chainKey', 'status', 'priceCount', 'builtAt'], group: PRICING_GROUP },
  access: readOnlyForStaff,
  fields: [
    { name: 'chainKey', type: 'text', required: true, unique: true, admin: { description: 'strategy:list ids in chain order (! = merging not allowed)' } },
    { name: 'chain', type: 'json', required: true },
    { name: 'status', type: 'select', options: ['ready', 'rebuilding'], defaultValue: 'ready', required: true, index: true },
    { name: 'priceCount', type: 'number', defaultValue: 0 },
    { name: 'builtAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}

/** The prices of a combined list: what every storefront read and the price stage look up. */
export const CombinedPrices: CollectionConfig = {
  slug: COMBINED_PRICES_SLUG,
  admin: { defaultColumns: ['combinedList', 'product', 'variant', 'unit', 'minQuantity', 'currency', 'value', 'priceList'], group: PRICING_GROUP, hidden: true },
  access: readOnlyForStaff,
  fields: [
    { name: 'combinedList', type: 'relationship', relationTo: COMBINED_PRICE_LISTS_SLUG, required: true },
    { name: 'product', type: 'relationship', relationTo: 'products', required: true },
    { name: 'variant', type: 'relationship', relationTo: 'product-variants' },
    { name: 'unit', type: 'text', required: true },
    { name: 'minQuantity', type: 'number', required: true },
    { name: 'currency', type: 'text', required: true },
    { name: 'value', type: 'text', required: true },
    { name: 'priceList', type: 'relationship', relationTo: PRICE_LISTS_SLUG, required: true },
  ],
  indexes: [{ fields: ['combinedList', 'currency', 'product'] }],
}

/**
 * Which combined list a buyer level uses: `w:<website>`, `g:<website>:<group>`, `c:<website>:<customer>` (rules/chain.ts
 * `scopeKey`); a buyer takes the first of its customer, group and website links. No list: the base prices.
 */
export const CombinedPriceListLinks: CollectionConfig = {
  slug: COMBINED_PRICE_LIST_LINKS_SLUG,
  admin: { useAsTitle: 'scope', group: PRICING_GROUP, hidden: true },
  access: readOnlyForStaff,
  fields: [
    { name: 'scope', type: 'text', required: true, unique: true },
    { name: 'combinedList', type: 'relationship', relationTo: COMBINED_PRICE_LISTS_SLUG },
  ],
}
