import type { CollectionConfig } from 'payload'

import { anyone, moneyField, staffOnly } from '../../../src/kit'

export const SHIPPING_METHODS_SLUG = 'shipping-methods'

/** Ways to ship an order, each with a rate per currency. Storefronts read them to offer a choice at checkout. */
export const ShippingMethods: CollectionConfig = {
  slug: SHIPPING_METHODS_SLUG,
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'active'], group: 'Sales' },
  access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'code', type: 'text', required: true, unique: true, index: true },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true },
    {
      name: 'rates',
      type: 'array',
      admin: { description: 'One rate per currency; a method without a rate in the cart currency cannot be chosen' },
      fields: [
        { name: 'currency', type: 'relationship', relationTo: 'currencies', required: true },
        moneyField({ name: 'baseAmount', required: true, description: 'Per shipment' }),
        moneyField({ name: 'perKgAmount', description: 'Per kilogram of the products’ weight' }),
        moneyField({ name: 'freeAbove', description: 'Free from this merchandise total (see the freeShippingThreshold option)' }),
      ],
    },
  ],
}
