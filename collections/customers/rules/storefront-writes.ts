/**
 * What a storefront customer user may change in its company's address book and user list (pure, no Payload import),
 * on top of the kit's storefront scope (what it sees).
 */
import type { TreeId } from '../../../src/kit/tree'
import { seesCustomer, type StorefrontScope } from '../../../src/kit/storefront-scope'

/** The owner of an address as the write check needs it: a company, or a customer user and that user's company. */
export type AddressOwnerRef =
  | { kind: 'customer'; customer: TreeId }
  | { kind: 'customerUser'; customerUser: TreeId; customerUserCustomer: TreeId | null }

/**
 * A customer user may write a company address of a company it sees when it manages addresses; its own personal
 * addresses always; a colleague's personal addresses when it manages users of that colleague's company.
 */
export function mayWriteAddress(scope: StorefrontScope, owner: AddressOwnerRef): boolean {
  if (scope.customer === null) return false
  if (owner.kind === 'customer') return scope.manageAddresses && seesCustomer(scope, owner.customer)
  if (String(owner.customerUser) === String(scope.user)) return true
  return scope.manageUsers && seesCustomer(scope, owner.customerUserCustomer)
}

/** A customer user may put a (new or edited) user into a company only when it manages users and sees that company. */
export const mayAssignUserToCustomer = (scope: StorefrontScope, customer: TreeId | null | undefined): boolean =>
  scope.manageUsers && seesCustomer(scope, customer)
