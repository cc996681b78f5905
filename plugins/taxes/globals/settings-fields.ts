/**
 * The tax settings' fields, shared by the `tax-settings` global (every value set, with defaults) and the websites'
 * override group (every value optional: empty inherits the global).
 */
import type { Field } from 'payload'

import { isCountryCode, normalizeCountryCode } from '../../../collections/customers/rules/countries'
import { taxCodeField } from '../collections/tax-codes'
import type { TaxSettings } from '../rules/settings'

const options = {
  addressBasis: [
    { label: 'Shipping address (destination)', value: 'shipping' },
    { label: 'Billing address', value: 'billing' },
    { label: 'Origin address (where goods ship from)', value: 'origin' },
  ],
  startCalculationWith: [
    { label: 'Unit price (tax of one unit, rounded, × quantity)', value: 'unitPrice' },
    { label: 'Row total (tax of each line’s amount)', value: 'rowTotal' },
    { label: 'Total (tax of the order’s total per rate)', value: 'total' },
  ],
  rounding: [
    { label: 'Per item (each line’s tax rounded)', value: 'item' },
    { label: 'On the total (exact taxes summed, rounded once)', value: 'total' },
  ],
  taxBase: [
    { label: 'Discounted amount (after promotions)', value: 'discounted' },
    { label: 'Undiscounted amount (list amount)', value: 'undiscounted' },
  ],
} as const

const validateOriginCountry = (value: unknown) =>
  value === null || value === undefined || value === '' || isCountryCode(normalizeCountryCode(value)) || 'country must be an ISO 3166-1 alpha-2 code'

/** The settings' fields; `defaults` given → the global's (with defaults), none → the override's (empty inherits). */
export function taxSettingsFields(defaults?: TaxSettings): Field[] {
  const inherit = defaults ? '' : ' Empty: as in Tax settings.'
  const select = (name: keyof typeof options, label: string, description: string): Field => ({
    name,
    label,
    type: 'select',
    options: [...options[name]],
    ...(defaults ? { defaultValue: defaults[name] as string, required: true } : {}),
    admin: { description: description + inherit },
  })
  const pricesIncludeTax: Field = defaults
    ? { name: 'pricesIncludeTax', type: 'checkbox', defaultValue: defaults.pricesIncludeTax, admin: { description: 'Unit prices already contain tax: tax is extracted, not added' } }
    : {
        name: 'pricesIncludeTax',
        type: 'select',
        options: [
          { label: 'Prices include tax', value: 'included' },
          { label: 'Prices exclude tax', value: 'excluded' },
        ],
        admin: { description: 'Whether this website’s unit prices already contain tax.' + inherit },
      }
  return [
    pricesIncludeTax,
    select('addressBasis', 'Address basis', 'Which address decides the jurisdiction; the origin is used when that address is missing.'),
    {
      name: 'origin',
      type: 'group',
      admin: { description: 'Where goods ship from: the basis when set to origin, and the fallback' },
      fields: [
        { name: 'country', type: 'text', maxLength: 2, validate: validateOriginCountry as never },
        { name: 'region', type: 'text', maxLength: 100 },
        { name: 'postalCode', type: 'text', maxLength: 20 },
      ],
    },
    select('startCalculationWith', 'Start calculation with', 'Unit price, row total or total (Oro’s modes).'),
    select('rounding', 'Rounding', 'Round each line’s tax, or only the order’s total per tax (half-up).'),
    select('taxBase', 'Tax base', 'Tax the amount after promotions or before them (inclusive prices always tax what is paid).'),
    taxCodeField('shippingTaxCode', 'product', 'The product tax code shipping is taxed with when the shipping method names none; empty: shipping is not taxed.' + inherit),
  ]
}
