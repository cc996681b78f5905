import type { CollectionConfig } from 'payload'

import { anyone, staffOnly } from '../../src/kit/access'
import { minorAmountField } from '../../src/kit/fields'

/** Sellable products. Variants, attributes, families and localisation come with the catalog model. */
export const Products: CollectionConfig = {
  slug: 'products',
  admin: { useAsTitle: 'name', defaultColumns: ['sku', 'name', 'status', 'updatedAt'], group: 'Catalog' },
  access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    { name: 'sku', type: 'text', required: true, unique: true, index: true },
    { name: 'name', type: 'text', required: true, index: true },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'active',
      index: true,
      options: ['draft', 'active', 'archived'].map((value) => ({ label: value[0].toUpperCase() + value.slice(1), value })),
    },
    { name: 'description', type: 'richText' },
    { name: 'images', type: 'upload', relationTo: 'media', hasMany: true },
    {
      name: 'unit',
      type: 'select',
      defaultValue: 'item',
      options: ['item', 'set', 'kg', 'm', 'l'].map((value) => ({ label: value, value })),
      admin: { description: 'Unit of quantity the product is sold in' },
    },
    { name: 'weight', type: 'number', min: 0, admin: { description: 'kg per unit, for shipping' } },
    {
      name: 'basePrices',
      type: 'array',
      admin: { description: 'Fallback price per currency when no price list prices the product' },
      fields: [
        { name: 'currency', type: 'relationship', relationTo: 'currencies', required: true },
        minorAmountField({ name: 'amount', required: true, description: 'In minor units of the currency (1999 = 19.99)' }),
      ],
    },
  ],
}
