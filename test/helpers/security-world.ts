/**
 * A small organization for staff security tests, written through the local API:
 *
 *     root "HQ"                other "Partner" (a second organization)
 *     /        \
 *   a "A"      b "B"
 *     |
 *   a1 "A1"
 *
 * plus helpers to make roles (a level per collection and action) and staff users in given units.
 */
import type { Payload } from 'payload'

import type { AccessLevel, PermissionGrant } from '../../src/kit/access-levels'
import type { FieldRule } from '../../src/kit/field-rules'

const local = { overrideAccess: true, depth: 0 } as const

export const PASSWORD = 'staff-password'

export type Units = Record<'root' | 'a' | 'a1' | 'b' | 'other', number>

export async function createUnits(payload: Payload): Promise<Units> {
  const unit = async (code: string, parent?: number) =>
    (await payload.create({ collection: 'business-units', data: { name: code.toUpperCase(), code, parent }, ...local })).id
  const root = await unit('hq')
  const a = await unit('a', root)
  const a1 = await unit('a1', a)
  const b = await unit('b', root)
  const other = await unit('partner')
  return { root, a, a1, b, other }
}

/** The same level for every action on each of the collections. */
export const everyAction = (level: AccessLevel, collections: readonly string[]): PermissionGrant[] =>
  collections.map((collection) => ({ collection, read: level, create: level, update: level, delete: level }))

export async function createRole(payload: Payload, code: string, permissions: PermissionGrant[], fieldRules: FieldRule[] = []) {
  return payload.create({
    collection: 'roles',
    data: { name: code, code, permissions: permissions as never, fieldRules: fieldRules as never },
    ...local,
  })
}

export async function createStaffUser(payload: Payload, email: string, units: number[], roles: number[]) {
  return payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, name: email.split('@')[0], businessUnits: units, roles },
    ...local,
  })
}
