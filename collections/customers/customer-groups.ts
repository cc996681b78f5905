import type { CollectionConfig } from 'payload'

import { staffOnly } from '../../src/kit/access'
import { withPanels } from '../../src/kit/panels'

/**
 * Customer groups (Wholesale, Retail…): a level between the single customer and the website at which price lists,
 * promotions, tax codes and payment terms are assigned. Staff only; storefront users see their customer's group id.
 */
export const CustomerGroups: CollectionConfig = withPanels(
  {
    slug: 'customer-groups',
    admin: { useAsTitle: 'name', defaultColumns: ['name', 'code'], group: 'Customers' },
    access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
    fields: [
      { name: 'name', type: 'text', required: true },
      { name: 'code', type: 'text', required: true, unique: true, index: true },
      { name: 'description', type: 'textarea' },
    ],
  },
  [
    {
      name: 'customers',
      label: 'Customers',
      collection: 'customers',
      on: 'group',
      defaultColumns: ['name', 'code', 'parent'],
      description: 'Customers in this group; a group with customers cannot be deleted',
    },
  ],
)
