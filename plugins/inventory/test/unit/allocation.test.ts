import { describe, expect, it } from 'vitest'

import { allocate, type AllocationCandidate } from '../../rules/allocation'

// quantities in thousandths: 5_000n = 5 units
const main: AllocationCandidate = { level: 1, priority: 1, available: 5_000n, backorderLimit: 0n }
const east: AllocationCandidate = { level: 2, priority: 2, available: 8_000n, backorderLimit: 0n }
const west: AllocationCandidate = { level: 3, priority: 3, available: 0n, backorderLimit: 4_000n }

describe('allocate, prioritySplit (default)', () => {
  it('serves a line from the highest-priority warehouse when it has enough', () => {
    expect(allocate(3_000n, [east, main], 'prioritySplit')).toEqual({ pieces: [{ level: 1, quantity: 3_000n }], shortfall: 0n, available: 13_000n })
  })

  it('splits 9 units as 5 from Main and 4 from East', () => {
    expect(allocate(9_000n, [main, east], 'prioritySplit').pieces).toEqual([{ level: 1, quantity: 5_000n }, { level: 2, quantity: 4_000n }])
  })

  it('takes stock everywhere before backordering: 15 = 5 Main + 8 East + 2 backordered at West', () => {
    expect(allocate(15_000n, [west, main, east], 'prioritySplit').pieces).toEqual([
      { level: 1, quantity: 5_000n },
      { level: 2, quantity: 8_000n },
      { level: 3, quantity: 2_000n },
    ])
  })

  it('reports the shortfall and what is available when even backorders do not cover the line', () => {
    expect(allocate(18_000n, [main, east, west], 'prioritySplit')).toEqual({ pieces: [], shortfall: 1_000n, available: 13_000n })
  })

  it('backorders a level already below zero only down to its limit (−3 with a limit of 4 leaves room for 1)', () => {
    const below = { level: 4, priority: 1, available: -3_000n, backorderLimit: 4_000n }
    expect(allocate(1_000n, [below], 'prioritySplit').pieces).toEqual([{ level: 4, quantity: 1_000n }])
    expect(allocate(2_000n, [below], 'prioritySplit')).toMatchObject({ shortfall: 1_000n, available: 0n })
  })

  it('handles fractional quantities exactly (2.5 + 0.75)', () => {
    const a = { level: 1, priority: 1, available: 2_500n, backorderLimit: 0n }
    const b = { level: 2, priority: 2, available: 1_000n, backorderLimit: 0n }
    expect(allocate(3_250n, [a, b], 'prioritySplit').pieces).toEqual([{ level: 1, quantity: 2_500n }, { level: 2, quantity: 750n }])
  })
})

describe('allocate, shipComplete', () => {
  it('picks the first warehouse that holds the whole line: 7 units from East, never split', () => {
    expect(allocate(7_000n, [main, east], 'shipComplete').pieces).toEqual([{ level: 2, quantity: 7_000n }])
  })

  it('falls back to a warehouse that covers the line with its backorders', () => {
    expect(allocate(4_000n, [west], 'shipComplete').pieces).toEqual([{ level: 3, quantity: 4_000n }])
  })

  it('refuses when no single warehouse can ship the line, although all of them together could', () => {
    expect(allocate(10_000n, [main, east], 'shipComplete')).toEqual({ pieces: [], shortfall: 10_000n, available: 13_000n })
  })
})
