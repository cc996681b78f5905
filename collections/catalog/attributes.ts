import type { CollectionConfig } from 'payload'

import { anyone, staffOnly } from '../../src/kit/access'
import { DEFAULT_LOCALE_REQUIRED, requiredInDefaultLocale } from '../../src/kit/localized'
import { checkAttributeDefinitionOnChange } from './hooks/check-attribute-definition'
import { refuseDeletingUsedAttribute } from './hooks/refuse-deleting-used'
import { ATTRIBUTE_TYPES } from './rules/attribute-values'
import { selectOptions } from '../../src/kit/select-options'

const hasOptions = (data: { type?: string } | undefined) => data?.type === 'select' || data?.type === 'multiselect'

/**
 * Typed product attributes (thread size, voltage, colour…). Families decide which products have which attributes;
 * products and variants store values in the canonical text form described in rules/attribute-values.ts.
 */
export const Attributes: CollectionConfig = {
  slug: 'attributes',
  // What a product's value rows show of their attribute when populated (storefront filters and labels).
  defaultPopulate: { code: true, label: true, type: true, unit: true, options: true },
  admin: { useAsTitle: 'label', defaultColumns: ['code', 'label', 'type', 'filterable', 'searchable'], group: 'Catalog' },
  access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: { beforeChange: [checkAttributeDefinitionOnChange], beforeDelete: [refuseDeletingUsedAttribute] },
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'Fixed once created; storefronts filter by it (attributeValues.key = "code:value")' },
    },
    { name: 'label', type: 'text', localized: true, validate: requiredInDefaultLocale('label'), admin: { description: DEFAULT_LOCALE_REQUIRED } },
    {
      name: 'type',
      type: 'select',
      required: true,
      defaultValue: 'text',
      options: selectOptions(ATTRIBUTE_TYPES),
    },
    {
      name: 'unit',
      type: 'text',
      admin: { description: 'Shown after number values, e.g. mm or V', condition: (data) => data?.type === 'number' },
    },
    {
      name: 'options',
      type: 'array',
      admin: { condition: (data) => hasOptions(data), description: 'The values a select attribute can take' },
      fields: [
        { name: 'value', type: 'text', required: true, admin: { description: 'Stored and filtered by, e.g. m6' } },
        { name: 'label', type: 'text', localized: true, admin: { description: 'Shown to buyers, e.g. M6' } },
      ],
    },
    {
      name: 'filterable',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { description: 'Storefronts offer it as a filter (layered navigation)' },
    },
    {
      name: 'searchable',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Storefront search matches its values' },
    },
  ],
}
