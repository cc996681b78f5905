/**
 * Staff access levels (pure, no Payload import). A role grants, per secured collection and action, one level; this
 * rule turns the grants of all of a user's roles into what Payload's access functions return: `true` (every row),
 * `false` (nothing) or a filter on the `owner` and `businessUnit` every secured document carries.
 *
 * Levels are cumulative, narrowest first — each one sees everything the one before it sees:
 * - none: nothing;
 * - own: documents the user owns (`owner`, plus the collection's declared owner fields: a task's assignee and
 *   creator, see `declareOwnerFields`);
 * - businessUnit: + documents of the user's business units;
 * - division: + documents of the units below them, however deep;
 * - organization: + documents of every unit under the same root unit as one of the user's units, and documents
 *   that belong to no unit (written by the system or a storefront, which belong to the organization as a whole);
 * - global: every document, whatever its unit.
 * With several roles, the most permissive level wins (roles add rights, never take them away).
 */
import { descendantsOf, rootOf, type TreeId, type TreeNode } from './tree'

export const ACCESS_LEVELS = ['none', 'own', 'businessUnit', 'division', 'organization', 'global'] as const
export type AccessLevel = (typeof ACCESS_LEVELS)[number]

export const ACCESS_ACTIONS = ['read', 'create', 'update', 'delete'] as const
export type AccessAction = (typeof ACCESS_ACTIONS)[number]

export const ACCESS_LEVEL_LABELS: Record<AccessLevel, string> = {
  none: 'None',
  own: 'Own',
  businessUnit: 'Business unit',
  division: 'Division',
  organization: 'Organization',
  global: 'Global',
}

/** One row of a role's permission matrix. */
export type PermissionGrant = { collection: string } & Partial<Record<AccessAction, AccessLevel | null>>

export type RoleGrants = { administrator?: boolean | null; permissions?: readonly PermissionGrant[] | null }

/** Who is asking, with the unit sets the levels need (worked out from the unit tree by the caller). */
export type StaffContext = {
  userId: TreeId
  /** the user's own business units */
  unitIds: readonly TreeId[]
  /** the user's units and every unit below them */
  divisionUnitIds: readonly TreeId[]
  /** every unit under the roots of the user's units */
  organizationUnitIds: readonly TreeId[]
}

const distinct = (ids: readonly TreeId[]) => [...new Map(ids.map((id) => [String(id), id])).values()]

/**
 * The unit sets of a user, from the whole unit tree and the user's own units. Units that no longer exist are
 * ignored, so a deleted unit grants nothing.
 */
export function staffContext(units: readonly TreeNode[], userId: TreeId, userUnitIds: readonly TreeId[]): StaffContext {
  const existing = new Set(units.map((unit) => String(unit.id)))
  const unitIds = distinct(userUnitIds.filter((id) => existing.has(String(id))))
  const divisionUnitIds = distinct(unitIds.flatMap((id) => [id, ...descendantsOf(units, id)]))
  const roots = distinct(unitIds.map((id) => rootOf(units, id)))
  const organizationUnitIds = distinct(roots.flatMap((root) => [root, ...descendantsOf(units, root)]))
  return { userId, unitIds, divisionUnitIds, organizationUnitIds }
}

/** Field names the filter uses; every secured collection has both. */
export const OWNER_FIELD = 'owner'
export const BUSINESS_UNIT_FIELD = 'businessUnit'

/**
 * Fields besides `owner` that make a document the user's own, per collection (a task is its assignee's and its
 * creator's). Declared by the plugin that owns the collection while the config is built, so every process of the
 * same config knows the same fields; a field is declared once however often the config is built.
 */
const extraOwnerFields = new Map<string, readonly string[]>()

export function declareOwnerFields(collection: string, fields: readonly string[]): void {
  const known = extraOwnerFields.get(collection) ?? []
  extraOwnerFields.set(collection, [...known, ...fields.filter((field) => field !== OWNER_FIELD && !known.includes(field))])
}

/** `owner` and the collection's declared owner fields. */
export const ownerFieldsOf = (collection: string): readonly string[] => [OWNER_FIELD, ...(extraOwnerFields.get(collection) ?? [])]

type Condition = { equals: TreeId } | { in: TreeId[] } | { exists: false }
export type LevelFilter = { or: Array<Record<string, Condition>> }

const rank = (level: AccessLevel) => ACCESS_LEVELS.indexOf(level)

const isLevel = (value: unknown): value is AccessLevel => ACCESS_LEVELS.includes(value as AccessLevel)

/** The most permissive level any of the roles grants for the collection and action; `none` when none does. */
export function grantedLevel(roles: readonly RoleGrants[], collection: string, action: AccessAction): AccessLevel {
  let best: AccessLevel = 'none'
  for (const role of roles) {
    if (role.administrator) return 'global'
    for (const grant of role.permissions ?? []) {
      const level = grant[action]
      if (grant.collection === collection && isLevel(level) && rank(level) > rank(best)) best = level
    }
  }
  return best
}

/** What one level lets the user reach: `true`, `false`, or a filter on the owner fields and business unit. */
export function levelFilter(level: AccessLevel, context: StaffContext, ownerFields: readonly string[] = [OWNER_FIELD]): boolean | LevelFilter {
  if (level === 'none') return false
  if (level === 'global') return true
  const or: LevelFilter['or'] = ownerFields.map((field) => ({ [field]: { equals: context.userId } }))
  const unitsByLevel: Partial<Record<AccessLevel, readonly TreeId[]>> = {
    businessUnit: context.unitIds,
    division: context.divisionUnitIds,
    organization: context.organizationUnitIds,
  }
  const units = unitsByLevel[level] ?? []
  // `in: []` would be rejected or match nothing depending on the database: leave the condition out instead.
  if (units.length > 0) or.push({ [BUSINESS_UNIT_FIELD]: { in: distinct(units) } })
  if (level === 'organization') or.push({ [BUSINESS_UNIT_FIELD]: { exists: false } })
  return { or }
}

/**
 * The access result for a read, update or delete: the filter of the most permissive level granted. Creating is a
 * yes/no question (the new document is stamped with the creator and their unit, so it is always within reach of
 * any level above none): see `mayCreate`.
 */
export function accessFilter(
  roles: readonly RoleGrants[],
  collection: string,
  action: Exclude<AccessAction, 'create'>,
  context: StaffContext,
): boolean | LevelFilter {
  return levelFilter(grantedLevel(roles, collection, action), context, ownerFieldsOf(collection))
}

export const mayCreate = (roles: readonly RoleGrants[], collection: string): boolean => grantedLevel(roles, collection, 'create') !== 'none'
