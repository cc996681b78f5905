import type { Access, CollectionConfig } from 'payload'

import { isCustomerUser, isStaff, selectOptions, staffOnly } from '../../../src/kit'
import { PAYMENT_METHOD_KINDS } from '../rules/method-kinds'
import { PAYMENT_METHODS } from './slugs'

/** Staff read every method; a storefront customer user reads the active ones (its checkout offers them). */
const readMethods: Access = ({ req }) => (isStaff(req) ? true : isCustomerUser(req) ? { active: { equals: true } } : false)

/**
 * How a buyer may pay, per website: on its payment term, offline (bank transfer, check, cash on delivery), or by card
 * through a gateway adapter (`gateway` names one registered in the plugin options).
 */
export const PaymentMethods = (gateways: readonly string[]): CollectionConfig => ({
  slug: PAYMENT_METHODS,
  admin: { useAsTitle: 'name', group: 'Sales', defaultColumns: ['name', 'code', 'kind', 'gateway', 'active', 'sortOrder'] },
  access: { read: readMethods, create: staffOnly, update: staffOnly, delete: staffOnly },
  defaultSort: 'sortOrder',
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'code', type: 'text', required: true, unique: true, index: true, admin: { description: 'What a checkout sends as paymentMethod (or the id)' } },
    { name: 'kind', type: 'select', required: true, options: selectOptions(PAYMENT_METHOD_KINDS) },
    {
      name: 'gateway',
      type: 'text',
      admin: { condition: (data) => data?.kind === 'card', description: `The gateway adapter: ${gateways.join(', ') || 'none registered'}` },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
        if (siblingData?.kind !== 'card') return true
        return typeof value === 'string' && gateways.includes(value) ? true : `A card method needs a gateway: ${gateways.join(', ') || 'none registered'}`
      },
    },
    { name: 'instructions', type: 'textarea', admin: { description: 'Shown to the buyer, e.g. bank details for a transfer' } },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true },
    { name: 'sortOrder', type: 'number', defaultValue: 0, index: true },
    { name: 'websites', type: 'relationship', relationTo: 'websites', hasMany: true, index: true, admin: { description: 'Empty: every website' } },
  ],
})
