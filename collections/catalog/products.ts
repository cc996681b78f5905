import type { CollectionConfig } from 'payload'

import { anyone, staffOnly } from '../../src/kit/access'
import { DEFAULT_LOCALE_REQUIRED, requiredInDefaultLocale } from '../../src/kit/localized'
import { moneyField } from '../../src/kit/money-fields'
import { attributeValueRows } from './fields/attribute-value-rows'
import { basePricesField } from './fields/base-prices'
import { skuField } from './fields/sku'
import { checkProductOnChange } from './hooks/check-product'
import { deleteVariantsOfProduct } from './hooks/delete-variants-of-product'
import { productFamilyAttributes } from './hooks/family-attribute-options'
import { selectOptions } from '../../src/kit/select-options'

export const PRODUCT_STATUSES = ['draft', 'active', 'archived'] as const

/**
 * Sellable products. A simple product is sold as it is; a configurable product is sold through its variants
 * (product-variants), which differ by the variant attributes of the product's family.
 */
export const Products: CollectionConfig = {
  slug: 'products',
  admin: { useAsTitle: 'name', defaultColumns: ['sku', 'name', 'type', 'status', 'family', 'updatedAt'], group: 'Catalog' },
  access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: { beforeChange: [checkProductOnChange], beforeDelete: [deleteVariantsOfProduct] },
  fields: [
    skuField('products'),
    {
      name: 'name',
      type: 'text',
      localized: true,
      index: true,
      validate: requiredInDefaultLocale('name'),
      admin: { description: DEFAULT_LOCALE_REQUIRED },
    },
    {
      name: 'type',
      type: 'select',
      defaultValue: 'simple',
      index: true,
      options: [
        { label: 'Simple', value: 'simple' },
        { label: 'Configurable (sold as variants)', value: 'configurable' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'active',
      index: true,
      options: selectOptions(PRODUCT_STATUSES),
      admin: { position: 'sidebar' },
    },
    {
      name: 'family',
      type: 'relationship',
      relationTo: 'attribute-families',
      index: true,
      admin: { position: 'sidebar', description: 'Decides which attributes the product has' },
    },
    { name: 'brand', type: 'relationship', relationTo: 'brands', index: true, admin: { position: 'sidebar' } },
    { name: 'categories', type: 'relationship', relationTo: 'categories', hasMany: true, index: true, admin: { position: 'sidebar' } },
    { name: 'description', type: 'richText', localized: true },
    { name: 'images', type: 'upload', relationTo: 'media', hasMany: true },
    attributeValueRows({
      name: 'attributeValues',
      filterOptions: productFamilyAttributes,
      description: "Values of the family's attributes. A multiselect attribute takes one row per chosen option.",
    }),
    {
      name: 'unit',
      type: 'select',
      defaultValue: 'item',
      options: ['item', 'set', 'kg', 'm', 'l'].map((value) => ({ label: value, value })),
      admin: { description: 'Unit of quantity the product is sold in' },
    },
    { name: 'weight', type: 'number', min: 0, admin: { description: 'kg per unit, for shipping' } },
    basePricesField('Fallback price per currency when no price list prices the product'),
    {
      // What the product costs the seller: margin reporting and price rules read it; roles can hide it (field rules).
      name: 'costPrice',
      type: 'group',
      admin: { description: 'Purchase cost per unit, for margins. Hidden from roles with a field rule on costPrice.' },
      fields: [
        { type: 'row', fields: [
          { name: 'currency', type: 'relationship', relationTo: 'currencies', admin: { width: '50%' } },
          moneyField({ name: 'amount', currency: { sibling: 'currency' }, width: '50%' }),
        ] },
      ],
    },
    {
      name: 'variants',
      type: 'join',
      collection: 'product-variants',
      on: 'product',
      defaultLimit: 50,
      admin: { condition: (data) => data?.type === 'configurable', defaultColumns: ['sku', 'name', 'status'] },
    },
  ],
}
