import type { CollectionConfig } from 'payload'

import { anyone, staffOnly } from '../../src/kit/access'
import { serverComputed } from '../../src/kit/fields'
import { attributeValueRows } from './fields/attribute-value-rows'
import { basePricesField } from './fields/base-prices'
import { skuField } from './fields/sku'
import { checkVariantOnChange } from './hooks/check-variant'
import { variantFamilyAttributes } from './hooks/family-attribute-options'
import { PRODUCT_STATUSES } from './products'
import { selectOptions } from '../../src/kit/select-options'

/**
 * The sellable variants of a configurable product (gloves in S, M, L, XL): each its own SKU and its values of the
 * family's variant attributes. Prices and weight fall back to the product's when the variant sets none.
 */
export const ProductVariants: CollectionConfig = {
  slug: 'product-variants',
  admin: { useAsTitle: 'sku', defaultColumns: ['sku', 'name', 'product', 'status'], group: 'Catalog' },
  access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: { beforeChange: [checkVariantOnChange] },
  // The database refuses a second variant with the same values even when two saves race past the hook's check.
  indexes: [{ fields: ['product', 'combination'], unique: true }],
  fields: [
    {
      name: 'product',
      type: 'relationship',
      relationTo: 'products',
      required: true,
      index: true,
      filterOptions: { type: { equals: 'configurable' } },
    },
    skuField('product-variants'),
    { name: 'name', type: 'text', localized: true, index: true, admin: { description: "Shown instead of the product's name when set" } },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'active',
      index: true,
      options: selectOptions(PRODUCT_STATUSES),
      admin: { position: 'sidebar' },
    },
    attributeValueRows({
      name: 'variantValues',
      filterOptions: variantFamilyAttributes,
      description: "One value for each variant attribute of the product's family",
    }),
    serverComputed({
      name: 'combination',
      type: 'text',
      index: true,
      admin: { position: 'sidebar', description: 'The variant values as code:value|code:value, unique per product' },
    }),
    { name: 'images', type: 'upload', relationTo: 'media', hasMany: true },
    { name: 'weight', type: 'number', min: 0, admin: { description: "kg per unit; empty = the product's weight" } },
    basePricesField("Price per currency; a currency not listed takes the product's base price"),
  ],
}
