import type { Access, CollectionConfig } from 'payload'

import { isStaff } from '../../src/kit/access'
import { anyOf, inIds, loadStorefrontScope } from '../../src/kit/storefront'
import { checkAddressOwnerAndDefaults, clearPreviousDefaults } from './hooks/address-guards'
import { ADDRESS_TYPES } from './rules/addresses'
import { COUNTRY_CODES, normalizeCountryCode } from './rules/countries'

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' })

/**
 * A customer user reads its companies' address books, its own personal addresses, and — when it manages users — its
 * colleagues' personal addresses.
 */
const read: Access = async ({ req }) => {
  if (isStaff(req)) return true
  const scope = await loadStorefrontScope(req)
  if (!scope?.customer) return false
  return anyOf(
    inIds('customer', scope.customers),
    { customerUser: { equals: scope.user } },
    scope.manageUsers ? inIds('customerUser.customer', scope.customers) : false,
  )
}

/** Changing needs the matching permission: manageAddresses for company addresses, manageUsers for colleagues'. */
const write: Access = async ({ req }) => {
  if (isStaff(req)) return true
  const scope = await loadStorefrontScope(req)
  if (!scope?.customer) return false
  return anyOf(
    scope.manageAddresses ? inIds('customer', scope.customers) : false,
    { customerUser: { equals: scope.user } },
    scope.manageUsers ? inIds('customerUser.customer', scope.customers) : false,
  )
}

/** Creating is checked against the new address's owner in its hook. */
const create: Access = async ({ req }) => isStaff(req) || Boolean((await loadStorefrontScope(req))?.customer)

/**
 * Address books: a company's (owner `customer`) or a person's (owner `customerUser`), never both. Each address is
 * for billing, shipping or both; per owner one address may be the default for each.
 */
export const Addresses: CollectionConfig = {
  slug: 'addresses',
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'customer', 'customerUser', 'city', 'country', 'types', 'defaultBilling', 'defaultShipping'],
    group: 'Customers',
  },
  access: { read, create, update: write, delete: write },
  hooks: { beforeChange: [checkAddressOwnerAndDefaults], afterChange: [clearPreviousDefaults] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'customer', type: 'relationship', relationTo: 'customers', index: true, admin: { description: 'Company address book' } },
        {
          name: 'customerUser',
          type: 'relationship',
          relationTo: 'customer-users',
          index: true,
          admin: { description: 'Or a person’s own address book' },
        },
      ],
    },
    { name: 'label', type: 'text', admin: { description: 'e.g. Head office, Warehouse 2; defaults to street and city' } },
    {
      name: 'types',
      type: 'select',
      hasMany: true,
      required: true,
      options: ADDRESS_TYPES.map((value) => ({ label: value === 'billing' ? 'Billing' : 'Shipping', value })),
    },
    {
      type: 'row',
      fields: [
        { name: 'defaultBilling', type: 'checkbox', defaultValue: false, index: true },
        { name: 'defaultShipping', type: 'checkbox', defaultValue: false, index: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'organization', type: 'text' },
        { name: 'firstName', type: 'text' },
        { name: 'lastName', type: 'text' },
      ],
    },
    { name: 'street', type: 'text', required: true },
    { name: 'street2', type: 'text' },
    {
      type: 'row',
      fields: [
        { name: 'postalCode', type: 'text' },
        { name: 'city', type: 'text', required: true },
        { name: 'region', type: 'text', admin: { description: 'State, province or county' } },
      ],
    },
    {
      name: 'country',
      type: 'select',
      required: true,
      options: COUNTRY_CODES.map((code) => ({ label: `${countryNames.of(code) ?? code} (${code})`, value: code })),
      hooks: { beforeValidate: [({ value }) => normalizeCountryCode(value)] },
      admin: { description: 'ISO 3166-1 alpha-2 code, e.g. US, DE, GB' },
    },
    { name: 'phone', type: 'text' },
  ],
}
