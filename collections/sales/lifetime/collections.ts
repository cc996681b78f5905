/**
 * The lifetime sales ledger: one row per order (what it counts for now) and one running total per customer and
 * currency. Written only by the subscribers, with SQL (record-order-sales.ts); administrators may look at them in
 * the System group, staff see the figures on the customer view (customer-field.ts).
 */
import type { CollectionConfig } from 'payload'

import { administratorsOnly } from '../../../src/kit/access'

const nobody = () => false
const systemAccess = { read: administratorsOnly, create: nobody, update: nobody, delete: nobody }

export const LIFETIME_SALES_SLUG = 'lifetime-sales'
export const LIFETIME_SALES_ORDERS_SLUG = 'lifetime-sales-orders'

/** A customer's own total per currency, in minor units; subsidiaries are rolled in when read. */
export const LifetimeSalesTotals: CollectionConfig = {
  slug: LIFETIME_SALES_SLUG,
  labels: { singular: 'Lifetime sales total', plural: 'Lifetime sales totals' },
  admin: { group: 'System', defaultColumns: ['customer', 'currency', 'amount', 'updatedAt'] },
  access: systemAccess,
  fields: [
    { name: 'customer', type: 'relationship', relationTo: 'customers', required: true, index: true },
    { name: 'currency', type: 'text', required: true, admin: { description: 'ISO 4217 code' } },
    { name: 'amount', type: 'number', required: true, defaultValue: 0, admin: { description: 'Minor units' } },
  ],
  indexes: [{ fields: ['customer', 'currency'], unique: true }],
}

/**
 * Per order: the facts its events brought (grand total at placement, refunds, cancellation) and `counted`, what it
 * adds to its customer's total right now. Events of one order change this row under its lock, in any order.
 */
export const LifetimeSalesOrders: CollectionConfig = {
  slug: LIFETIME_SALES_ORDERS_SLUG,
  labels: { singular: 'Lifetime sales order', plural: 'Lifetime sales orders' },
  admin: { group: 'System', defaultColumns: ['order', 'customer', 'currency', 'placedTotal', 'refundedTotal', 'cancelled', 'counted'] },
  access: systemAccess,
  fields: [
    { name: 'order', type: 'relationship', relationTo: 'orders', required: true, unique: true },
    { name: 'customer', type: 'relationship', relationTo: 'customers', required: true, index: true },
    { name: 'currency', type: 'text', required: true },
    { name: 'placedTotal', type: 'number', required: true, defaultValue: 0 },
    { name: 'refundedTotal', type: 'number', required: true, defaultValue: 0 },
    { name: 'cancelled', type: 'checkbox', required: true, defaultValue: false },
    { name: 'counted', type: 'number', required: true, defaultValue: 0, admin: { description: 'What this order adds to its customer’s total now' } },
  ],
}
