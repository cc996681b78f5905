import type { CollectionConfig } from 'payload'

import { anyone, staffOnly } from '../../src/kit/access'
import { DEFAULT_LOCALE_REQUIRED, requiredInDefaultLocale } from '../../src/kit/localized'
import { checkFamilyOnChange } from './hooks/check-family'
import { refuseDeletingUsedFamily } from './hooks/refuse-deleting-used'

/**
 * The "product class": which attributes a product of the family has, which of them are required, and which ones
 * the variants of a configurable product differ by. The product form offers only the family's attributes.
 */
export const AttributeFamilies: CollectionConfig = {
  slug: 'attribute-families',
  // A product names its family; the family's attribute list is read from the family itself.
  defaultPopulate: { code: true, name: true },
  labels: { singular: 'Product family', plural: 'Product families' },
  admin: { useAsTitle: 'name', defaultColumns: ['code', 'name', 'updatedAt'], group: 'Catalog' },
  access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: { beforeChange: [checkFamilyOnChange], beforeDelete: [refuseDeletingUsedFamily] },
  fields: [
    { name: 'code', type: 'text', required: true, unique: true, index: true },
    { name: 'name', type: 'text', localized: true, validate: requiredInDefaultLocale('name'), admin: { description: DEFAULT_LOCALE_REQUIRED } },
    {
      name: 'attributes',
      type: 'array',
      admin: { description: 'Variant attributes (select, boolean or number) are what the variants of a configurable product differ by' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'attribute', type: 'relationship', relationTo: 'attributes', required: true, index: true },
            { name: 'required', type: 'checkbox', defaultValue: false },
            { name: 'isVariantAttribute', type: 'checkbox', defaultValue: false, label: 'Variant attribute' },
          ],
        },
      ],
    },
  ],
}
