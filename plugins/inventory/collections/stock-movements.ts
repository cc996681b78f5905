import type { CollectionConfig } from 'payload'

import { selectOptions, staffOnly } from '../../../src/kit'
import { MOVEMENT_KINDS } from '../rules/movements'

export const STOCK_MOVEMENTS_SLUG = 'stock-movements'

/** The ledger: one row per change to a level, written by ledger/apply-movement.ts only (never through the API). */
export const StockMovements: CollectionConfig = {
  slug: STOCK_MOVEMENTS_SLUG,
  admin: { defaultColumns: ['createdAt', 'kind', 'product', 'warehouse', 'quantity', 'reason'], group: 'Inventory' },
  access: { read: staffOnly, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'level', type: 'relationship', relationTo: 'inventory-levels', required: true, index: true },
    { name: 'product', type: 'relationship', relationTo: 'products', index: true },
    { name: 'warehouse', type: 'relationship', relationTo: 'warehouses', index: true },
    { name: 'kind', type: 'select', required: true, index: true, options: selectOptions(MOVEMENT_KINDS) },
    { name: 'quantity', type: 'number', required: true },
    { name: 'onHandDelta', type: 'number', required: true },
    { name: 'reservedDelta', type: 'number', required: true },
    { name: 'reason', type: 'text' },
    { name: 'order', type: 'relationship', relationTo: 'orders', index: true },
    { name: 'orderLine', type: 'text', index: true },
    { name: 'transfer', type: 'relationship', relationTo: 'stock-transfers', index: true },
    { name: 'user', type: 'relationship', relationTo: 'users' },
  ],
}
