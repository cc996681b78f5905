import { describe, expect, it } from 'vitest'

import { accessFilter, declareOwnerFields, grantedLevel, levelFilter, mayCreate, ownerFieldsOf, staffContext, type RoleGrants } from '../../src/kit/access-levels'

/**
 *     1 HQ            20 Partner (another root)
 *    /    \              |
 *  2 A    3 B          21 P1
 *   |
 *  4 A1
 *   |
 *  5 A1x
 */
const units = [{ id: 1 }, { id: 2, parent: 1 }, { id: 3, parent: 1 }, { id: 4, parent: 2 }, { id: 5, parent: 4 }, { id: 20 }, { id: 21, parent: 20 }]

const inA = staffContext(units, 7, [2])

describe('staffContext works out the unit sets from the tree', () => {
  it('takes the division as the units and everything below them', () => {
    expect(inA).toEqual({ userId: 7, unitIds: [2], divisionUnitIds: [2, 4, 5], organizationUnitIds: [1, 2, 3, 4, 5] })
  })

  it('spans two organizations for a user in units under two roots, without repeating a unit', () => {
    const context = staffContext(units, 8, [4, 21, 5])
    expect(context.unitIds).toEqual([4, 21, 5])
    expect(context.divisionUnitIds).toEqual([4, 5, 21])
    expect(context.organizationUnitIds).toEqual([1, 2, 3, 4, 5, 20, 21])
  })

  it('ignores units that no longer exist and gives a user without units empty sets', () => {
    expect(staffContext(units, 9, [99])).toEqual({ userId: 9, unitIds: [], divisionUnitIds: [], organizationUnitIds: [] })
  })
})

describe('levelFilter turns a level into an access result', () => {
  it('denies at none and allows everything at global', () => {
    expect(levelFilter('none', inA)).toBe(false)
    expect(levelFilter('global', inA)).toBe(true)
  })

  it('limits own to the documents the user owns', () => {
    expect(levelFilter('own', inA)).toEqual({ or: [{ owner: { equals: 7 } }] })
  })

  it('adds the user’s units at businessUnit, their sub-units at division', () => {
    expect(levelFilter('businessUnit', inA)).toEqual({ or: [{ owner: { equals: 7 } }, { businessUnit: { in: [2] } }] })
    expect(levelFilter('division', inA)).toEqual({ or: [{ owner: { equals: 7 } }, { businessUnit: { in: [2, 4, 5] } }] })
  })

  it('adds the whole organization and the documents of no unit at organization', () => {
    expect(levelFilter('organization', inA)).toEqual({
      or: [{ owner: { equals: 7 } }, { businessUnit: { in: [1, 2, 3, 4, 5] } }, { businessUnit: { exists: false } }],
    })
  })

  it('falls back to the user’s own documents when the user has no unit, never to an empty `in`', () => {
    const loner = staffContext(units, 9, [])
    expect(levelFilter('businessUnit', loner)).toEqual({ or: [{ owner: { equals: 9 } }] })
    expect(levelFilter('division', loner)).toEqual({ or: [{ owner: { equals: 9 } }] })
    expect(levelFilter('organization', loner)).toEqual({ or: [{ owner: { equals: 9 } }, { businessUnit: { exists: false } }] })
  })
})

describe('grantedLevel picks the most permissive grant across roles', () => {
  const sales: RoleGrants = {
    permissions: [
      { collection: 'orders', read: 'division', create: 'own', update: 'own', delete: 'none' },
      { collection: 'customers', read: 'organization' },
    ],
  }
  const clerk: RoleGrants = { permissions: [{ collection: 'orders', read: 'own', update: 'businessUnit' }] }

  it('reads one role’s grant per action, none when the action or collection is missing', () => {
    expect(grantedLevel([sales], 'orders', 'read')).toBe('division')
    expect(grantedLevel([sales], 'orders', 'delete')).toBe('none')
    expect(grantedLevel([sales], 'customers', 'update')).toBe('none')
    expect(grantedLevel([sales], 'products', 'read')).toBe('none')
  })

  it('takes the wider level of two roles, per action', () => {
    expect(grantedLevel([sales, clerk], 'orders', 'read')).toBe('division')
    expect(grantedLevel([sales, clerk], 'orders', 'update')).toBe('businessUnit')
    expect(grantedLevel([clerk, sales], 'orders', 'update')).toBe('businessUnit')
  })

  it('gives an administrator role global on everything, secured or not', () => {
    expect(grantedLevel([clerk, { administrator: true }], 'products', 'delete')).toBe('global')
  })

  it('ignores levels it does not know and users without roles get nothing', () => {
    expect(grantedLevel([{ permissions: [{ collection: 'orders', read: 'everything' as never }] }], 'orders', 'read')).toBe('none')
    expect(grantedLevel([], 'orders', 'read')).toBe('none')
  })
})

describe('accessFilter and mayCreate', () => {
  const roles: RoleGrants[] = [{ permissions: [{ collection: 'orders', read: 'businessUnit', create: 'own', update: 'none' }] }]

  it('returns the filter of the granted level for read, update and delete', () => {
    expect(accessFilter(roles, 'orders', 'read', inA)).toEqual({ or: [{ owner: { equals: 7 } }, { businessUnit: { in: [2] } }] })
    expect(accessFilter(roles, 'orders', 'update', inA)).toBe(false)
    expect(accessFilter(roles, 'orders', 'delete', inA)).toBe(false)
  })

  it('lets a user create from the own level up, since the new document is stamped with the creator', () => {
    expect(mayCreate(roles, 'orders')).toBe(true)
    expect(mayCreate(roles, 'customers')).toBe(false)
  })
})

describe('declared owner fields widen `own`', () => {
  const roles: RoleGrants[] = [{ permissions: [{ collection: 'probe-owned-twice', read: 'own' }, { collection: 'probe-plain', read: 'own' }] }]

  it('matches owner or any declared field at own, and keeps the unit conditions of wider levels', () => {
    declareOwnerFields('probe-owned-twice', ['assignee', 'creator'])
    expect(accessFilter(roles, 'probe-owned-twice', 'read', inA)).toEqual({
      or: [{ owner: { equals: 7 } }, { assignee: { equals: 7 } }, { creator: { equals: 7 } }],
    })
    expect(levelFilter('businessUnit', inA, ownerFieldsOf('probe-owned-twice'))).toEqual({
      or: [{ owner: { equals: 7 } }, { assignee: { equals: 7 } }, { creator: { equals: 7 } }, { businessUnit: { in: [2] } }],
    })
  })

  it('declares a field once however often the config is built, and leaves other collections on owner alone', () => {
    declareOwnerFields('probe-owned-twice', ['assignee', 'owner'])
    expect(ownerFieldsOf('probe-owned-twice')).toEqual(['owner', 'assignee', 'creator'])
    expect(accessFilter(roles, 'probe-plain', 'read', inA)).toEqual({ or: [{ owner: { equals: 7 } }] })
  })
})
