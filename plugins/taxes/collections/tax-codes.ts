import type { CollectionConfig } from 'payload'

import { administratorsOnly, staffOnly } from '../../../src/kit'

export const TAX_CODES_SLUG = 'tax-codes'
export const TAX_CODE_KINDS = ['product', 'customer'] as const
export type TaxCodeKind = (typeof TAX_CODE_KINDS)[number]

/**
 * Tax classes (Oro's product and customer tax codes, Vendure's tax categories): products carry a product code
 * ("standard", "reduced", "shipping"), customers or their groups a customer code ("b2b", "non-profit"); tax rules
 * combine them with a jurisdiction.
 */
export const TaxCodes: CollectionConfig = {
  slug: TAX_CODES_SLUG,
  admin: { useAsTitle: 'code', defaultColumns: ['code', 'kind', 'description'], group: 'Taxes' },
  access: { read: staffOnly, create: administratorsOnly, update: administratorsOnly, delete: administratorsOnly },
  fields: [
    { name: 'code', type: 'text', required: true, unique: true, index: true, maxLength: 60 },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'product',
      options: [
        { label: 'Product tax code', value: 'product' },
        { label: 'Customer tax code', value: 'customer' },
      ],
      admin: { description: 'Product codes go on products (and shipping); customer codes on customers and customer groups' },
    },
    { name: 'description', type: 'textarea' },
  ],
}

/** A relationship to tax codes of one kind, for the fields this plugin adds to products, customers and rules. */
export const taxCodeField = (name: string, kind: TaxCodeKind, description: string) =>
  ({
    name,
    type: 'relationship',
    relationTo: TAX_CODES_SLUG,
    index: true,
    filterOptions: { kind: { equals: kind } },
    admin: { description },
  }) as const
