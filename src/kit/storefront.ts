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
import { isStaff } from './access'
import { idOf } from './ids'
import { cachedPerRequest } from './request-cache'
import { descendantsOf, type TreeId, type TreeNode } from './tree'

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

/** Parent links of every company below `root`, one query per level of the hierarchy. */
export async function loadSubsidiaryLinks(req: PayloadRequest, root: TreeId): Promise<TreeNode[]> {
  const links: TreeNode[] = []
  const seen = new Set([String(root)])
  let frontier: TreeId[] = [root]
  for (let level = 0; frontier.length > 0 && level < MAX_DEPTH; level += 1) {
    const found = await req.payload.find({
      collection: CUSTOMERS_SLUG as never,
      where: { parent: { in: frontier } },
      select: { parent: true } as never,
      joins: false,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const children = (found.docs as unknown as Array<{ id: TreeId; parent: TreeId | null }>).filter((doc) => !seen.has(String(doc.id)))
    for (const child of children) {
      seen.add(String(child.id))
      links.push({ id: child.id, parent: child.parent })
    }
    frontier = children.map((child) => child.id)
  }
  return links
}

async function buildScope(req: PayloadRequest, user: CustomerUserDoc): Promise<StorefrontScope> {
  const roleIds = (user.roles ?? []).map(idOf).filter((id): id is TreeId => id !== null)
  const roles = roleIds.length
    ? ((
        await req.payload.find({
          collection: CUSTOMER_USER_ROLES_SLUG as never,
          where: { id: { in: roleIds } },
          depth: 0,
          pagination: false,
          overrideAccess: true,
          req,
        })
      ).docs as unknown as Array<{ permissions?: RolePermissions | null }>)
    : []
  const permissions = roles.map((role) => role.permissions ?? {})
  const customer = idOf(user.customer)
  const enabled = user.enabled !== false
  const scope = storefrontScope({ user: user.id, customer, enabled, roles: permissions, subsidiaries: [] })
  if (!scope.viewSubsidiaries || scope.customer === null) return scope
  const links = await loadSubsidiaryLinks(req, scope.customer)
  return storefrontScope({ user: user.id, customer, enabled, roles: permissions, subsidiaries: descendantsOf(links, scope.customer) })
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
