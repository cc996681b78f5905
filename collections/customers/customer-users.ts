import type { Access, CollectionConfig, FieldAccess } from 'payload'

import { isStaff, staffOnly } from '../../src/kit/access'
import { withPanels } from '../../src/kit/panels'
import { anyOf, CUSTOMER_USERS_SLUG, inIds, loadStorefrontScope } from '../../src/kit/storefront'
import { defaultCustomerToCreator, keepUsersInManagedCompanies, refuseDisabledLogin } from './hooks/customer-user-guards'

/** A customer user sees itself and the users of the companies in its scope. */
const read: Access = async ({ req }) => {
  if (isStaff(req)) return true
  const scope = await loadStorefrontScope(req)
  if (!scope?.customer) return false
  return anyOf({ id: { equals: scope.user } }, inIds('customer', scope.customers))
}

/** Itself (profile, password), or with manageUsers every user of the companies in its scope. */
const update: Access = async ({ req }) => {
  if (isStaff(req)) return true
  const scope = await loadStorefrontScope(req)
  if (!scope?.customer) return false
  const self = { id: { equals: scope.user } }
  return scope.manageUsers ? anyOf(self, inIds('customer', scope.customers)) : self
}

const create: Access = async ({ req }) => isStaff(req) || Boolean((await loadStorefrontScope(req))?.manageUsers)

/** Colleagues only: a customer administrator cannot delete itself and leave the company without one. */
const remove: Access = async ({ req }) => {
  if (isStaff(req)) return true
  const scope = await loadStorefrontScope(req)
  if (!scope?.manageUsers) return false
  const colleagues = inIds('customer', scope.customers)
  return colleagues && { and: [colleagues, { id: { not_equals: scope.user } }] }
}

/** The company, roles and the enabled flag change only by staff or a customer administrator, never by the user itself. */
const managersOnly: FieldAccess = async ({ req }) => isStaff(req) || Boolean((await loadStorefrontScope(req))?.manageUsers)

/**
 * People who buy for a customer on the storefront: their own auth collection (login at /api/customer-users/login),
 * separate from staff users. What they see is decided in src/kit/storefront.ts.
 */
export const CustomerUsers: CollectionConfig = withPanels(
  {
    slug: CUSTOMER_USERS_SLUG,
    labels: { singular: 'Customer user', plural: 'Customer users' },
    auth: { depth: 0, maxLoginAttempts: 5, lockTime: 10 * 60 * 1000 },
    admin: { useAsTitle: 'email', defaultColumns: ['email', 'firstName', 'lastName', 'customer', 'roles', 'enabled'], group: 'Customers' },
    access: { read, create, update, delete: remove, unlock: staffOnly },
    hooks: {
      beforeLogin: [refuseDisabledLogin],
      beforeValidate: [defaultCustomerToCreator],
      beforeChange: [keepUsersInManagedCompanies],
    },
    fields: [
      { name: 'firstName', type: 'text', required: true },
      { name: 'lastName', type: 'text', required: true },
      {
        name: 'customer',
        type: 'relationship',
        relationTo: 'customers',
        required: true,
        index: true,
        access: { create: managersOnly, update: managersOnly },
        admin: { description: 'The company this person buys for' },
      },
      {
        name: 'roles',
        type: 'relationship',
        relationTo: 'customer-user-roles',
        hasMany: true,
        access: { create: managersOnly, update: managersOnly },
      },
      {
        name: 'enabled',
        type: 'checkbox',
        defaultValue: true,
        access: { create: managersOnly, update: managersOnly },
        admin: { position: 'sidebar', description: 'A disabled user cannot log in and sees nothing' },
      },
    ],
  },
  [
    {
      name: 'addresses',
      label: 'Addresses',
      collection: 'addresses',
      on: 'customerUser',
      defaultColumns: ['label', 'street', 'city', 'country', 'types', 'defaultBilling', 'defaultShipping'],
      description: 'Personal address book; deleted with the user',
      onDelete: 'cascade',
    },
  ],
)
