import type { CollectionConfig } from 'payload'

import { staffOnly } from '../../src/kit/access'
import { withPanels } from '../../src/kit/panels'
import { customerScopedRead } from '../../src/kit/storefront'
import { validateParent } from './hooks/validate-parent'

/**
 * Customer companies, in a hierarchy (a parent company and its subsidiaries). Staff manage them; a storefront
 * customer user reads its own company, and the companies below it when its role allows (src/kit/storefront.ts).
 * The edit view lists subsidiaries, users and addresses; plugins add their panels with `addRelatedPanel`. The sales
 * side adds the lifetime sales per currency (collections/sales/lifetime).
 */
export const Customers: CollectionConfig = withPanels(
  {
    slug: 'customers',
    admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'email', 'parent', 'group'], group: 'Customers' },
    access: { read: customerScopedRead('id'), create: staffOnly, update: staffOnly, delete: staffOnly },
    fields: [
      { name: 'name', type: 'text', required: true, index: true },
      { name: 'code', type: 'text', unique: true, index: true },
      { name: 'email', type: 'email' },
      { name: 'phone', type: 'text' },
      {
        name: 'parent',
        type: 'relationship',
        relationTo: 'customers',
        index: true,
        validate: validateParent as never,
        admin: { description: 'Parent company; this customer is then one of its subsidiaries' },
      },
      {
        name: 'group',
        type: 'relationship',
        relationTo: 'customer-groups',
        index: true,
        admin: { description: 'Price lists, promotions and payment terms can be assigned per group' },
      },
    ],
  },
  [
    {
      name: 'subsidiaries',
      label: 'Subsidiaries',
      collection: 'customers',
      on: 'parent',
      defaultColumns: ['name', 'code', 'email'],
      description: 'Companies whose parent is this customer',
    },
    {
      name: 'users',
      label: 'Users',
      collection: 'customer-users',
      on: 'customer',
      defaultColumns: ['email', 'firstName', 'lastName', 'roles', 'enabled'],
      description: 'People who buy for this customer on the storefront',
    },
    {
      name: 'addresses',
      label: 'Addresses',
      collection: 'addresses',
      on: 'customer',
      defaultColumns: ['label', 'street', 'city', 'country', 'types', 'defaultBilling', 'defaultShipping'],
      description: 'The company address book; deleted with the customer',
      onDelete: 'cascade',
    },
  ],
)
