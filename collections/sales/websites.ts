import type { CollectionConfig } from 'payload'

import { administratorsOnly, anyone } from '../../src/kit/access'

/** A storefront. Price lists, promotions and taxes are assigned per website by their plugins. */
export const Websites: CollectionConfig = {
  slug: 'websites',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'defaultCurrency'], group: 'Sales' },
  access: { read: anyone, create: administratorsOnly, update: administratorsOnly, delete: administratorsOnly },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'code', type: 'text', required: true, unique: true, index: true },
    { name: 'url', type: 'text' },
    { name: 'defaultCurrency', type: 'relationship', relationTo: 'currencies', required: true },
    { name: 'currencies', type: 'relationship', relationTo: 'currencies', hasMany: true },
    {
      name: 'priceRounding',
      type: 'select',
      defaultValue: 'row',
      options: [
        { label: 'Per unit (round each unit price)', value: 'unit' },
        { label: 'Per row (round each line total)', value: 'row' },
        { label: 'On the total (round only the subtotal)', value: 'total' },
      ],
      admin: { description: 'Where line amounts are rounded to the currency minor unit' },
    },
  ],
}
