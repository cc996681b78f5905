/**
 * What an order keeps of its calculation besides the totals: the addresses it was priced for (a snapshot), each
 * line's price list, the promotions and coupons applied with their amounts, the tax lines by code and rate, and the
 * shipping discount. Only the calculation writes the computed ones (calculate-order-totals.ts).
 */
import type { Field } from 'payload'

import { serverComputed } from '../../src/kit/fields'
import { moneyField, type CurrencySource } from '../../src/kit/money-fields'
import { COUNTRY_CODES, normalizeCountryCode } from '../customers/rules/countries'

const ORDER_CURRENCY: CurrencySource = { documentCode: 'currency' }
const countryNames = new Intl.DisplayNames(['en'], { type: 'region' })

/** An address snapshot: the same parts as an address-book entry, all optional but the country. */
export const orderAddressGroup = (name: 'shippingAddress' | 'billingAddress', label: string): Field => ({
  name,
  label,
  type: 'group',
  admin: { description: 'Changing it recalculates the order while it is editable (taxes, promotions, shipping)' },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'organization', type: 'text' },
        { name: 'firstName', type: 'text' },
        { name: 'lastName', type: 'text' },
      ],
    },
    { name: 'street', type: 'text' },
    { name: 'street2', type: 'text' },
    {
      type: 'row',
      fields: [
        { name: 'postalCode', type: 'text' },
        { name: 'city', type: 'text' },
        { name: 'region', type: 'text', admin: { description: 'State, province or county' } },
      ],
    },
    {
      name: 'country',
      type: 'select',
      options: COUNTRY_CODES.map((code) => ({ label: `${countryNames.of(code) ?? code} (${code})`, value: code })),
      hooks: { beforeValidate: [({ value }) => normalizeCountryCode(value)] },
    },
    { name: 'phone', type: 'text' },
  ],
})

/** The calculation's record on the order (all server-computed). */
export const orderCalculationRecord: Field[] = [
  serverComputed(moneyField({ name: 'shippingDiscount', currency: ORDER_CURRENCY, description: 'Promotions on shipping (included in the shipping total)' })),
  serverComputed({ name: 'pricesIncludeTax', type: 'checkbox', admin: { description: 'Whether the unit prices included tax' } }),
  serverComputed({
    name: 'appliedPromotions',
    type: 'array',
    admin: { description: 'Promotions and coupons the calculation applied, with their amounts' },
    fields: [
      { name: 'promotion', type: 'text', admin: { description: 'The promotion id' } },
      { name: 'name', type: 'text' },
      { name: 'coupon', type: 'text' },
      moneyField({ name: 'amount', currency: ORDER_CURRENCY }),
    ],
  }),
  serverComputed({
    name: 'taxes',
    type: 'array',
    admin: { description: 'Tax by code and rate' },
    fields: [
      { name: 'code', type: 'text' },
      { name: 'rate', type: 'text', admin: { description: 'Percent, exact (e.g. 19 or 8.875)' } },
      moneyField({ name: 'amount', currency: ORDER_CURRENCY }),
    ],
  }),
]
