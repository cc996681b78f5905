import type { Plugin } from 'payload'

import { addRelatedPanel } from '../../src/kit/panels'

/**
 * The customer view's "Orders" panel, contributed by the sales side through the kit (not by editing customers.ts):
 * the same way pricing, quotes or shopping lists add theirs. A customer with orders cannot be deleted.
 */
export const customerOrdersPanel: Plugin = (config) =>
  addRelatedPanel(config, 'sales', 'customers', {
    name: 'orders',
    label: 'Orders',
    collection: 'orders',
    on: 'customer',
    defaultColumns: ['orderNumber', 'status', 'grandTotal', 'currency', 'placedAt'],
    description: 'Orders placed for this customer, newest first',
    defaultLimit: 10,
  })
