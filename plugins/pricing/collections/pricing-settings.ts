import type { GlobalConfig } from 'payload'

import { isStaff, selectOptions } from '../../../src/kit'
import { refreshChainsAfterSettings } from '../hooks/queue-rebuild'
import { PRICE_LISTS_SLUG, PRICING_GROUP, PRICING_SETTINGS_SLUG } from './slugs'

export const STRATEGIES = ['mergeByPriority', 'minimalPrices'] as const

/** What Oro keeps in its system configuration: the strategy, the default lists, the visitors' group. */
export const PricingSettings: GlobalConfig = {
  slug: PRICING_SETTINGS_SLUG,
  admin: { group: PRICING_GROUP },
  access: { read: ({ req }) => isStaff(req), update: ({ req }) => isStaff(req), readVersions: ({ req }) => isStaff(req) },
  // a history of the strategy and default lists
  versions: { max: 20 },
  fields: [
    {
      name: 'strategy',
      type: 'select',
      required: true,
      defaultValue: 'mergeByPriority',
      options: selectOptions(STRATEGIES),
      admin: { description: 'Merge by priority: the first list in the chain wins a slot. Minimal prices: the lowest price wins.' },
    },
    {
      name: 'defaultLists',
      type: 'array',
      admin: { description: 'The configuration’s lists, used after a website’s own (website fallback "config"), in priority order' },
      fields: [
        { name: 'priceList', type: 'relationship', relationTo: PRICE_LISTS_SLUG, required: true },
        { name: 'mergeAllowed', type: 'checkbox', defaultValue: true },
      ],
    },
    {
      name: 'visitorsGroup',
      type: 'relationship',
      relationTo: 'customer-groups',
      admin: { description: 'Anonymous visitors get this group’s prices (none: the website’s)' },
    },
  ],
  hooks: { afterChange: [refreshChainsAfterSettings] },
}
