import type { CollectionConfig } from 'payload'

import { staffOnly } from '../../../src/kit'
import { ACCOUNTS, CONTACTS, OPPORTUNITIES, SECURED } from './slugs'
import { withTimeline } from './timeline'

/**
 * Accounts: a company across every channel (Oro's account). Its commerce customers link to it (several may share
 * one), and its 360° view gathers their orders, its contacts, opportunities and every activity logged against it or
 * its records, with summary figures (components/account-summary.tsx, endpoints/account-summary.ts). The Customers
 * and Orders tabs are added by the plugin once those collections carry their `account` link (index.ts).
 */
export const Accounts: CollectionConfig = withTimeline(
  {
    slug: ACCOUNTS,
    custom: SECURED,
    admin: { useAsTitle: 'name', defaultColumns: ['name', 'industry', 'email', 'phone', 'owner'], group: 'CRM' },
    access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
    fields: [
      {
        name: 'summary',
        type: 'ui',
        admin: { components: { Field: '/plugins/crm/components/account-summary#AccountSummary' } },
      },
      { name: 'name', type: 'text', required: true, index: true },
      { name: 'industry', type: 'text' },
      { type: 'row', fields: [{ name: 'email', type: 'email' }, { name: 'phone', type: 'text' }] },
      { name: 'description', type: 'textarea' },
    ],
  },
  [
    {
      name: 'contacts',
      label: 'Contacts',
      collection: CONTACTS,
      on: 'account',
      defaultColumns: ['name', 'position', 'emails', 'phones'],
      description: 'People at this company',
    },
    {
      name: 'opportunities',
      label: 'Opportunities',
      collection: OPPORTUNITIES,
      on: 'account',
      defaultColumns: ['name', 'stage', 'probability', 'amount', 'currency', 'status', 'expectedCloseDate'],
      description: 'Deals with this company, open and closed',
    },
  ],
  'account',
)
