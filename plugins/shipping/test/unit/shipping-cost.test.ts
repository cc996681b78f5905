import { describe, expect, it } from 'vitest'

import { shippingCost, totalWeight } from '../../rules/shipping-cost'

const rate = { baseAmount: 500n, perKgAmount: 120n, freeAbove: 10000n }

describe('totalWeight sums unit weight × quantity', () => {
  it('adds lines and ignores products without a weight', () => {
    // 0.35 kg × 12 + 1.8 kg × 2 + unknown × 50 = 7.8 kg
    const weight = totalWeight(
      [
        { unitWeight: 350000n, quantity: 12000n },
        { unitWeight: 1800000n, quantity: 2000n },
        { unitWeight: null, quantity: 50000n },
      ],
      3,
    )
    expect(weight).toBe(7800000n)
  })

  it('keeps fractional quantities exact (0.125 kg × 2.5 = 0.3125 kg)', () => {
    expect(totalWeight([{ unitWeight: 125000n, quantity: 2500n }], 3)).toBe(312500n)
  })
})

describe('shippingCost', () => {
  it('charges the base plus the per-kg amount, rounded once on the total (5.00 + 1.20 × 7.8 = 14.36)', () => {
    expect(shippingCost(rate, 7800000n, 5000n)).toBe(1436n)
  })

  it('rounds half up to the minor unit (1.20 × 0.3125 kg = 0.375 → 0.38)', () => {
    expect(shippingCost({ ...rate, baseAmount: 0n }, 312500n, 0n)).toBe(38n)
  })

  it('is free from the threshold on, not below it', () => {
    expect(shippingCost(rate, 7800000n, 10000n)).toBe(0n)
    expect(shippingCost(rate, 7800000n, 9999n)).toBe(1436n)
  })

  it('is never free without a threshold', () => {
    expect(shippingCost({ ...rate, freeAbove: null }, 0n, 1_000_000n)).toBe(500n)
  })
})
