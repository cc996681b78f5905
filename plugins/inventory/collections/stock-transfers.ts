import type { CollectionConfig } from 'payload'

import { selectOptions, serverComputed, staffOnly } from '../../../src/kit'
import { moveStockWithTransfer } from '../hooks/move-stock-with-transfer'

export const STOCK_TRANSFERS_SLUG = 'stock-transfers'
export const TRANSFER_STATUSES = ['requested', 'shipped', 'received', 'cancelled'] as const

/**
 * Stock moving between warehouses: requested → shipped (out of the source's on hand) → received (into the
 * destination's). Without a source it is a purchase request: received books a receipt.
 */
export const StockTransfers: CollectionConfig = {
  slug: STOCK_TRANSFERS_SLUG,
  admin: { defaultColumns: ['id', 'product', 'fromWarehouse', 'toWarehouse', 'quantity', 'status'], group: 'Inventory' },
  access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: () => false },
  hooks: { beforeChange: [moveStockWithTransfer] },
  fields: [
    { name: 'product', type: 'relationship', relationTo: 'products', required: true, index: true },
    { name: 'variant', type: 'relationship', relationTo: 'product-variants' },
    { name: 'fromWarehouse', type: 'relationship', relationTo: 'warehouses', index: true, admin: { description: 'Empty: a purchase request' } },
    { name: 'toWarehouse', type: 'relationship', relationTo: 'warehouses', required: true, index: true },
    { name: 'quantity', type: 'number', required: true, min: 0.001, max: 1_000_000_000 },
    { name: 'status', type: 'select', defaultValue: 'requested', index: true, options: selectOptions(TRANSFER_STATUSES) },
    serverComputed({ name: 'automatic', type: 'checkbox', defaultValue: false, admin: { description: 'Requested by automatic replenishment' } }),
    { name: 'note', type: 'text' },
  ],
}
