import type { CollectionConfig } from 'payload'

import { staffOnly } from '../../../src/kit'
import { PRICE_LISTS_SLUG, PRICING_GROUP, SECURED } from './slugs'
import { refreshChainsAfterChange, refreshChainsAfterDelete } from '../hooks/queue-rebuild'
import { refuseRuleCycle, regenerateWhenRuleChanges } from '../hooks/price-rule-hooks'
import { priceRuleField } from './price-rule-fields'
import { adjustPricesEndpoint } from '../endpoints/adjust-prices'
import { effectivePriceListsEndpoint } from '../endpoints/effective-price-lists'

/** A named set of prices (its prices live in product-prices, one row each, never in an array here). */
export const PriceLists: CollectionConfig = {
  slug: PRICE_LISTS_SLUG,
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'currencies', 'active', 'updatedAt'], group: PRICING_GROUP },
  access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  custom: SECURED,
  fields: [
    { name: 'name', type: 'text', required: true, index: true },
    { name: 'currencies', type: 'relationship', relationTo: 'currencies', hasMany: true, admin: { description: 'Currencies its prices are in' } },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      admin: { position: 'sidebar', description: 'An inactive list takes part in no buyer’s prices' },
    },
    {
      name: 'schedule',
      type: 'array',
      admin: { description: 'Periods in which the list is active; none: always (while active is on)' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'activeAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' }, width: '50%' } },
            { name: 'deactivateAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' }, width: '50%' } },
          ],
        },
      ],
    },
    priceRuleField,
    {
      // the list's own prices: filter by SKU and currency, edit a value inline, adjust the shown prices by a percentage
      name: 'pricesTable',
      type: 'ui',
      admin: { components: { Field: '/plugins/pricing/components/price-list-prices#PriceListPrices' } },
    },
  ],
  endpoints: [effectivePriceListsEndpoint, adjustPricesEndpoint],
  hooks: { beforeChange: [refuseRuleCycle], afterChange: [refreshChainsAfterChange, regenerateWhenRuleChanges], afterDelete: [refreshChainsAfterDelete] },
}
