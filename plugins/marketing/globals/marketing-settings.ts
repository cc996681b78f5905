import type { Field, GlobalConfig } from 'payload'

import { administratorsOnly, staffOnly } from '../../../src/kit'

export const MARKETING_SETTINGS_SLUG = 'marketing-settings'

const STRATEGIES = [
  { label: 'Combine all, in priority order (Vendure, Medusa, Oro "Combine All Discounts")', value: 'applyAll' },
  { label: 'Only the best-value promotion (Oro "Best Value Discounts Only")', value: 'mostProfitable' },
  { label: 'Best for the customer: all stacked, or the best one alone', value: 'bestForCustomer' },
]
const LINE_ORDERS = [
  { label: 'Line discounts before order discounts (Vendure)', value: 'beforeOrder' },
  { label: 'Line discounts after order discounts', value: 'afterOrder' },
  { label: 'By priority only (Oro, Medusa)', value: 'byPriority' },
]

/** The stacking fields; on websites they may be left empty to inherit the global setting. */
export const stackingFields = (inherit: boolean): Field[] => [
  {
    name: 'strategy',
    type: 'select',
    options: STRATEGIES,
    ...(inherit ? { admin: { description: 'Empty: the Marketing settings' } } : { defaultValue: 'applyAll', required: true }),
  },
  {
    name: 'lineDiscounts',
    type: 'select',
    options: LINE_ORDERS,
    ...(inherit ? { admin: { description: 'Empty: the Marketing settings' } } : { defaultValue: 'beforeOrder', required: true }),
  },
]

/** How promotions stack, for every website that does not override it (`websites.marketing`). */
export const MarketingSettings: GlobalConfig = {
  slug: MARKETING_SETTINGS_SLUG,
  admin: { group: 'Marketing' },
  access: { read: staffOnly, update: administratorsOnly },
  fields: stackingFields(false),
}
