import { describe, expect, it } from 'vitest'

import { mayAssignUserToCustomer, mayWriteAddress } from '../../collections/customers/rules/storefront-writes'
import { grants, seesCustomer, storefrontScope } from '../../src/kit/storefront-scope'

const buyer = { viewSubsidiaries: false, manageUsers: false, manageAddresses: false }
const administrator = { viewSubsidiaries: true, manageUsers: true, manageAddresses: true }

describe('storefrontScope decides which companies a customer user sees', () => {
  it('gives a buyer its own company only, even when it has subsidiaries', () => {
    const scope = storefrontScope({ user: 10, customer: 1, enabled: true, roles: [buyer], subsidiaries: [2, 3] })
    expect(scope.customers).toEqual([1])
    expect(scope).toMatchObject({ viewSubsidiaries: false, manageUsers: false, manageAddresses: false })
  })

  it('adds the subsidiaries when any role allows seeing them', () => {
    const scope = storefrontScope({ user: 10, customer: 1, enabled: true, roles: [buyer, administrator], subsidiaries: [2, 3, 4] })
    expect(scope.customers).toEqual([1, 2, 3, 4])
    expect(scope).toMatchObject({ viewSubsidiaries: true, manageUsers: true, manageAddresses: true })
  })

  it('never lists the own company twice', () => {
    expect(storefrontScope({ user: 10, customer: 1, enabled: true, roles: [administrator], subsidiaries: ['1', 2] }).customers).toEqual([1, 2])
  })

  it('sees nothing when disabled or without a company', () => {
    for (const input of [
      { user: 10, customer: 1, enabled: false },
      { user: 10, customer: null, enabled: true },
    ]) {
      const scope = storefrontScope({ ...input, roles: [administrator], subsidiaries: [2] })
      expect(scope.customers).toEqual([])
      expect(scope).toMatchObject({ customer: null, manageUsers: false, manageAddresses: false })
    }
  })

  it('grants a permission only when a role says true', () => {
    expect(grants([{ manageUsers: null }, { manageUsers: false }], 'manageUsers')).toBe(false)
    expect(grants([{}, { manageUsers: true }], 'manageUsers')).toBe(true)
    expect(grants([], 'viewSubsidiaries')).toBe(false)
  })

  it('compares company ids as text', () => {
    const scope = storefrontScope({ user: 10, customer: 1, enabled: true, roles: [], subsidiaries: [] })
    expect(seesCustomer(scope, '1')).toBe(true)
    expect(seesCustomer(scope, 2)).toBe(false)
    expect(seesCustomer(scope, null)).toBe(false)
  })
})

describe('mayWriteAddress: who may change an address', () => {
  const parentAdmin = storefrontScope({ user: 10, customer: 1, enabled: true, roles: [administrator], subsidiaries: [2] })
  const eastBuyer = storefrontScope({ user: 20, customer: 2, enabled: true, roles: [buyer], subsidiaries: [] })

  it('lets a user keep its own personal address book', () => {
    expect(mayWriteAddress(eastBuyer, { kind: 'customerUser', customerUser: 20, customerUserCustomer: 2 })).toBe(true)
  })

  it('keeps a buyer away from company addresses and colleagues’ personal ones', () => {
    expect(mayWriteAddress(eastBuyer, { kind: 'customer', customer: 2 })).toBe(false)
    expect(mayWriteAddress(eastBuyer, { kind: 'customerUser', customerUser: 21, customerUserCustomer: 2 })).toBe(false)
  })

  it('lets an administrator manage the addresses of the companies and users it sees, not others', () => {
    expect(mayWriteAddress(parentAdmin, { kind: 'customer', customer: 2 })).toBe(true)
    expect(mayWriteAddress(parentAdmin, { kind: 'customerUser', customerUser: 20, customerUserCustomer: 2 })).toBe(true)
    expect(mayWriteAddress(parentAdmin, { kind: 'customer', customer: 5 })).toBe(false)
    expect(mayWriteAddress(parentAdmin, { kind: 'customerUser', customerUser: 50, customerUserCustomer: 5 })).toBe(false)
  })

  it('lets a disabled user change nothing, not even its own addresses', () => {
    const disabled = storefrontScope({ user: 20, customer: 2, enabled: false, roles: [administrator], subsidiaries: [] })
    expect(mayWriteAddress(disabled, { kind: 'customerUser', customerUser: 20, customerUserCustomer: 2 })).toBe(false)
  })
})

describe('mayAssignUserToCustomer', () => {
  it('needs manageUsers and a company in sight', () => {
    const admin = storefrontScope({ user: 10, customer: 1, enabled: true, roles: [administrator], subsidiaries: [2] })
    expect(mayAssignUserToCustomer(admin, 2)).toBe(true)
    expect(mayAssignUserToCustomer(admin, 5)).toBe(false)
    const buyerScope = storefrontScope({ user: 20, customer: 2, enabled: true, roles: [buyer], subsidiaries: [] })
    expect(mayAssignUserToCustomer(buyerScope, 2)).toBe(false)
  })
})
