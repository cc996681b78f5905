import type { CollectionConfig } from 'payload'

import { staffOnly } from '../../../src/kit'

export const USAGES_SLUG = 'promotion-usages'
export const USAGES_TABLE = 'promotion_usages'

/**
 * Per-customer use counters of promotions and coupons (`promotion:12:customer:7`, `coupon:WELCOME10:customer:7`),
 * one row per key, changed only by one conditional SQL upsert inside the order's transaction (hooks/redeem.ts).
 */
export const PromotionUsages: CollectionConfig = {
  slug: USAGES_SLUG,
  admin: { group: 'Marketing', useAsTitle: 'key', defaultColumns: ['key', 'used', 'updatedAt'], hidden: ({ user }) => user?.collection !== 'users' },
  access: { read: staffOnly, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'used', type: 'number', required: true, defaultValue: 0 },
  ],
}
