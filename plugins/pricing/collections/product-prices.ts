import type { CollectionConfig } from 'payload'

import { staffOnly, unitPriceField } from '../../../src/kit'
import { refusePriceSlotTaken, stampPriceSlot } from '../hooks/price-slot'
import { rebuildPricesAfterChange, rebuildPricesAfterDelete } from '../hooks/queue-rebuild'
import { PRICE_LISTS_SLUG, PRICING_GROUP, PRODUCT_PRICES_SLUG, SECURED } from './slugs'

/**
 * One price of a list: product or variant × unit × minimum quantity (tier) × currency, an exact decimal. One row per
 * price in a table indexed for the reads the rebuild and the admin make (by list, by product), so a list of a million
 * prices costs what a page of it costs.
 */
export const ProductPrices: CollectionConfig = {
  slug: PRODUCT_PRICES_SLUG,
  admin: {
    useAsTitle: 'slot',
    defaultColumns: ['priceList', 'product', 'variant', 'unit', 'minQuantity', 'currency', 'value'],
    group: PRICING_GROUP,
    listSearchableFields: ['slot'],
  },
  access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  custom: SECURED,
  fields: [
    { name: 'priceList', type: 'relationship', relationTo: PRICE_LISTS_SLUG, required: true, index: true },
    { name: 'product', type: 'relationship', relationTo: 'products', required: true, index: true },
    { name: 'variant', type: 'relationship', relationTo: 'product-variants', index: true, admin: { description: 'Only for a variant’s own price' } },
    {
      type: 'row',
      fields: [
        { name: 'unit', type: 'text', required: true, defaultValue: 'item', admin: { width: '25%' } },
        { name: 'minQuantity', type: 'number', required: true, defaultValue: 1, min: 0.001, admin: { width: '25%', step: 1 } },
        {
          name: 'currency',
          type: 'text',
          required: true,
          index: true,
          admin: { width: '25%', description: 'ISO 4217 code' },
          validate: (value: null | string | string[] | undefined) =>
            typeof value === 'string' && /^[A-Za-z]{3}$/.test(value) ? true : 'A three-letter ISO 4217 code, e.g. USD',
        },
        unitPriceField({ name: 'value', required: true, currency: { documentCode: 'currency' }, width: '25%' }),
      ],
    },
    {
      name: 'generated',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { readOnly: true, position: 'sidebar', description: 'Written by the list’s price rule; a price entered by hand replaces it and stays' },
      access: { create: () => false, update: () => false },
    },
    {
      // list|product|variant|unit|minQuantity|currency: unique, so one price per slot even under concurrent writes
      name: 'slot',
      type: 'text',
      unique: true,
      admin: { readOnly: true, hidden: true },
      access: { create: () => false, update: () => false },
    },
  ],
  indexes: [{ fields: ['priceList', 'product'] }],
  hooks: {
    beforeChange: [stampPriceSlot, refusePriceSlotTaken],
    afterChange: [rebuildPricesAfterChange],
    afterDelete: [rebuildPricesAfterDelete],
  },
}
