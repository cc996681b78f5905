import type { CollectionConfig } from 'payload'

import { staffOnly } from '../../src/kit/access'

/** Customer companies. Hierarchy rules, groups, customer users and address books come with the customers model. */
export const Customers: CollectionConfig = {
  slug: 'customers',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'email', 'parent'], group: 'Customers' },
  access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    { name: 'name', type: 'text', required: true, index: true },
    { name: 'code', type: 'text', unique: true, index: true },
    { name: 'email', type: 'email' },
    { name: 'phone', type: 'text' },
    { name: 'parent', type: 'relationship', relationTo: 'customers', index: true, admin: { description: 'Parent company' } },
  ],
}
