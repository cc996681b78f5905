import type { CollectionBeforeValidateHook, CollectionConfig, Endpoint } from 'payload'

import { serverComputed, staffOnly } from '../../../src/kit'
import { normalizeCode } from '../rules/coupon-codes'

export const COUPONS_SLUG = 'coupons'

/** Codes are stored upper case, so uniqueness and look-ups are case-insensitive ("welcome10" is WELCOME10). */
const normalizeCouponCode: CollectionBeforeValidateHook = ({ data }) =>
  data && typeof data.code === 'string' ? { ...data, code: normalizeCode(data.code) } : data

/** Coupons: a code that unlocks its promotion, with its own validity and limits. */
export const couponsCollection = (endpoints: Endpoint[]): CollectionConfig => ({
  slug: COUPONS_SLUG,
  // under staff role security: an owner and a business unit, a level per role (README "Access")
  custom: { bureau: { secured: true } },
  admin: {
    useAsTitle: 'code',
    group: 'Marketing',
    defaultColumns: ['code', 'promotion', 'active', 'used', 'usageLimit', 'validUntil'],
    components: { beforeListTable: ['/plugins/marketing/components/generate-coupons#GenerateCoupons'] },
  },
  access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: { beforeValidate: [normalizeCouponCode] },
  endpoints,
  fields: [
    { name: 'code', type: 'text', required: true, unique: true, index: true, admin: { description: 'Case-insensitive; stored upper case' } },
    { name: 'promotion', type: 'relationship', relationTo: 'promotions', required: true, index: true },
    { name: 'active', type: 'checkbox', defaultValue: true },
    {
      type: 'row',
      fields: [
        { name: 'validFrom', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'validUntil', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'usageLimit', type: 'number', min: 1, defaultValue: 1, admin: { step: 1, description: 'Orders in all (empty: no limit)' } },
        { name: 'usageLimitPerCustomer', type: 'number', min: 1, admin: { step: 1, description: 'Orders per customer (empty: no limit)' } },
        serverComputed({ name: 'used', type: 'number', defaultValue: 0 }),
      ],
    },
    serverComputed({ name: 'batch', type: 'text', index: true, admin: { description: 'The generation that made it, for export' } }),
  ],
})
