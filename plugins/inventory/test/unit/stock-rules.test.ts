import { describe, expect, it } from 'vitest'

import { availabilityOf } from '../../rules/availability'
import { movementDeltas, outstandingByLevel, RESERVED_KINDS, returnMovement, SHIPPED_KINDS } from '../../rules/movements'
import { planReplenishment } from '../../rules/replenishment'
import { transferBookings } from '../../rules/transfer-flow'

const level = (available: bigint, lowStockThreshold = 0n, backorderLimit = 0n, tracked = true) => ({ available, lowStockThreshold, backorderLimit, tracked })

describe('availabilityOf', () => {
  it('is inStock above the summed thresholds (12 > 5 + 5)', () => expect(availabilityOf([level(7_000n, 5_000n), level(5_000n, 5_000n)]).status).toBe('inStock'))
  it('is lowStock at the threshold (10 ≤ 10) while some is available', () => expect(availabilityOf([level(10_000n, 10_000n)]).status).toBe('lowStock'))
  it('is backorder when nothing is available but a level takes backorders', () => expect(availabilityOf([level(0n, 0n, 5_000n)]).status).toBe('backorder'))
  it('is outOfStock when a level is at its backorder limit', () => expect(availabilityOf([level(-5_000n, 0n, 5_000n)]).status).toBe('outOfStock'))
  it('is inStock for a product without tracked levels (not managed)', () => expect(availabilityOf([level(0n, 0n, 0n, false)])).toEqual({ status: 'inStock', quantity: null }))
  it('does not count a negative (backordered) level against another one', () => expect(availabilityOf([level(-2_000n), level(3_000n, 1_000n)])).toEqual({ status: 'inStock', quantity: 3_000n }))
})

describe('movementDeltas', () => {
  it.each([
    ['receipt', 4_000n, 0n],
    ['reservation', 0n, 4_000n],
    ['release', 0n, -4_000n],
    ['shipment', -4_000n, -4_000n],
    ['return', 4_000n, 0n],
    ['return-damaged', 0n, 0n],
    ['return-broken', 0n, 0n],
    ['transfer-out', -4_000n, 0n],
    ['transfer-in', 4_000n, 0n],
  ] as const)('%s of 4 changes on hand by %s and reserved by %s', (kind, onHand, reserved) => {
    expect(movementDeltas(kind, 4_000n)).toEqual({ onHand, reserved })
  })

  it('an adjustment carries its sign (−3 writes three off)', () => expect(movementDeltas('adjustment', -3_000n)).toEqual({ onHand: -3_000n, reserved: 0n }))
  it('a return follows its disposition', () => expect([returnMovement('restock'), returnMovement('damaged'), returnMovement('broken'), returnMovement(null)]).toEqual(['return', 'return-damaged', 'return-broken', 'return']))
})

describe('outstandingByLevel', () => {
  const movements = [
    { level: '1', kind: 'reservation' as const, quantity: 5_000n },
    { level: '2', kind: 'reservation' as const, quantity: 2_000n },
    { level: '1', kind: 'shipment' as const, quantity: 5_000n },
    { level: '1', kind: 'return-damaged' as const, quantity: 1_000n },
  ]
  it('what a line still holds: level 2 only, level 1 shipped', () => expect(outstandingByLevel(movements, RESERVED_KINDS)).toEqual(new Map([['2', 2_000n]])))
  it('what it shipped and has not had back: 4 of 5 at level 1', () => expect(outstandingByLevel(movements, SHIPPED_KINDS)).toEqual(new Map([['1', 4_000n]])))
})

describe('planReplenishment', () => {
  const sources = [
    { level: 2, warehouse: 20, available: 30_000n, reorderPoint: 10_000n },
    { level: 3, warehouse: 30, available: 50_000n, reorderPoint: 45_000n },
  ]
  it('transfers from the warehouse with the most surplus above its reorder point (20 over 5)', () => {
    expect(planReplenishment(15_000n, sources)).toEqual({ kind: 'transfer', from: sources[0], quantity: 15_000n })
  })
  it('sends at most that surplus', () => expect(planReplenishment(25_000n, sources)).toMatchObject({ kind: 'transfer', quantity: 20_000n }))
  it('asks for a purchase when no warehouse has surplus', () => expect(planReplenishment(15_000n, [{ level: 2, warehouse: 20, available: 5_000n, reorderPoint: 10_000n }])).toEqual({ kind: 'purchase', quantity: 15_000n }))
  it('asks for nothing without a reorder quantity', () => expect(planReplenishment(0n, sources)).toBeNull())
})

describe('transferBookings', () => {
  it('ships out of the source, then receives into the destination', () => {
    expect(transferBookings('requested', 'shipped', false)).toEqual(['out'])
    expect(transferBookings('shipped', 'received', false)).toEqual(['in'])
    expect(transferBookings('requested', 'received', false)).toEqual(['out', 'in'])
  })
  it('books a purchase request as a receipt and never ships it', () => {
    expect(transferBookings('requested', 'received', true)).toEqual(['receipt'])
    expect(transferBookings('requested', 'shipped', true)).toBeNull()
  })
  it('refuses steps backwards and cancelling goods on the way', () => {
    expect(transferBookings('received', 'shipped', false)).toBeNull()
    expect(transferBookings('shipped', 'cancelled', false)).toBeNull()
    expect(transferBookings('requested', 'cancelled', false)).toEqual([])
  })
})
