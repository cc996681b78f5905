import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { serverComputed, staffOnly, type PromotionExtensions } from '../../../src/kit'

export const PROMOTIONS_SLUG = 'promotions'

/**
 * A copy of the condition and action blocks in one JSON column, kept with every write: the discount stage reads the
 * running promotions from the promotions table alone (measured: 50 promotions with their blocks, spread over one
 * table per block type, take 60–120 ms to read; the same rows with this column, 3–5 ms).
 */
const compileRules: CollectionBeforeChangeHook = ({ data, originalDoc }) => ({
  ...data,
  compiled: { conditions: data.conditions ?? originalDoc?.conditions ?? [], action: data.action ?? originalDoc?.action ?? [] },
})

/**
 * Promotions: who gets them, when, how they stack, what must hold (condition blocks, all of them) and what they give
 * (one action block). The blocks are the registered conditions and actions (src/kit/promotion-extensions.ts): the
 * arrays are shared with the registry, so a plugin registering one later still adds its block.
 */
export const promotionsCollection = (extensions: PromotionExtensions): CollectionConfig => ({
  slug: PROMOTIONS_SLUG,
  // under staff role security: an owner and a business unit, a level per role (README "Access")
  custom: { bureau: { secured: true } },
  admin: {
    useAsTitle: 'name',
    group: 'Marketing',
    defaultColumns: ['name', 'active', 'priority', 'couponRequired', 'used', 'startsAt', 'endsAt'],
    description: 'Try them on a cart with the preview above the list.',
    components: { beforeListTable: ['/plugins/marketing/components/promotion-preview#PromotionPreview'] },
  },
  access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: { beforeChange: [compileRules] },
  fields: [
    { name: 'name', type: 'text', required: true, admin: { description: 'Shown to the customer beside the discount' } },
    {
      type: 'row',
      fields: [
        { name: 'active', type: 'checkbox', defaultValue: true, index: true },
        { name: 'couponRequired', type: 'checkbox', defaultValue: false, admin: { description: 'Applies only with one of its coupons' } },
        { name: 'stopFurtherProcessing', type: 'checkbox', defaultValue: false, admin: { description: 'No promotion after this one applies' } },
        { name: 'exclusive', type: 'checkbox', defaultValue: false, admin: { description: 'When it applies, it applies alone' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', type: 'date', index: true, admin: { date: { pickerAppearance: 'dayAndTime' }, description: 'Empty: already running' } },
        { name: 'endsAt', type: 'date', index: true, admin: { date: { pickerAppearance: 'dayAndTime' }, description: 'Empty: no end' } },
        { name: 'priority', type: 'number', defaultValue: 0, index: true, admin: { description: 'Lower applies first (sort order)' } },
      ],
    },
    { name: 'websites', type: 'relationship', relationTo: 'websites', hasMany: true, admin: { description: 'Empty: every website' } },
    {
      type: 'row',
      fields: [
        { name: 'customerGroups', type: 'relationship', relationTo: 'customer-groups', hasMany: true, admin: { description: 'Audience; empty with no customers: everyone' } },
        { name: 'customers', type: 'relationship', relationTo: 'customers', hasMany: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'usageLimit', type: 'number', min: 1, admin: { step: 1, description: 'Orders it may apply to in all (empty: no limit)' } },
        { name: 'usageLimitPerCustomer', type: 'number', min: 1, admin: { step: 1, description: 'Orders per customer (empty: no limit)' } },
        serverComputed({ name: 'used', type: 'number', defaultValue: 0, admin: { description: 'Orders holding it, counted while it has a limit (cancelled orders release theirs)' } }),
      ],
    },
    {
      name: 'conditions',
      type: 'blocks',
      blocks: extensions.conditionBlocks,
      admin: { description: 'All must hold. A product segment limits line discounts to the lines it matches.' },
    },
    { name: 'action', type: 'blocks', blocks: extensions.actionBlocks, required: true, minRows: 1, maxRows: 1, admin: { description: 'What the promotion gives' } },
    serverComputed({ name: 'compiled', type: 'json', admin: { hidden: true, description: 'The blocks above as the discount stage reads them' } }),
  ],
})
