import type { CollectionConfig } from 'payload'

import { isStaff, staffOnly } from '../../src/kit/access'
import { withPanels } from '../../src/kit/panels'
import { loadStorefrontScope } from '../../src/kit/storefront'
import { CUSTOMER_USER_PERMISSIONS } from '../../src/kit/storefront-scope'

/**
 * Roles of storefront customer users (Buyer, Administrator…), each a set of permissions the storefront access rules
 * read (collections/customers/rules/storefront-scope.ts). Staff define them; customer users read them, so a
 * customer administrator can pick roles for its colleagues.
 */
export const CustomerUserRoles: CollectionConfig = withPanels(
  {
    slug: 'customer-user-roles',
    admin: { useAsTitle: 'name', defaultColumns: ['name', 'code'], group: 'Customers' },
    access: {
      read: async ({ req }) => isStaff(req) || Boolean((await loadStorefrontScope(req))?.customer),
      create: staffOnly,
      update: staffOnly,
      delete: staffOnly,
    },
    fields: [
      { name: 'name', type: 'text', required: true },
      { name: 'code', type: 'text', required: true, unique: true, index: true },
      { name: 'description', type: 'textarea' },
      {
        name: 'permissions',
        type: 'group',
        fields: CUSTOMER_USER_PERMISSIONS.map(({ name, label, description }) => ({
          name,
          label,
          type: 'checkbox' as const,
          defaultValue: false,
          admin: { description },
        })),
      },
    ],
  },
  [
    {
      name: 'users',
      label: 'Users',
      collection: 'customer-users',
      on: 'roles',
      defaultColumns: ['email', 'customer', 'enabled'],
      description: 'Customer users holding this role; a role in use cannot be deleted',
    },
  ],
)
