import { describe, expect, it } from 'vitest'

import { defaultFlagErrors, defaultsToClear, ownerErrors } from '../../collections/customers/rules/addresses'
import { COUNTRY_CODES, isCountryCode, normalizeCountryCode } from '../../collections/customers/rules/countries'

describe('ownerErrors: an address has exactly one owner', () => {
  it('accepts a company or a person', () => {
    expect(ownerErrors({ customer: 1 })).toEqual([])
    expect(ownerErrors({ customerUser: 7, customer: null })).toEqual([])
  })

  it('names customer when there is no owner', () => {
    expect(ownerErrors({})).toEqual([{ path: 'customer', message: expect.stringMatching(/customer or the customer user/) }])
    expect(ownerErrors({ customer: '', customerUser: null })[0].path).toBe('customer')
  })

  it('names customerUser when both are set', () => {
    expect(ownerErrors({ customer: 1, customerUser: 7 })).toEqual([{ path: 'customerUser', message: expect.stringMatching(/not both/) }])
  })
})

describe('defaultFlagErrors: a default must be of its type', () => {
  it('accepts defaults matching the types', () => {
    expect(defaultFlagErrors({ types: ['billing', 'shipping'], defaultBilling: true, defaultShipping: true })).toEqual([])
    expect(defaultFlagErrors({ types: [], defaultBilling: false })).toEqual([])
  })

  it('refuses a default billing address that is shipping-only, and the reverse', () => {
    expect(defaultFlagErrors({ types: ['shipping'], defaultBilling: true }).map((error) => error.path)).toEqual(['defaultBilling'])
    expect(defaultFlagErrors({ types: null, defaultBilling: true, defaultShipping: true }).map((error) => error.path)).toEqual([
      'defaultBilling',
      'defaultShipping',
    ])
  })
})

describe('defaultsToClear: one default per owner and type', () => {
  const siblings = [
    { id: 1, defaultBilling: true, defaultShipping: false },
    { id: 2, defaultBilling: false, defaultShipping: true },
    { id: 3, defaultBilling: true, defaultShipping: true },
    { id: 4, defaultBilling: false, defaultShipping: false },
  ]

  it('clears the previous default billing address when a new one is saved', () => {
    expect(defaultsToClear({ id: 9, defaultBilling: true }, siblings)).toEqual({ defaultBilling: [1, 3], defaultShipping: [] })
  })

  it('clears both kinds when the saved address becomes both defaults, never itself', () => {
    expect(defaultsToClear({ id: 3, defaultBilling: true, defaultShipping: true }, siblings)).toEqual({
      defaultBilling: [1],
      defaultShipping: [2],
    })
  })

  it('clears nothing when the saved address is no default', () => {
    expect(defaultsToClear({ id: 9, defaultBilling: false, defaultShipping: null }, siblings)).toEqual({ defaultBilling: [], defaultShipping: [] })
  })
})

describe('country codes are ISO 3166-1 alpha-2', () => {
  it('holds the 249 assigned codes', () => {
    expect(COUNTRY_CODES).toHaveLength(249)
    expect(new Set(COUNTRY_CODES).size).toBe(249)
  })

  it('knows real codes and refuses look-alikes', () => {
    for (const code of ['US', 'DE', 'GB', 'CH', 'AX', 'SS']) expect(isCountryCode(code)).toBe(true)
    for (const code of ['UK', 'EU', 'XK', 'us', 'USA', '', null]) expect(isCountryCode(code)).toBe(false)
  })

  it('normalises what clients send to the stored form', () => {
    expect(normalizeCountryCode(' us ')).toBe('US')
    expect(normalizeCountryCode(42)).toBe(42)
  })
})
