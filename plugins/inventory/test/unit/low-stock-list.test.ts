import { describe, expect, it } from 'vitest'

import { levelSlot } from '../../rules/level-slot'
import { byUrgency, isLow, suggestedTransferQuantity } from '../../rules/low-stock-list'

/** quantities in thousandths: 2.5 units = 2500n */
const level = (available: bigint, threshold: bigint, reorderQuantity = 0n) => ({ available, threshold, reorderQuantity })

describe('levelSlot', () => {
  it('names "no variant" as a value, so two product-level rows of one warehouse share a key the index refuses', () => {
    expect(levelSlot(12, null, 3)).toBe('12|-|3')
    expect(levelSlot(12, null, 3)).toBe(levelSlot(12, null, 3))
  })
  it('keeps a variant’s row, another warehouse and the product row apart', () => {
    expect(new Set([levelSlot(12, null, 3), levelSlot(12, 7, 3), levelSlot(12, null, 4)]).size).toBe(3)
  })
})

describe('isLow', () => {
  it('is low at the threshold (5 of 5) and below it, not above (5.001 of 5)', () => {
    expect(isLow(level(5000n, 5000n))).toBe(true)
    expect(isLow(level(-2000n, 5000n))).toBe(true)
    expect(isLow(level(5001n, 5000n))).toBe(false)
  })
})

describe('byUrgency', () => {
  it('puts the level furthest below its threshold first: 1 of 5 (4 short), −2 of 0 (2 short), 4 of 5 (1 short)', () => {
    const ordered = byUrgency([level(4000n, 5000n), level(-2000n, 0n), level(1000n, 5000n)])
    expect(ordered.map((row) => row.available)).toEqual([1000n, -2000n, 4000n])
  })
})

describe('suggestedTransferQuantity', () => {
  it('asks for the reorder quantity when the level has one (24)', () => {
    expect(suggestedTransferQuantity(level(3000n, 5000n, 24000n))).toBe(24000n)
  })
  it('otherwise lifts it one unit above its threshold: 3 of 5 → 3', () => {
    expect(suggestedTransferQuantity(level(3000n, 5000n))).toBe(3000n)
  })
  it('rounds a fractional shortfall up to whole units: 2.5 of 5 → 3.5 → 4', () => {
    expect(suggestedTransferQuantity(level(2500n, 5000n))).toBe(4000n)
  })
  it('asks for at least one unit at the threshold (5 of 5 → 1), and covers a backorder (−2 of 0 → 3)', () => {
    expect(suggestedTransferQuantity(level(5000n, 5000n))).toBe(1000n)
    expect(suggestedTransferQuantity(level(-2000n, 0n))).toBe(3000n)
  })
})
