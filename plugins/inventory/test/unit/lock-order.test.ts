/**
 * Lines take their stock by product, then variant, then line number: two orders over the same products lock the
 * same levels in the same order whatever their line order, so they queue instead of deadlocking.
 */
import { describe, expect, it } from 'vitest'

import { reservationOrder } from '../../rules/lock-order'

describe('reservationOrder', () => {
  it('takes the lines of [B, A] and [A, B] in the same product order', () => {
    const a = { product: 7, variant: null }
    const b = { product: 12, variant: null }
    expect(reservationOrder([b, a]).map((index) => [b, a][index].product)).toEqual([7, 12])
    expect(reservationOrder([a, b]).map((index) => [a, b][index].product)).toEqual([7, 12])
  })

  it('orders by variant within a product (the product itself first) and keeps line order among equals', () => {
    const lines = [
      { product: 3, variant: 31 },
      { product: 3, variant: null },
      { product: 1, variant: null },
      { product: 3, variant: 30 },
      { product: 1, variant: null },
    ]
    expect(reservationOrder(lines)).toEqual([2, 4, 1, 3, 0])
  })

  it('compares numeric ids as numbers (9 before 10), other ids as text', () => {
    expect(reservationOrder([{ product: 10, variant: null }, { product: 9, variant: null }])).toEqual([1, 0])
    expect(reservationOrder([{ product: 'b', variant: null }, { product: 'a', variant: null }])).toEqual([1, 0])
  })
})
