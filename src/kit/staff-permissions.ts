/**
 * What a logged-in staff user may do on a secured collection, worked out once per request: loads the user's roles
 * and the business-unit tree, then asks the pure rules (access-levels.ts, field-rules.ts). Everything is cached on
 * `req.context`, so the dozens of access calls one request makes (collection, fields, populated documents) cost
 * two queries in all.
 */
import type { PayloadRequest, Where } from 'payload'

import { accessFilter, mayCreate, staffContext, type AccessAction, type LevelFilter, type StaffContext } from './access-levels'
import { isStaff, loadUserRoles } from './access'
import { restrictedFields } from './field-rules'
import { idOf } from './ids'
import { cachedPerRequest } from './request-cache'
import type { TreeId, TreeNode } from './tree'

export const BUSINESS_UNITS_SLUG = 'business-units'

/** The per-request cache key of the unit tree; a hook that moves a unit forgets it. */
export const UNIT_TREE_CACHE_KEY = 'bureau:unitTree'

/** The ids of the user's business units (the relationship may arrive populated or as ids). */
export function userUnitIds(user: unknown): TreeId[] {
  const units = (user as { businessUnits?: unknown[] | null } | null)?.businessUnits ?? []
  return units.map(idOf).filter((id): id is TreeId => id !== null)
}

/** The unit new documents of this user are stamped with: the primary unit, else the first unit, else none. */
export function userPrimaryUnit(user: unknown): TreeId | null {
  return idOf((user as { primaryBusinessUnit?: unknown } | null)?.primaryBusinessUnit) ?? userUnitIds(user)[0] ?? null
}

/** Every business unit as id + parent: small (an organization chart), read once per request. */
export const loadUnitTree = (req: PayloadRequest): Promise<TreeNode[]> =>
  cachedPerRequest(req, UNIT_TREE_CACHE_KEY, async () => {
    const { docs } = await req.payload.find({
      collection: BUSINESS_UNITS_SLUG as never,
      depth: 0,
      pagination: false,
      select: { parent: true } as never,
      overrideAccess: true,
      req,
    })
    return (docs as unknown as Array<{ id: TreeId; parent?: unknown }>).map((unit) => ({ id: unit.id, parent: idOf(unit.parent) }))
  })

const loadStaffContext = (req: PayloadRequest): Promise<StaffContext> =>
  cachedPerRequest(req, 'bureau:staffContext', async () => staffContext(await loadUnitTree(req), req.user!.id, userUnitIds(req.user)))

/**
 * The access result of a staff user for one action on a secured collection: a boolean, or a filter on `owner` and
 * `businessUnit`. Call only for staff requests; others are not governed by roles.
 */
export async function staffAccess(req: PayloadRequest, collection: string, action: AccessAction): Promise<boolean | Where> {
  if (!isStaff(req) || !req.user) return false
  const roles = await loadUserRoles(req)
  if (action === 'create') return mayCreate(roles, collection)
  if (roles.some((role) => role.administrator)) return true
  const result: boolean | LevelFilter = accessFilter(roles, collection, action, await loadStaffContext(req))
  return result as boolean | Where
}

// by collection, then action (no key string built per call: field access asks once per document and field)
type RestrictedMemo = Record<string, Partial<Record<AccessAction, readonly string[]>> | undefined>
const restrictedMemo = (req: PayloadRequest) => (req.context['bureau:restrictedFields'] ??= Object.create(null)) as RestrictedMemo

/** The field paths the staff user's roles restrict for an action on a collection (see field-rules.ts). */
export async function staffRestrictedFields(req: PayloadRequest, collection: string, action: AccessAction): Promise<readonly string[]> {
  if (!isStaff(req)) return []
  const known = knownStaffRestrictedFields(req, collection, action)
  if (known) return known
  const restricted = restrictedFields(await loadUserRoles(req), collection, action)
  const memo = restrictedMemo(req)
  ;(memo[collection] ??= Object.create(null) as Partial<Record<AccessAction, readonly string[]>>)[action] = restricted
  return restricted
}

/**
 * What `staffRestrictedFields` already settled for this request, without waiting: field access runs once per document
 * and field (24 cards × 8 fields on a listing page), and answering those synchronously once the first call has read
 * the roles spares a promise chain per call (bench/README.md, session 20).
 */
export function knownStaffRestrictedFields(req: PayloadRequest, collection: string, action: AccessAction): readonly string[] | undefined {
  return (req.context['bureau:restrictedFields'] as RestrictedMemo | undefined)?.[collection]?.[action]
}
