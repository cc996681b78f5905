import type { CollectionConfig } from 'payload'

import { staffOnly, withPanels } from '../../../src/kit'

export const WAREHOUSES_SLUG = 'warehouses'

/**
 * Where stock is kept. A warehouse serves the websites it names (none named: every website). Under staff role
 * security (an owner and a business unit, levels per role); its levels, movements and transfers follow its access
 * (index.ts).
 */
export const Warehouses: CollectionConfig = withPanels(
  {
    slug: WAREHOUSES_SLUG,
    custom: { bureau: { secured: true } },
    admin: { useAsTitle: 'name', defaultColumns: ['code', 'name', 'priority', 'active'], group: 'Inventory' },
    access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
    fields: [
      { name: 'code', type: 'text', required: true, unique: true, index: true },
      { name: 'name', type: 'text', required: true },
      { name: 'active', type: 'checkbox', defaultValue: true, index: true },
      {
        name: 'priority',
        type: 'number',
        defaultValue: 10,
        min: 0,
        max: 1_000_000,
        admin: { description: 'Allocation order: lower numbers serve first' },
      },
      {
        name: 'websites',
        type: 'relationship',
        relationTo: 'websites',
        hasMany: true,
        admin: { description: 'The websites it serves; none: every website' },
      },
      {
        name: 'managers',
        type: 'relationship',
        relationTo: 'users',
        hasMany: true,
        admin: { description: 'Told by email (and SMS with a phone) when a level runs low' },
      },
      {
        name: 'address',
        type: 'group',
        fields: [
          { name: 'street', type: 'text' },
          { name: 'postalCode', type: 'text' },
          { name: 'city', type: 'text' },
          { name: 'region', type: 'text' },
          { name: 'country', type: 'text', maxLength: 2, admin: { description: 'ISO 3166-1 alpha-2' } },
        ],
      },
    ],
  },
  [
    { name: 'levels', label: 'Stock', collection: 'inventory-levels', on: 'warehouse', defaultColumns: ['product', 'variant', 'onHand', 'reserved', 'available', 'lowStock'] },
    { name: 'transfersIn', label: 'Transfers in', collection: 'stock-transfers', on: 'toWarehouse', defaultColumns: ['product', 'quantity', 'status', 'fromWarehouse'] },
  ],
)
