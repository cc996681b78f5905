import { describe, expect, it } from 'vitest'

import { adjustPrice, percentMultiplier } from '../../rules/adjust'

describe('percentMultiplier', () => {
  it('turns a percentage into the multiplier: +10 → 1.1, -12.5 → 0.875, 0.25 → 1.0025', () => {
    expect(['10', '-12.5', '0.25'].map(percentMultiplier)).toEqual(['1.1000', '0.8750', '1.0025'])
  })

  it('refuses a third decimal', () => {
    expect(() => percentMultiplier('1.125')).toThrow(/percent has more than 2 decimal places/)
  })
})

describe('adjustPrice', () => {
  it('raises 1.99 by 10 %: 2.189 → 2.19 at 2 decimals, 2.1890 at 4', () => {
    expect(adjustPrice('1.99', '10', 2)).toBe('2.1900')
    expect(adjustPrice('1.99', '10', 4)).toBe('2.1890')
  })

  it('lowers 12.49 by 12.5 %: 10.92875 → 10.93 half-up', () => {
    expect(adjustPrice('12.49', '-12.5', 2)).toBe('10.9300')
  })

  it('takes 100 % off to 0 and refuses more', () => {
    expect(adjustPrice('5', '-100', 2)).toBe('0.0000')
    expect(adjustPrice('5', '-101', 2)).toBeNull()
  })
})
