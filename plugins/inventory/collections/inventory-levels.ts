import type { CollectionConfig } from 'payload'

import { serverComputed, staffOnly } from '../../../src/kit'
import { stampLevelSlot } from '../hooks/level-slot'
import { holdOpeningStock, recordInitialReceipt } from '../hooks/record-initial-receipt'
import { adjustLevelEndpoint } from '../endpoints/adjust-level'
import { ledgerCheckEndpoint } from '../endpoints/ledger-check'

export const INVENTORY_LEVELS_SLUG = 'inventory-levels'

const quantity = { type: 'number', min: 0, max: 1_000_000_000 } as const

/**
 * Stock of a product (or one of its variants) in a warehouse. On hand, reserved and available change only through
 * movements (ledger/apply-movement.ts): on hand is set once on create (an opening receipt), then by adjustments,
 * receipts, shipments, returns and transfers.
 */
export const InventoryLevels: CollectionConfig = {
  slug: INVENTORY_LEVELS_SLUG,
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['product', 'variant', 'warehouse', 'onHand', 'reserved', 'available', 'lowStock'],
    group: 'Inventory',
    listSearchableFields: [],
  },
  access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: () => false },
  hooks: { beforeChange: [stampLevelSlot, holdOpeningStock], afterChange: [recordInitialReceipt] },
  endpoints: [adjustLevelEndpoint, ledgerCheckEndpoint],
  fields: [
    // stock adjustments as an action with a reason (components/adjust-stock.tsx), not a raw edit of on hand
    { name: 'adjust', type: 'ui', admin: { components: { Field: '/plugins/inventory/components/adjust-stock#AdjustStock' } } },
    { name: 'product', type: 'relationship', relationTo: 'products', required: true, index: true },
    { name: 'variant', type: 'relationship', relationTo: 'product-variants', index: true },
    { name: 'warehouse', type: 'relationship', relationTo: 'warehouses', required: true, index: true },
    // product|variant|warehouse with "-" for no variant: unique, so a product-level row cannot exist twice even under
    // concurrent creates (a unique index over the three columns lets NULL variants through)
    serverComputed({ name: 'slot', type: 'text', unique: true, admin: { hidden: true } }),
    {
      name: 'onHand',
      ...quantity,
      defaultValue: 0,
      access: { update: () => false },
      admin: { description: 'Set when the level is created (an opening receipt); later only through adjustments and movements' },
    },
    serverComputed({ name: 'reserved', type: 'number', defaultValue: 0, admin: { description: 'Held by open orders' } }),
    serverComputed({ name: 'available', type: 'number', defaultValue: 0, index: true, admin: { description: 'On hand − reserved' } }),
    serverComputed({ name: 'lowStock', type: 'checkbox', defaultValue: false, index: true, admin: { description: 'At or below the low-stock threshold' } }),
    { name: 'lowStockThreshold', ...quantity, defaultValue: 0, admin: { description: '`stock.low` when available falls to or below it' } },
    { name: 'reorderPoint', ...quantity, defaultValue: 0, admin: { description: 'Stock kept here before other warehouses may take from it' } },
    { name: 'reorderQuantity', ...quantity, defaultValue: 0, admin: { description: 'How much automatic replenishment asks for' } },
    { name: 'backorderLimit', ...quantity, defaultValue: 0, admin: { description: 'How far below zero orders may take it (0: no backorders)' } },
    { name: 'tracked', type: 'checkbox', defaultValue: true, admin: { description: 'Untracked: never reserved, never short' } },
    { name: 'replenish', type: 'checkbox', defaultValue: false, admin: { description: 'Request a transfer or a purchase when it runs low' } },
  ],
}
