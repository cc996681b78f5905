import { describe, expect, it } from 'vitest'

import { isRestricted, restrictedFields, type RoleWithFieldRules } from '../../src/kit/field-rules'

const readProducts = { collection: 'products', read: 'global', update: 'global' } as const

const sales: RoleWithFieldRules = {
  permissions: [readProducts],
  fieldRules: [
    { collection: 'products', field: 'costPrice', effect: 'hidden' },
    { collection: 'products', field: 'basePrices', effect: 'readOnly' },
    { collection: 'orders', field: 'status', effect: 'hidden' },
  ],
}

describe('restrictedFields for one role', () => {
  it('hides hidden fields from reads but not read-only ones', () => {
    expect(restrictedFields([sales], 'products', 'read')).toEqual(['costPrice'])
  })

  it('blocks hidden and read-only fields from writes', () => {
    expect(restrictedFields([sales], 'products', 'update')).toEqual(['basePrices', 'costPrice'])
    expect(restrictedFields([sales], 'products', 'create')).toEqual([])
  })

  it('only counts rules of the collection asked about, and only when the role grants the action there', () => {
    // sales grants nothing on orders, so its orders rule has no say (collection access denies anyway).
    expect(restrictedFields([sales], 'orders', 'read')).toEqual([])
  })
})

describe('restrictedFields across roles: the most permissive wins', () => {
  it('reveals a field another granting role does not hide', () => {
    const catalog: RoleWithFieldRules = { permissions: [readProducts], fieldRules: [] }
    expect(restrictedFields([sales, catalog], 'products', 'read')).toEqual([])
  })

  it('does not let a role without grants on the collection reveal anything', () => {
    const warehouse: RoleWithFieldRules = { permissions: [{ collection: 'orders', read: 'global' }], fieldRules: [] }
    expect(restrictedFields([sales, warehouse], 'products', 'read')).toEqual(['costPrice'])
  })

  it('keeps the narrower path both roles restrict when one hides a whole array and the other one field in it', () => {
    const other: RoleWithFieldRules = {
      permissions: [readProducts],
      fieldRules: [{ collection: 'products', field: 'basePrices.amount', effect: 'hidden' }],
    }
    expect(restrictedFields([sales, other], 'products', 'update')).toEqual(['basePrices.amount'])
    expect(restrictedFields([sales, other], 'products', 'read')).toEqual([])
  })

  it('lifts every restriction for an administrator', () => {
    expect(restrictedFields([sales, { administrator: true }], 'products', 'update')).toEqual([])
  })
})

describe('isRestricted', () => {
  it('covers the path itself and everything inside it, not a field that merely starts the same', () => {
    expect(isRestricted(['basePrices'], 'basePrices')).toBe(true)
    expect(isRestricted(['basePrices'], 'basePrices.amount')).toBe(true)
    expect(isRestricted(['basePrices'], 'basePricesNote')).toBe(false)
    expect(isRestricted(['basePrices.amount'], 'basePrices')).toBe(false)
  })
})
