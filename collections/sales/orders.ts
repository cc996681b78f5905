import crypto from 'node:crypto'
import type { CollectionBeforeChangeHook, CollectionConfig, UIField } from 'payload'

import { staffOnly } from '../../src/kit/access'
import { serverComputed } from '../../src/kit/fields'
import { moneyField, unitPriceField, type CurrencySource } from '../../src/kit/money-fields'
import { INPUT_BOUNDS } from '../../src/kit/input-bounds'
import { calculateOrderTotals } from './hooks/calculate-order-totals'
import { emitOrderEvents } from './hooks/emit-order-events'
import { orderAddressGroup, orderCalculationRecord } from './order-calculation-fields'
import { orderStatusField, orderStatusHistoryField, orderWorkflowSidebarFields } from './order-workflow-fields'
import { applyOrderWorkflow } from './hooks/apply-order-workflow'
import { LINE_STATUSES } from './rules/order-workflow'
import { selectOptions } from '../../src/kit/select-options'

/** Every amount of an order is in the order's currency (its ISO code), shown as money in the admin. */
const ORDER_CURRENCY: CurrencySource = { documentCode: 'currency' }
const amount = (name: string, description?: string) => serverComputed(moneyField({ name, description, currency: ORDER_CURRENCY }))


// Crockford's base 32 (no I, L, O, U): read aloud and typed back without confusion
const ORDER_NUMBER_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/**
 * `BO-YYMMDD-` and 10 random base-32 characters (50 bits). The suffix was 6 hex characters (24 bits): at a few
 * thousand orders a day two of them shared a number now and then, and the unique index answered that checkout 400
 * (seen in the checkout bench, session 20). With 50 bits, an order meets an earlier number of its day with a chance
 * of n / 2^50 (1 in 10 billion at 100,000 orders a day); no process keeps a counter, so any number of nodes may place orders.
 */
export function newOrderNumber(now = new Date()): string {
  const date = now.toISOString().slice(2, 10).replaceAll('-', '')
  const suffix = [...crypto.randomBytes(10)].map((byte) => ORDER_NUMBER_ALPHABET[byte & 31]).join('')
  return `BO-${date}-${suffix}`
}

/** A readable, unique order number (`newOrderNumber`), assigned on create and never changed. */
const assignOrderNumber: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation !== 'create') return data
  return { ...data, orderNumber: newOrderNumber(), placedAt: new Date().toISOString() }
}

/** A panel of the order view: a client component in components/, placed among the fields (or in the sidebar). */
const orderViewPanel = (name: string, file: string, component: string, position?: 'sidebar'): UIField => ({
  name,
  type: 'ui',
  admin: { position, components: { Field: `/collections/sales/components/${file}#${component}` } },
})

/** Orders. Every price and total is computed by the calculation pipeline (src/kit/pipeline.ts). */
export const Orders: CollectionConfig = {
  slug: 'orders',
  admin: {
    useAsTitle: 'orderNumber',
    // the list's money cells read the row's currency, so it stays a column
    defaultColumns: ['orderNumber', 'customer', 'status', 'shippingStatus', 'grandTotal', 'currency', 'placedAt'],
    group: 'Sales',
  },
  access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  // the workflow before the calculation: a status change never re-prices, and editability is judged on the stored status
  hooks: { beforeChange: [assignOrderNumber, applyOrderWorkflow, calculateOrderTotals], afterChange: [emitOrderEvents] },
  // A retried checkout finds its order by the Idempotency-Key; unique per customer, so two concurrent retries can
  // never place two orders (collections/sales/commerce/checkout/place-order.ts).
  indexes: [{ fields: ['customer', 'checkoutKey'], unique: true }],
  // a create returns the order it wrote instead of reading every row back (src/kit/create-returns-written.ts)
  custom: { bureau: { createReturnsWritten: true } },
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
    orderStatusField,
    ...orderWorkflowSidebarFields,
    orderViewPanel('shipment', 'order-shipment', 'OrderShipment', 'sidebar'),
    serverComputed({ name: 'placedAt', type: 'date', index: true }),
    orderViewPanel('actions', 'order-actions', 'OrderActions'),
    orderViewPanel('linesTable', 'order-lines-table', 'OrderLinesTable'),
    serverComputed({
      name: 'checkoutKey',
      type: 'text',
      admin: { position: 'sidebar', description: 'The Idempotency-Key of the checkout that placed it' },
    }),
    {
      name: 'lines',
      type: 'array',
      required: true,
      minRows: 1,
      // what was ordered, editable while the order is (EDITABLE_ORDER_STATUSES); the table above shows them
      labels: { singular: 'Line', plural: 'Edit lines' },
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
        // changed through the line actions of the order view, which ask for reasons
        { name: 'status', type: 'select', defaultValue: 'pending', options: selectOptions(LINE_STATUSES), admin: { readOnly: true } },
        {
          name: 'returnDisposition',
          type: 'select',
          defaultValue: 'restock',
          options: selectOptions(['restock', 'damaged', 'broken']),
          admin: { description: 'When the line is returned: back to stock, or written off as damaged or broken' },
        },
        serverComputed({ name: 'sku', type: 'text', admin: { description: "The variant's SKU when a variant is sold" } }),
        serverComputed({ name: 'name', type: 'text' }),
        serverComputed(
          unitPriceField({ name: 'unitPrice', currency: ORDER_CURRENCY, description: 'Exact unit price, up to 4 decimals' }),
        ),
        serverComputed({ name: 'priceList', type: 'text', admin: { description: 'The price list the unit price came from (empty: the base price)' } }),
        amount('amount', 'Unit price × quantity, rounded'),
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
    orderViewPanel('timeline', 'order-timeline', 'OrderTimeline'),
    ...orderCalculationRecord,
    orderAddressGroup('shippingAddress', 'Shipping address'),
    orderAddressGroup('billingAddress', 'Billing address'),
    orderStatusHistoryField,
  ],
}
