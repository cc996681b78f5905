/**
 * Storefront access: what a logged-in customer user (collection `customer-users`) may see, for every collection that
 * holds a customer's data. The scope — the user's company, plus its subsidiaries when a role allows, and the user's
 * permissions — is loaded once per request and kept in `req.context`; access functions turn it into `Where` filters,
 * so REST lists, findByID, `where` queries, GraphQL, join fields and relationship population all see the same rows.
 *
 * Plugins holding customer data (orders, quotes, shopping lists) use `customerScopedRead('customer')`.
 */
import type { Access, PayloadRequest, Where } from 'payload'

import { storefrontScope, type RolePermissions, type StorefrontScope } from './storefront-scope'
import { sql } from '@payloadcms/db-postgres/drizzle'

import { isStaff } from './access'
import { executePrepared, preparedArray, serialIdOf, sqlReaderOf } from './database'
import { idOf } from './ids'
import { cachedPerRequest } from './request-cache'
import type { TreeId } from './tree'

export const CUSTOMERS_SLUG = 'customers'
export const CUSTOMER_USERS_SLUG = 'customer-users'
export const CUSTOMER_USER_ROLES_SLUG = 'customer-user-roles'

/** A hierarchy deeper than this is a data error, not a company structure; the walk stops rather than loop. */
const MAX_DEPTH = 50

type CustomerUserDoc = {
  id: TreeId
  customer?: TreeId | { id: TreeId } | null
  roles?: Array<TreeId | { id: TreeId }> | null
  enabled?: boolean | null
}

export const isCustomerUser = (req: PayloadRequest): boolean => req.user?.collection === CUSTOMER_USERS_SLUG

type ScopeRow = { roles: RolePermissions[] | null; subsidiaries: TreeId[] | null }

/**
 * The user's roles' permissions and, when one of them grants `viewSubsidiaries`, every company below `root`, in one
 * statement (a recursive walk of the parent links, at most MAX_DEPTH levels, so a cycle in bad data ends): every
 * request of a customer user needs them, and the local API's find of the roles plus one find per level of the
 * hierarchy were two to five statements.
 */
async function readScopeFacts(req: PayloadRequest, roleIds: readonly TreeId[], root: TreeId): Promise<ScopeRow> {
  const reader = await sqlReaderOf(req)
  const { rows } = await executePrepared(reader, sql`
    with recursive roles as (
      select json_build_object('viewSubsidiaries', r.permissions_view_subsidiaries, 'manageUsers', r.permissions_manage_users,
        'manageAddresses', r.permissions_manage_addresses) as permissions, r.permissions_view_subsidiaries as view
      from customer_user_roles r where r.id = any(${preparedArray(roleIds.map(String), 'int')})),
    tree(id, depth) as (
      select c.id, 1 from customers c where c.parent_id = ${serialIdOf(root) ?? 0} and exists (select 1 from roles where view)
      union
      select c.id, t.depth + 1 from customers c join tree t on c.parent_id = t.id where t.depth < ${MAX_DEPTH})
    select (select json_agg(permissions) from roles) as roles,
      (select array_agg(id order by id) from (select distinct id from tree where id <> ${serialIdOf(root) ?? 0}) below) as subsidiaries`)
  return rows[0] as ScopeRow
}

async function buildScope(req: PayloadRequest, user: CustomerUserDoc): Promise<StorefrontScope> {
  const roleIds = (user.roles ?? []).map(idOf).filter((id): id is TreeId => id !== null)
  const customer = idOf(user.customer)
  const enabled = user.enabled !== false
  // a disabled user or one without a company sees nothing, whatever its roles: nothing to read
  if (!enabled || customer === null) return storefrontScope({ user: user.id, customer, enabled, roles: [], subsidiaries: [] })
  const facts = await readScopeFacts(req, roleIds, customer)
  return storefrontScope({ user: user.id, customer, enabled, roles: facts.roles ?? [], subsidiaries: facts.subsidiaries ?? [] })
}

/**
 * The logged-in customer user's scope, or null for staff and anonymous requests. The promise is cached in
 * `req.context`: field and collection access functions ask in parallel and must share one load.
 */
export function loadStorefrontScope(req: PayloadRequest): Promise<StorefrontScope | null> {
  if (!isCustomerUser(req) || !req.user) return Promise.resolve(null)
  const user = req.user as unknown as CustomerUserDoc
  return cachedPerRequest(req, `bureau:storefrontScope:${user.id}`, () => buildScope(req, user))
}

/** `path in ids`, or false (no rows) when the list is empty: PostgreSQL has no use for `in ()`. */
export const inIds = (path: string, ids: readonly TreeId[]): Where | false => (ids.length ? { [path]: { in: [...ids] } } : false)

/** Any of the filters; false when none may match. */
export function anyOf(...filters: Array<Where | false>): Where | false {
  const kept = filters.filter((filter): filter is Where => filter !== false)
  if (kept.length === 0) return false
  return kept.length === 1 ? kept[0] : { or: kept }
}

/**
 * Read access for a collection of customer data: staff read everything (role levels refine that elsewhere), a
 * customer user reads the rows whose `customerPath` is a company in its scope, anonymous visitors nothing.
 */
export const customerScopedRead =
  (customerPath = 'customer'): Access =>
  async ({ req }) => {
    if (isStaff(req)) return true
    const scope = await loadStorefrontScope(req)
    return scope ? inIds(customerPath, scope.customers) : false
  }
