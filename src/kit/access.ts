/**
 * Access helpers shared by collections and plugins: who is staff, who is an administrator, and the roles of the
 * logged-in staff user. Per-role access levels and field rules build on these (secured-collections.ts).
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Access, PayloadRequest } from 'payload'

import type { PermissionGrant } from './access-levels'
import type { AuthReadCompanion } from './auth-user-rows'
import { executePrepared, preparedArray, sqlReaderOf } from './database'
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

const rolesKey = (user: Id) => `bureau:userRoles:${user}`

/**
 * The roles of the logged-in staff user, loaded once per request: usually read with the user already, by the request's
 * authentication (`userRolesAlongside`). req.user carries role ids only (GraphQL authenticates at depth 0), so we read
 * them ourselves rather than rely on population.
 */
export function loadUserRoles(req: PayloadRequest): Promise<RoleDoc[]> {
  if (!isStaff(req) || !req.user) return Promise.resolve([])
  // The promise itself is cached: field access functions ask in parallel, and must share one query.
  const refs = ((req.user as { roles?: unknown[] | null }).roles ?? []).map(idOf).filter((id): id is Id => id !== null)
  return cachedPerRequest(req, rolesKey(req.user.id), async () => (refs.length ? readRoles(req, refs) : []))
}

/** A role and its two arrays, over the role row `r`. */
const ROLE_COLUMNS = `r.id, r.code, r.administrator,
      coalesce((select json_agg(json_build_object('id', p.id, 'collection', p.collection, 'read', p.read, 'create', p."create",
                                                  'update', p.update, 'delete', p.delete) order by p._order)
                  from roles_permissions p where p._parent_id = r.id), '[]'::json) as permissions,
      coalesce((select json_agg(json_build_object('id', f.id, 'collection', f.collection, 'field', f.field, 'effect', f.effect) order by f._order)
                  from roles_field_rules f where f._parent_id = r.id), '[]'::json) as field_rules`

const roleOf = (row: Record<string, unknown>): RoleDoc => ({
  id: Number(row.id),
  code: String(row.code),
  administrator: row.administrator === true,
  permissions: row.permissions as PermissionGrant[],
  fieldRules: row.field_rules as FieldRule[],
})

/**
 * The roles and their two arrays in one statement (in the request's transaction when it has one): the local API's
 * `find` of roles by id (depth 0, no access, no hooks on roles) written as SQL, about 1.5 ms less per staff request
 * (bench/profile-price.ts). Only for a request whose authentication did not bring them (an API key, the local API).
 */
async function readRoles(req: PayloadRequest, ids: readonly Id[]): Promise<RoleDoc[]> {
  const reader = await sqlReaderOf(req)
  const { rows } = await executePrepared(reader, sql`select ${sql.raw(ROLE_COLUMNS)} from roles r where r.id = any(${preparedArray(ids, 'int')}) order by r.id`)
  return rows.map(roleOf)
}

/**
 * The staff user's roles, read in the statement that reads the user for the request's authentication
 * (auth-user-rows.ts) and kept for `loadUserRoles`: one statement fewer on every staff request. Kept under the user's
 * id, so another user's roles never stand in for the logged-in one's.
 */
export const userRolesAlongside: AuthReadCompanion = {
  select: `(select coalesce(json_agg(x order by x.id), '[]'::json) from (select ${ROLE_COLUMNS} from roles r
      where r.id in (select u.roles_id from users_rels u where u.parent_id = t.id and u.path = 'roles')) x)`,
  keep: (req, id, value) => {
    if (Array.isArray(value)) req.context[rolesKey(id)] ??= Promise.resolve((value as Array<Record<string, unknown>>).map(roleOf))
  },
}

export const isAdministrator = async (req: PayloadRequest): Promise<boolean> =>
  (await loadUserRoles(req)).some((role) => role.administrator === true)

export const staffOnly: Access = ({ req }) => isStaff(req)
export const administratorsOnly: Access = ({ req }) => isAdministrator(req)
export const anyone: Access = () => true
