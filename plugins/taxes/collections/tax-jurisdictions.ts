import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { administratorsOnly, staffOnly } from '../../../src/kit'
import { isCountryCode, normalizeCountryCode } from '../../../collections/customers/rules/countries'
import { zipEntryProblem } from '../rules/jurisdictions'

export const TAX_JURISDICTIONS_SLUG = 'tax-jurisdictions'

const validateCountry: TextFieldSingleValidation = (value) =>
  isCountryCode(normalizeCountryCode(value)) || 'country must be an ISO 3166-1 alpha-2 code, e.g. US or DE'

const validateZip: TextFieldSingleValidation = (value) => zipEntryProblem(value ?? '') ?? true

/**
 * Where a tax applies: a country, optionally a region, optionally ZIP codes (exact, ranges `10001-10292`, patterns
 * `100*`). An address may lie in several jurisdictions (a state and a city): their rules add up.
 */
export const TaxJurisdictions: CollectionConfig = {
  slug: TAX_JURISDICTIONS_SLUG,
  admin: { useAsTitle: 'code', defaultColumns: ['code', 'name', 'country', 'region', 'zipCodes'], group: 'Taxes' },
  access: { read: staffOnly, create: administratorsOnly, update: administratorsOnly, delete: administratorsOnly },
  hooks: {
    beforeValidate: [
      ({ data }) => {
        if (data && typeof data.country === 'string') data.country = normalizeCountryCode(data.country)
        return data
      },
    ],
  },
  fields: [
    { name: 'code', type: 'text', required: true, unique: true, index: true, maxLength: 60 },
    { name: 'name', type: 'text' },
    { name: 'country', type: 'text', required: true, index: true, maxLength: 2, validate: validateCountry },
    { name: 'region', type: 'text', maxLength: 100, admin: { description: 'State or region code as addresses carry it (NY, BY); empty: the whole country' } },
    {
      name: 'zipCodes',
      type: 'array',
      labels: { singular: 'ZIP code', plural: 'ZIP codes' },
      admin: { description: 'Exact codes, ranges (10001-10292) or patterns (100*, SW1?); empty: every postal code' },
      fields: [{ name: 'zip', type: 'text', required: true, validate: validateZip }],
    },
  ],
}
