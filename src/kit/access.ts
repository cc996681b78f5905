/**
 * Access helpers shared by collections and plugins: who is staff, who is an administrator, and the roles of the
 * logged-in staff user. Per-role access levels and field rules build on these (secured-collections.ts).
 */
import type { Access, PayloadRequest } from 'payload'

import type { PermissionGrant } from './access-levels'
import type { FieldRule } from './field-rules'
import { idOf, type Id } from './ids'
import { cachedPerRequest } from './request-cache'

export const STAFF_COLLECTION = 'users'

export type RoleDoc = {
  id: number | string
  code?: string
  administrator?: boolean | null
  permissions?: PermissionGrant[] | null
  fieldRules?: FieldRule[] | null
}

export const isStaff = (req: PayloadRequest): boolean => req.user?.collection === STAFF_COLLECTION

/**
 * The roles of the logged-in staff user, loaded once per request. req.user carries role ids only (GraphQL
 * authenticates at depth 0), so we read them ourselves rather than rely on population.
 */
export function loadUserRoles(req: PayloadRequest): Promise<RoleDoc[]> {
  if (!isStaff(req) || !req.user) return Promise.resolve([])
  // The promise itself is cached: field access functions ask in parallel, and must share one query.
  const refs = ((req.user as { roles?: unknown[] | null }).roles ?? []).map(idOf).filter((id): id is Id => id !== null)
  return cachedPerRequest(req, 'bureau:userRoles', async () => {
    if (!refs.length) return []
    const result = await req.payload.find({
      collection: 'roles' as never,
      where: { id: { in: refs } },
      depth: 0,
      limit: refs.length,
      pagination: false,
      overrideAccess: true,
      req,
    })
    return result.docs as unknown as RoleDoc[]
  })
}

export const isAdministrator = async (req: PayloadRequest): Promise<boolean> =>
  (await loadUserRoles(req)).some((role) => role.administrator === true)

export const staffOnly: Access = ({ req }) => isStaff(req)
export const administratorsOnly: Access = ({ req }) => isAdministrator(req)
export const anyone: Access = () => true
