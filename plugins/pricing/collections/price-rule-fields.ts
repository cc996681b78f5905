/** A price list's rule (item 5): generate its prices from a source with a formula, for the products a condition selects. */
import type { Field } from 'payload'

import { selectOptions, validateUnitPrice } from '../../../src/kit'
import { PRICE_LISTS_SLUG } from './slugs'

export const RULE_SOURCES = ['basePrice', 'costPrice', 'priceList'] as const

const signedDecimal = validateUnitPrice({ required: true, allowNegative: true })

/** `code:value`, as the catalog keys a product's attribute values (attributeValues.key). */
const validateAttributeKeys = (value: null | string | string[] | undefined) => {
  const wrong = (Array.isArray(value) ? value : value ? [value] : []).find((key) => !/^[^:\s]+:\S.*$/.test(key.trim()))
  return wrong === undefined ? true : `"${wrong}" is not code:value (e.g. thread-size:m6)`
}

export const priceRuleField: Field = {
  name: 'rule',
  type: 'group',
  admin: { description: 'Generate this list’s prices from another list or the product’s base or cost price. Prices entered by hand beat generated ones.' },
  fields: [
    { name: 'enabled', type: 'checkbox', defaultValue: false },
    {
      type: 'row',
      fields: [
        { name: 'source', type: 'select', options: selectOptions(RULE_SOURCES), defaultValue: 'basePrice', admin: { width: '50%' } },
        {
          name: 'sourceList',
          type: 'relationship',
          relationTo: PRICE_LISTS_SLUG,
          admin: { width: '50%', condition: (_data, sibling) => sibling?.source === 'priceList', description: 'Every tier, unit and currency of it' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'multiply', type: 'text', defaultValue: '1', validate: signedDecimal, admin: { width: '33%', description: 'e.g. 0.9 for 10 % off' } },
        { name: 'add', type: 'text', defaultValue: '0', validate: signedDecimal, admin: { width: '33%', description: 'added after multiplying, e.g. 5 or -1.5' } },
        { name: 'precision', type: 'number', defaultValue: 2, min: 0, max: 4, admin: { width: '33%', step: 1, description: 'decimals, rounded half-up' } },
      ],
    },
    { name: 'categories', type: 'relationship', relationTo: 'categories', hasMany: true, admin: { description: 'Only products in these categories or below them' } },
    { name: 'brands', type: 'relationship', relationTo: 'brands', hasMany: true },
    { name: 'families', type: 'relationship', relationTo: 'attribute-families', hasMany: true },
    { name: 'skus', type: 'text', hasMany: true, admin: { description: 'Only these SKUs' } },
    {
      name: 'attributeValues',
      type: 'text',
      hasMany: true,
      validate: validateAttributeKeys,
      admin: { description: 'Only products with these attribute values, as code:value (e.g. thread-size:m6). Values of one attribute: any of them; several attributes: all.' },
    },
  ],
}
