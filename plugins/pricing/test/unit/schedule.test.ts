import { describe, expect, it } from 'vitest'

import { isListActive } from '../../rules/schedule'

const at = (iso: string) => new Date(iso)

describe('isListActive: the active flag and the schedule', () => {
  it('is active without a schedule unless switched off', () => {
    expect(isListActive({ active: true }, at('2026-01-01T00:00:00Z'))).toBe(true)
    expect(isListActive({ active: false }, at('2026-01-01T00:00:00Z'))).toBe(false)
  })

  it('is active inside a period: from its start (included) to its end (excluded), open ends allowed', () => {
    const list = { active: true, schedule: [{ activeAt: '2026-03-01T00:00:00Z', deactivateAt: '2026-04-01T00:00:00Z' }, { activeAt: '2026-12-01T00:00:00Z' }] }
    expect(isListActive(list, at('2026-02-28T23:59:59Z'))).toBe(false)
    expect(isListActive(list, at('2026-03-01T00:00:00Z'))).toBe(true)
    expect(isListActive(list, at('2026-04-01T00:00:00Z'))).toBe(false)
    expect(isListActive(list, at('2027-06-01T00:00:00Z'))).toBe(true)
  })

  it('stays off when switched off even inside a period', () => {
    expect(isListActive({ active: false, schedule: [{ activeAt: '2020-01-01T00:00:00Z' }] }, at('2026-01-01T00:00:00Z'))).toBe(false)
  })
})
