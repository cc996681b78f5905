/**
 * What a storefront customer user may do to customer users: refuse logins of disabled accounts, and keep a
 * customer administrator's changes inside the companies it manages. Staff pass through untouched.
 */
import {
  APIError,
  Forbidden,
  type CollectionBeforeChangeHook,
  type CollectionBeforeLoginHook,
  type CollectionBeforeValidateHook,
} from 'payload'

import { loadStorefrontScope } from '../../../src/kit/storefront'
import { mayAssignUserToCustomer } from '../rules/storefront-writes'
import { idOf } from '../../../src/kit/ids'

export const refuseDisabledLogin: CollectionBeforeLoginHook = ({ user }) => {
  if ((user as { enabled?: boolean | null }).enabled === false) {
    throw new APIError('This customer user is disabled. Ask your company administrator to enable it.', 403, undefined, true)
  }
  return user
}

/** A customer administrator creating a colleague without naming the company means its own company. */
export const defaultCustomerToCreator: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data || data.customer) return data
  const scope = await loadStorefrontScope(req)
  return scope?.customer ? { ...data, customer: scope.customer } : data
}

/** A customer administrator may put users only into companies it sees (its own, its subsidiaries where allowed). */
export const keepUsersInManagedCompanies: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const scope = await loadStorefrontScope(req)
  if (!scope) return data
  const customer = idOf(data.customer)
  const changed = operation === 'create' || String(customer) !== String(idOf(originalDoc?.customer))
  if (changed && !mayAssignUserToCustomer(scope, customer as number | string | null)) throw new Forbidden(req.t)
  return data
}
