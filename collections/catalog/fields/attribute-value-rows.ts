import type { ArrayField, FilterOptions } from 'payload'

import { serverComputed } from '../../../src/kit/fields'

/**
 * Rows of attribute values, shared by products (`attributeValues`) and variants (`variantValues`). `value` is the
 * canonical text of rules/attribute-values.ts; `key` ("thread-size:m6") is derived by the collection's hook.
 */
export const attributeValueRows = (options: { name: string; description: string; filterOptions: FilterOptions }): ArrayField => ({
  name: options.name,
  type: 'array',
  admin: { description: options.description },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'attribute',
          type: 'relationship',
          relationTo: 'attributes',
          required: true,
          index: true,
          filterOptions: options.filterOptions,
          admin: { width: '40%' },
        },
        {
          name: 'value',
          type: 'text',
          required: true,
          index: true,
          admin: { width: '30%', description: 'Number: 2.5 · Boolean: true/false · Select: the option value' },
          // clients may send 2.5 or true as JSON; the family check turns them into canonical text (src/kit/input-rules.ts)
          custom: { bureau: { acceptsScalars: true } },
        },
        serverComputed({ name: 'key', type: 'text', index: true, admin: { width: '30%', description: 'code:value, for filters' } }),
      ],
    },
  ],
})
