import { describe, expect, it } from 'vitest'

import { tierFor } from '../../rules/tiers'

const tiers = [
  { minQuantity: 1, value: '100.00' },
  { minQuantity: 10, value: '90.00' },
  { minQuantity: '2.5', value: '95.00' },
]

describe('tierFor: the largest minimum quantity ≤ the quantity', () => {
  it('pays 100 for 1 to 2.499 units, 95 from 2.5, 90 from 10 (Oro: $100 per piece, $90 from 10 pieces)', () => {
    expect(tierFor(tiers, 1_000n)?.value).toBe('100.00')
    expect(tierFor(tiers, 2_499n)?.value).toBe('100.00')
    expect(tierFor(tiers, 2_500n)?.value).toBe('95.00')
    expect(tierFor(tiers, 9_999n)?.value).toBe('95.00')
    expect(tierFor(tiers, 10_000n)?.value).toBe('90.00')
    expect(tierFor(tiers, 1_000_000n)?.value).toBe('90.00')
  })

  it('has no price below every tier', () => {
    expect(tierFor([{ minQuantity: 5, value: '1' }], 4_999n)).toBeNull()
    expect(tierFor([], 1_000n)).toBeNull()
  })
})
