import { describe, expect, it } from 'vitest'

import { normalizeRate, rateProblem } from '../../rules/rates'

describe('rateProblem', () => {
  it('accepts percents from 0 to 100 with up to 4 decimals', () => {
    for (const rate of ['0', '19', '4.5', '8.875', '7.0625', '100']) expect(rateProblem(rate)).toBeNull()
  })
  it('refuses more decimals, negatives, above 100 and text', () => {
    expect(rateProblem('8.87501')).toMatch(/at most 4 decimals/)
    expect(rateProblem('-1')).toMatch(/between 0 and 100/)
    expect(rateProblem('100.0001')).toMatch(/between 0 and 100/)
    expect(rateProblem('19%')).toMatch(/percent/)
  })
})

describe('normalizeRate', () => {
  it('drops trailing and leading zeros so one tax has one spelling', () => {
    expect(normalizeRate('19.0000')).toBe('19')
    expect(normalizeRate('4.50')).toBe('4.5')
    expect(normalizeRate('007.25')).toBe('7.25')
    expect(normalizeRate('0.5')).toBe('0.5')
    expect(normalizeRate('0')).toBe('0')
  })
})
