import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { administratorsOnly, staffOnly } from '../../../src/kit'
import { normalizeRate, rateProblem } from '../rules/rates'
import { taxCodeField } from './tax-codes'
import { TAX_JURISDICTIONS_SLUG } from './tax-jurisdictions'

export const TAX_RULES_SLUG = 'tax-rules'

const CELLS = '/plugins/taxes/components/tax-rule-cells'

/** An empty code reads "Any" in the list. */
const withAnyCell = <F extends ReturnType<typeof taxCodeField>>(field: F) => ({
  ...field,
  admin: { ...field.admin, components: { Cell: `${CELLS}#AnyCodeCell` } },
})

const validateRate: TextFieldSingleValidation = (value) => rateProblem(value) ?? true

/**
 * A tax: jurisdiction × product tax code × customer tax code → an exact rate in percent. An empty code means
 * "any". Every rule matching a line applies, so a state rule and a city rule add up.
 */
export const TaxRules: CollectionConfig = {
  slug: TAX_RULES_SLUG,
  labels: { singular: 'Tax rule', plural: 'Tax rules' },
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['code', 'jurisdiction', 'productTaxCode', 'customerTaxCode', 'rate'],
    listSearchableFields: ['code', 'description'],
    group: 'Taxes',
    description: 'Each row: where (jurisdiction), what (product tax code, empty = any), who (customer tax code, empty = any), and the rate in percent',
  },
  access: { read: staffOnly, create: administratorsOnly, update: administratorsOnly, delete: administratorsOnly },
  hooks: {
    beforeChange: [
      ({ data }) => {
        if (data && typeof data.rate === 'string') data.rate = normalizeRate(data.rate)
        return data
      },
    ],
  },
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      index: true,
      maxLength: 60,
      admin: { description: 'The tax’s name on invoices and in the answer’s taxes (e.g. "DE VAT", "NY State", "NYC")' },
    },
    { name: 'jurisdiction', type: 'relationship', relationTo: TAX_JURISDICTIONS_SLUG, required: true, index: true },
    withAnyCell(taxCodeField('productTaxCode', 'product', 'Empty: any product (and shipping)')),
    withAnyCell(taxCodeField('customerTaxCode', 'customer', 'Empty: any customer')),
    {
      name: 'rate',
      type: 'text',
      required: true,
      validate: validateRate,
      admin: { description: 'Percent, up to 4 decimals (19, 4.5, 8.875)', components: { Cell: `${CELLS}#RateCell` } },
    },
    { name: 'description', type: 'textarea' },
  ],
}
