import { describe, expect, it } from 'vitest'

import type { AllocationCandidate } from '../../rules/allocation'
import { levelTotals, planReservations } from '../../rules/reservation-plan'

// quantities in thousandths: 5_000n = 5 units
const main = (available: bigint, backorderLimit = 0n): AllocationCandidate => ({ level: 1, priority: 1, available, backorderLimit })
const east = (available: bigint, backorderLimit = 0n): AllocationCandidate => ({ level: 2, priority: 2, available, backorderLimit })

describe('planReservations', () => {
  it('plans each line on its own levels', () => {
    const plan = planReservations(
      [
        { index: 0, quantity: 2_000n, candidates: [main(5_000n)] },
        { index: 1, quantity: 3_000n, candidates: [{ level: 7, priority: 1, available: 3_000n, backorderLimit: 0n }] },
      ],
      'prioritySplit',
    )
    expect(plan).toEqual({ ok: true, pieces: [{ index: 0, level: 1, quantity: 2_000n }, { index: 1, level: 7, quantity: 3_000n }] })
  })

  it('deducts what an earlier line planned: Main 5 and East 8, lines of 4 and 6 → 4 Main, then 1 Main + 5 East', () => {
    const plan = planReservations(
      [
        { index: 2, quantity: 4_000n, candidates: [main(5_000n), east(8_000n)] },
        { index: 0, quantity: 6_000n, candidates: [main(5_000n), east(8_000n)] },
      ],
      'prioritySplit',
    )
    expect(plan).toEqual({
      ok: true,
      pieces: [
        { index: 2, level: 1, quantity: 4_000n },
        { index: 0, level: 1, quantity: 1_000n },
        { index: 0, level: 2, quantity: 5_000n },
      ],
    })
  })

  it('names the first line that cannot be served, with what is left for it after the lines before it', () => {
    // 10 units: the first line takes 7, the second asks for 4 of the 3 left
    const plan = planReservations(
      [
        { index: 1, quantity: 7_000n, candidates: [main(10_000n)] },
        { index: 0, quantity: 4_000n, candidates: [main(10_000n)] },
      ],
      'prioritySplit',
    )
    expect(plan).toEqual({ ok: false, index: 0, available: 3_000n })
  })

  it('shares a backorder limit between lines: limit 2 below an empty level serves 1 + 1, not a third', () => {
    const lines = [0, 1, 2].map((index) => ({ index, quantity: 1_000n, candidates: [main(0n, 2_000n)] }))
    expect(planReservations(lines.slice(0, 2), 'prioritySplit')).toMatchObject({ ok: true })
    expect(planReservations(lines, 'prioritySplit')).toEqual({ ok: false, index: 2, available: 0n })
  })

  it('ship complete: a second line moves to East when Main no longer holds it whole (5 at Main, lines of 3 and 3)', () => {
    const plan = planReservations(
      [
        { index: 0, quantity: 3_000n, candidates: [main(5_000n), east(8_000n)] },
        { index: 1, quantity: 3_000n, candidates: [main(5_000n), east(8_000n)] },
      ],
      'shipComplete',
    )
    expect(plan).toEqual({ ok: true, pieces: [{ index: 0, level: 1, quantity: 3_000n }, { index: 1, level: 2, quantity: 3_000n }] })
  })

  it('plans on the candidates as given: after a refusal the caller passes the levels as they are now', () => {
    expect(planReservations([{ index: 0, quantity: 2_000n, candidates: [main(1_500n), east(600n)] }], 'prioritySplit')).toEqual({
      ok: true,
      pieces: [
        { index: 0, level: 1, quantity: 1_500n },
        { index: 0, level: 2, quantity: 500n },
      ],
    })
  })
})

describe('levelTotals', () => {
  it('sums the pieces per level, by numeric level id (the order the statement locks them in)', () => {
    const pieces = [
      { index: 0, level: 10, quantity: 1_000n },
      { index: 1, level: 9, quantity: 2_000n },
      { index: 2, level: 10, quantity: 500n },
    ]
    expect(levelTotals(pieces)).toEqual([
      { level: 9, quantity: 2_000n },
      { level: 10, quantity: 1_500n },
    ])
  })
})
