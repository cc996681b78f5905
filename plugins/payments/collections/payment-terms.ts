import type { CollectionConfig } from 'payload'

import { staffOnly } from '../../../src/kit'
import { PAYMENT_TERMS } from './slugs'

/** Net 15/30/60…: an invoice falls due `netDays` after the order. On customers, with fallback to their group. */
export const PaymentTerms: CollectionConfig = {
  slug: PAYMENT_TERMS,
  admin: { useAsTitle: 'name', group: 'Sales', defaultColumns: ['name', 'code', 'netDays'] },
  access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    { name: 'name', type: 'text', required: true, admin: { description: 'e.g. Net 30' } },
    { name: 'code', type: 'text', required: true, unique: true, index: true },
    { name: 'netDays', type: 'number', required: true, min: 0, max: 365, validate: (value: unknown) => (Number.isSafeInteger(value) ? true : 'Whole days') },
  ],
}
