import type { CollectionConfig } from 'payload'

import { staffOnly } from '../../../src/kit'
import { refuseGroupAndCustomer } from '../hooks/assignment-level'
import { refreshChainsAfterChange, refreshChainsAfterDelete } from '../hooks/queue-rebuild'
import { PRICE_LIST_ASSIGNMENTS_SLUG, PRICE_LISTS_SLUG, PRICING_GROUP, SECURED } from './slugs'

/** A list assigned on a website to the website itself, a customer group or a customer (at most one of the two). */
export const PriceListAssignments: CollectionConfig = {
  slug: PRICE_LIST_ASSIGNMENTS_SLUG,
  admin: { defaultColumns: ['priceList', 'website', 'customerGroup', 'customer', 'sortOrder', 'mergeAllowed'], group: PRICING_GROUP },
  access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  custom: SECURED,
  fields: [
    { name: 'priceList', type: 'relationship', relationTo: PRICE_LISTS_SLUG, required: true, index: true },
    { name: 'website', type: 'relationship', relationTo: 'websites', required: true, index: true },
    { name: 'customerGroup', type: 'relationship', relationTo: 'customer-groups', index: true },
    { name: 'customer', type: 'relationship', relationTo: 'customers', index: true },
    { name: 'sortOrder', type: 'number', required: true, defaultValue: 0, admin: { description: 'Ascending: the first list has the highest priority' } },
    { name: 'mergeAllowed', type: 'checkbox', defaultValue: true },
  ],
  hooks: { beforeValidate: [refuseGroupAndCustomer], afterChange: [refreshChainsAfterChange], afterDelete: [refreshChainsAfterDelete] },
}
