/**
 * Access helpers shared by collections and plugins. The per-role, per-level access builder grows here (see the core
 * model issue); for now: who is staff, and who is an administrator.
 */
import type { Access, PayloadRequest } from 'payload'

export const STAFF_COLLECTION = 'users'

type RoleDoc = { id: number | string; code?: string; administrator?: boolean | null }

export const isStaff = (req: PayloadRequest): boolean => req.user?.collection === STAFF_COLLECTION

/**
 * The roles of the logged-in staff user, loaded once per request. req.user carries role ids only (GraphQL
 * authenticates at depth 0), so we read them ourselves rather than rely on population.
 */
export async function loadUserRoles(req: PayloadRequest): Promise<RoleDoc[]> {
  if (!isStaff(req) || !req.user) return []
  const cacheKey = 'bureau:userRoles'
  const cached = req.context[cacheKey] as RoleDoc[] | undefined
  if (cached) return cached
  const refs = ((req.user as { roles?: Array<number | string | RoleDoc> | null }).roles ?? []).map((role) =>
    typeof role === 'object' ? role.id : role,
  )
  const roles = refs.length
    ? ((
        await req.payload.find({
          collection: 'roles' as never,
          where: { id: { in: refs } },
          depth: 0,
          limit: refs.length,
          pagination: false,
          overrideAccess: true,
          req,
        })
      ).docs as unknown as RoleDoc[])
    : []
  req.context[cacheKey] = roles
  return roles
}

export const isAdministrator = async (req: PayloadRequest): Promise<boolean> =>
  (await loadUserRoles(req)).some((role) => role.administrator === true)

export const staffOnly: Access = ({ req }) => isStaff(req)
export const administratorsOnly: Access = ({ req }) => isAdministrator(req)
export const anyone: Access = () => true
