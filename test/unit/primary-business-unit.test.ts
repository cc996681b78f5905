import { describe, expect, it } from 'vitest'

import { resolvePrimaryUnit } from '../../collections/security/rules/primary-business-unit'

describe('resolvePrimaryUnit', () => {
  it('keeps a primary that is one of the units, also when the ids differ in type', () => {
    expect(resolvePrimaryUnit([3, 5], 5, true)).toEqual({ primary: 5 })
    expect(resolvePrimaryUnit([3, 5], '5', true)).toEqual({ primary: '5' })
  })

  it('refuses a primary the change sets outside the user’s units', () => {
    expect(resolvePrimaryUnit([3, 5], 7, true)).toEqual({ error: expect.stringMatching(/one of the user’s business units/) })
    expect(resolvePrimaryUnit([], 7, true)).toHaveProperty('error')
  })

  it('defaults to the first unit when none is chosen', () => {
    expect(resolvePrimaryUnit([3, 5], null, false)).toEqual({ primary: 3 })
    expect(resolvePrimaryUnit([3, 5], null, true)).toEqual({ primary: 3 })
  })

  it('moves a kept primary to the first unit once the user leaves that unit', () => {
    expect(resolvePrimaryUnit([5, 8], 3, false)).toEqual({ primary: 5 })
  })

  it('clears the primary of a user without units', () => {
    expect(resolvePrimaryUnit([], 3, false)).toEqual({ primary: null })
    expect(resolvePrimaryUnit([], null, false)).toEqual({ primary: null })
  })
})
