import type { CollectionConfig } from 'payload'

import { serverComputed, staffOnly } from '../../../src/kit'
import { nameContact } from '../hooks/name-contact'
import { ACCOUNTS, CONTACTS, SECURED } from './slugs'
import { withTimeline } from './timeline'

const label = { name: 'label', type: 'text', admin: { width: '30%', placeholder: 'work' } } as const

/** People at an account (or not yet at one), optionally the storefront customer user they are. */
export const Contacts: CollectionConfig = withTimeline(
  {
    slug: CONTACTS,
    custom: SECURED,
    admin: { useAsTitle: 'name', defaultColumns: ['name', 'account', 'position', 'owner'], group: 'CRM' },
    access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
    hooks: { beforeValidate: [nameContact] },
    fields: [
      serverComputed({ name: 'name', type: 'text', index: true, admin: { description: 'First and last name, kept by the server' } }),
      { type: 'row', fields: [{ name: 'firstName', type: 'text' }, { name: 'lastName', type: 'text', required: true }] },
      { name: 'position', type: 'text' },
      { name: 'account', type: 'relationship', relationTo: ACCOUNTS, index: true },
      {
        name: 'customerUser',
        type: 'relationship',
        relationTo: 'customer-users',
        index: true,
        admin: { description: 'The storefront login this person uses, when they have one' },
      },
      { name: 'emails', type: 'array', fields: [{ type: 'row', fields: [{ name: 'email', type: 'email', required: true }, label] }] },
      { name: 'phones', type: 'array', fields: [{ type: 'row', fields: [{ name: 'phone', type: 'text', required: true }, label] }] },
      {
        name: 'addresses',
        type: 'array',
        fields: [
          { type: 'row', fields: [label, { name: 'street', type: 'text' }] },
          { type: 'row', fields: [{ name: 'postalCode', type: 'text' }, { name: 'city', type: 'text' }, { name: 'region', type: 'text' }, { name: 'country', type: 'text', admin: { placeholder: 'US' } }] },
        ],
      },
    ],
  },
  [],
)
