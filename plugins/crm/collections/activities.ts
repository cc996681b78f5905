import type { CollectionConfig } from 'payload'

import { selectOptions, serverComputed, staffOnly } from '../../../src/kit'
import { fileActivityUnderAccount } from '../hooks/file-activity-under-account'
import { ACCOUNTS, ACTIVITIES, ACTIVITY_TARGETS, SECURED } from './slugs'

export const ACTIVITY_TYPES = ['call', 'meeting', 'email', 'note'] as const

/**
 * Activities: a call, meeting, email or note logged against any CRM record or a customer (polymorphic `relatedTo`).
 * Each record shows its own as a timeline; `account` (kept by the server from the record) files it under the account
 * too, so the account's timeline holds what happened with its contacts, leads, opportunities and customers.
 */
export const Activities: CollectionConfig = {
  slug: ACTIVITIES,
  custom: SECURED,
  defaultSort: '-occurredAt',
  admin: { useAsTitle: 'subject', defaultColumns: ['occurredAt', 'type', 'subject', 'relatedTo', 'owner'], group: 'CRM' },
  access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: { beforeChange: [fileActivityUnderAccount] },
  fields: [
    { type: 'row', fields: [{ name: 'type', type: 'select', options: selectOptions(ACTIVITY_TYPES), required: true, index: true }, { name: 'occurredAt', type: 'date', required: true, index: true, defaultValue: () => new Date().toISOString(), admin: { date: { pickerAppearance: 'dayAndTime' } } }] },
    { name: 'subject', type: 'text', required: true },
    { name: 'body', type: 'textarea' },
    { name: 'relatedTo', type: 'relationship', relationTo: [...ACTIVITY_TARGETS], required: true, index: true },
    serverComputed({ name: 'account', type: 'relationship', relationTo: ACCOUNTS, index: true, admin: { position: 'sidebar', description: 'The account this is filed under, from the record it concerns' } }),
  ],
}
