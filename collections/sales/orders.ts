import crypto from 'node:crypto'
import type { CollectionBeforeChangeHook, CollectionConfig, Field } from 'payload'

import { staffOnly } from '../../src/kit/access'
import { minorAmountField } from '../../src/kit/fields'
import { INPUT_BOUNDS } from '../../src/kit/input-bounds'
import { calculateOrderTotals } from './hooks/calculate-order-totals'
import { emitOrderEvents } from './hooks/emit-order-events'

/** Computed by the server only: the API strips these from every create and update. */
const serverComputed = <T extends Field>(field: T): T =>
  ({ ...field, access: { create: () => false, update: () => false }, admin: { ...field.admin, readOnly: true } }) as T

const amount = (name: string, description?: string) => serverComputed(minorAmountField({ name, description }))

export const ORDER_STATUSES = ['pending', 'processing', 'completed', 'cancelled'] as const
export const LINE_STATUSES = ['pending', 'allocated', 'shipped', 'delivered', 'cancelled', 'returned'] as const
const options = (values: readonly string[]) => values.map((value) => ({ label: value[0].toUpperCase() + value.slice(1), value }))

/** A readable, unique order number (BO-YYMMDD-XXXXXX), assigned on create and never changed. */
const assignOrderNumber: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation !== 'create') return data
  const date = new Date().toISOString().slice(2, 10).replaceAll('-', '')
  return { ...data, orderNumber: `BO-${date}-${crypto.randomBytes(3).toString('hex').toUpperCase()}`, placedAt: new Date().toISOString() }
}

/** Orders. Every price and total is computed by the calculation pipeline (src/kit/pipeline.ts). */
export const Orders: CollectionConfig = {
  slug: 'orders',
  admin: {
    useAsTitle: 'orderNumber',
    defaultColumns: ['orderNumber', 'customer', 'status', 'grandTotal', 'currency', 'placedAt'],
    group: 'Sales',
  },
  access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: { beforeChange: [assignOrderNumber, calculateOrderTotals], afterChange: [emitOrderEvents] },
  fields: [
    serverComputed({ name: 'orderNumber', type: 'text', unique: true, index: true }),
    { name: 'customer', type: 'relationship', relationTo: 'customers', required: true, index: true },
    { name: 'website', type: 'relationship', relationTo: 'websites', index: true },
    {
      name: 'currency',
      type: 'text',
      required: true,
      admin: { description: 'ISO 4217 code; must be a configured currency' },
    },
    { name: 'status', type: 'select', defaultValue: 'pending', index: true, options: options(ORDER_STATUSES) },
    serverComputed({ name: 'placedAt', type: 'date', index: true }),
    {
      name: 'lines',
      type: 'array',
      required: true,
      minRows: 1,
      fields: [
        { name: 'product', type: 'relationship', relationTo: 'products', required: true },
        {
          name: 'variant',
          type: 'relationship',
          relationTo: 'product-variants',
          // Required for a configurable product (the calculation says so, naming lines.N.variant); offers its variants.
          filterOptions: ({ siblingData }) => {
            const product = (siblingData as { product?: unknown } | undefined)?.product
            return product ? { product: { equals: typeof product === 'object' ? (product as { id: unknown }).id : product } } : false
          },
        },
        // Bounded: a quantity of 1e12 would price a trillion-dollar order (README "Input bounds").
        { name: 'quantity', type: 'number', required: true, min: 0.001, max: INPUT_BOUNDS.quantity },
        { name: 'status', type: 'select', defaultValue: 'pending', options: options(LINE_STATUSES) },
        serverComputed({ name: 'sku', type: 'text', admin: { description: "The variant's SKU when a variant is sold" } }),
        serverComputed({ name: 'name', type: 'text' }),
        serverComputed({
          name: 'unitPrice',
          type: 'text',
          admin: { description: 'Exact unit price, up to 4 decimals' },
        }),
        amount('amount', 'Unit price × quantity, rounded, in minor units'),
        amount('discount'),
        amount('tax'),
        amount('total'),
      ],
    },
    amount('subtotal'),
    amount('discountTotal'),
    amount('shippingTotal'),
    amount('taxTotal'),
    amount('grandTotal'),
  ],
}
