import type { CollectionConfig, CollectionSlug, Field, FieldAccess } from 'payload'

import { moneyField, selectOptions, staffOnly } from '../../../src/kit'
import { convertLeadEndpoint } from '../endpoints/convert-lead'
import { checkLeadStatus, CONVERTING_LEAD } from '../hooks/check-lead-status'
import { LEAD_STATUSES } from '../rules/lead-status'
import { ACCOUNTS, CONTACTS, LEADS, OPPORTUNITIES, SECURED } from './slugs'
import { withTimeline } from './timeline'

export const LEAD_SOURCES = ['website', 'referral', 'trade-show', 'phone', 'email', 'campaign', 'other'] as const

/** Only the conversion writes what it links (`POST /api/leads/:id/convert`); the admin shows them read-only. */
const byConversion: FieldAccess = ({ req }) => req.context[CONVERTING_LEAD] !== undefined
const conversionOnly = { create: () => false, update: byConversion }
const converted = (name: string, relationTo: CollectionSlug): Field => ({
  name,
  type: 'relationship',
  relationTo,
  index: true,
  access: conversionOnly,
  admin: { position: 'sidebar', readOnly: true },
})

/**
 * Leads: a company and a person who may buy, from a source, worked new → contacted → qualified, then converted
 * (account + contact + opportunity in one transaction) or disqualified with a reason (rules/lead-status.ts).
 */
export const Leads: CollectionConfig = withTimeline(
  {
    slug: LEADS,
    custom: SECURED,
    admin: { useAsTitle: 'name', defaultColumns: ['name', 'companyName', 'source', 'status', 'owner'], group: 'CRM' },
    access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
    hooks: { beforeChange: [checkLeadStatus] },
    endpoints: [convertLeadEndpoint],
    fields: [
      { name: 'name', type: 'text', required: true, admin: { description: 'What the lead is about, e.g. "Fabrikam — safety gloves"' } },
      { type: 'row', fields: [{ name: 'source', type: 'select', options: selectOptions(LEAD_SOURCES), defaultValue: 'other', required: true }, { name: 'status', type: 'select', options: selectOptions(LEAD_STATUSES), defaultValue: 'new', required: true, index: true }] },
      { name: 'disqualifiedReason', type: 'textarea', admin: { description: 'Required to disqualify', condition: (data) => data?.status === 'disqualified' } },
      { name: 'companyName', type: 'text', index: true },
      { type: 'row', fields: [{ name: 'firstName', type: 'text' }, { name: 'lastName', type: 'text' }, { name: 'position', type: 'text' }] },
      { type: 'row', fields: [{ name: 'email', type: 'email' }, { name: 'phone', type: 'text' }] },
      {
        type: 'row',
        fields: [
          moneyField({ name: 'estimatedValue', description: 'What the deal may be worth; becomes the opportunity’s amount', width: '50%' }),
          { name: 'currency', type: 'relationship', relationTo: 'currencies', admin: { width: '50%' } },
        ],
      },
      { name: 'notes', type: 'textarea' },
      { name: 'convertedAt', type: 'date', access: conversionOnly, admin: { position: 'sidebar', readOnly: true } },
      converted('account', ACCOUNTS),
      converted('contact', CONTACTS),
      converted('opportunity', OPPORTUNITIES),
    ],
  },
  [],
)
