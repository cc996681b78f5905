import type { CollectionConfig } from 'payload'

import { administratorsOnly, staffOnly } from '../../src/kit/access'

/** Staff roles. The permission matrix per collection, action and access level comes with the security model. */
export const Roles: CollectionConfig = {
  slug: 'roles',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'administrator'], group: 'Security' },
  access: { read: staffOnly, create: administratorsOnly, update: administratorsOnly, delete: administratorsOnly },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'code', type: 'text', required: true, unique: true, index: true },
    {
      name: 'administrator',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Full access to everything, including roles, users and the audit log.' },
    },
    { name: 'description', type: 'textarea' },
  ],
}
