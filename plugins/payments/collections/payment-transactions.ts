import type { Access, CollectionConfig, Where } from 'payload'

import { isStaff, moneyField, selectOptions, staffAccess } from '../../../src/kit'
import { TRANSACTION_KINDS, TRANSACTION_STATUSES } from '../rules/payment-status'
import { PAYMENT_TRANSACTIONS } from './slugs'

/** `where` on the order's fields, seen from a transaction (`owner` → `order.owner`). */
function throughOrder(where: Where): Where {
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) => (key === 'and' || key === 'or' ? [key, (value as Where[]).map(throughOrder)] : [`order.${key}`, value])),
  ) as Where
}

/** Staff read the transactions of the orders their roles let them read; storefront users and visitors none. */
const readTransactions: Access = async ({ req }) => {
  if (!isStaff(req)) return false
  const level = await staffAccess(req, 'orders', 'read')
  return typeof level === 'boolean' ? level : throughOrder(level)
}

/**
 * The payment ledger: one immutable row per gateway call or webhook outcome. Written by the plugin only (ledger/),
 * never created, changed or deleted through the API, by anyone.
 */
export const PaymentTransactions: CollectionConfig = {
  slug: PAYMENT_TRANSACTIONS,
  admin: { group: 'Sales', defaultColumns: ['createdAt', 'order', 'kind', 'status', 'amount', 'currency', 'gateway', 'gatewayReference'] },
  access: { read: readTransactions, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'order', type: 'relationship', relationTo: 'orders', required: true, index: true },
    { name: 'kind', type: 'select', required: true, options: selectOptions(TRANSACTION_KINDS) },
    { name: 'status', type: 'select', required: true, options: selectOptions(TRANSACTION_STATUSES) },
    moneyField({ name: 'amount', required: true, currency: { documentCode: 'currency' } }),
    { name: 'currency', type: 'text', required: true },
    { name: 'gateway', type: 'text', admin: { description: 'The adapter; empty for offline and term payments' } },
    { name: 'gatewayReference', type: 'text', index: true },
    { name: 'parentReference', type: 'text', admin: { description: 'The authorization a capture or void drew on; the capture a refund gave back' } },
    { name: 'error', type: 'text' },
    { name: 'reason', type: 'text' },
    { name: 'user', type: 'relationship', relationTo: 'users', admin: { description: 'Who asked (empty: the system, a webhook)' } },
    {
      name: 'eventKey',
      type: 'text',
      unique: true,
      admin: { description: 'A gateway webhook event applied (unique: a second delivery is not applied again)' },
    },
  ],
}
