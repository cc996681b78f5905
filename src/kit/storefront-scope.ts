/**
 * What a storefront customer user may see (pure, no Payload import): the kit's rule, because every collection of
 * customer data (orders, quotes, shopping lists) filters by it through `customerScopedRead`.
 * The access functions load the user's roles and the companies below its own, then ask these functions; Payload
 * turns the answer into `Where` filters, so REST, GraphQL and relationship population all see the same rows.
 */
import type { TreeId } from './tree'

export type CustomerUserPermission = 'viewSubsidiaries' | 'manageUsers' | 'manageAddresses'

export const CUSTOMER_USER_PERMISSIONS: ReadonlyArray<{ name: CustomerUserPermission; label: string; description: string }> = [
  {
    name: 'viewSubsidiaries',
    label: 'See subsidiaries’ data',
    description: 'Also see the companies below the user’s own company, their users and their addresses.',
  },
  {
    name: 'manageUsers',
    label: 'Manage users',
    description: 'Create, edit and disable the users of the companies the user sees, hand out roles and see their personal addresses.',
  },
  {
    name: 'manageAddresses',
    label: 'Manage company addresses',
    description: 'Create, edit and delete the address book of the companies the user sees.',
  },
]

export type RolePermissions = Partial<Record<CustomerUserPermission, boolean | null>>

export type StorefrontScope = {
  user: TreeId
  /** the user's own company; null when the user has none or is disabled */
  customer: TreeId | null
  /** every company whose data the user sees: its own, plus its subsidiaries when a role allows */
  customers: TreeId[]
  viewSubsidiaries: boolean
  manageUsers: boolean
  manageAddresses: boolean
}

/** A permission holds when any of the user's roles grants it. */
export function grants(roles: readonly RolePermissions[], permission: CustomerUserPermission): boolean {
  return roles.some((role) => role[permission] === true)
}

export function storefrontScope(input: {
  user: TreeId
  customer: TreeId | null | undefined
  enabled: boolean
  roles: readonly RolePermissions[]
  /** the companies below the user's own (only read when a role grants viewSubsidiaries) */
  subsidiaries: readonly TreeId[]
}): StorefrontScope {
  const customer = input.enabled && input.customer !== null && input.customer !== undefined ? input.customer : null
  if (customer === null) {
    return { user: input.user, customer: null, customers: [], viewSubsidiaries: false, manageUsers: false, manageAddresses: false }
  }
  const viewSubsidiaries = grants(input.roles, 'viewSubsidiaries')
  const customers = viewSubsidiaries ? [customer, ...input.subsidiaries.filter((id) => String(id) !== String(customer))] : [customer]
  return {
    user: input.user,
    customer,
    customers,
    viewSubsidiaries,
    manageUsers: grants(input.roles, 'manageUsers'),
    manageAddresses: grants(input.roles, 'manageAddresses'),
  }
}

export const seesCustomer = (scope: StorefrontScope, customer: TreeId | null | undefined): boolean =>
  customer !== null && customer !== undefined && scope.customers.some((id) => String(id) === String(customer))
