import { describe, expect, it } from 'vitest'

import { captureRoom, checkCapture, checkRefund, checkVoid, refundRoom } from '../../rules/limits'
import { captureForShipment, refundForReturn } from '../../rules/shipment-and-return'

const totals = (authorized: number, captured: number, refunded = 0) => ({ authorized, captured, refunded })

describe('capture limits: never more than authorized', () => {
  it('leaves 100.00 − 30.00 = 70.00 to capture', () => expect(captureRoom(totals(10000, 3000))).toBe(7000))
  it('captures exactly the 70.00 left', () => expect(checkCapture(totals(10000, 3000), 7000)).toEqual({ ok: true, amount: 7000 }))
  it('refuses 70.01 with 409 naming what is left', () => expect(checkCapture(totals(10000, 3000), 7001)).toEqual({ ok: false, status: 409, message: 'More than authorized: at most 7000 left to capture', left: 7000 }))
  it('captures all that is left when no amount is given', () => expect(checkCapture(totals(10000, 2500))).toEqual({ ok: true, amount: 7500 }))
  it('answers 409 once everything is captured', () => expect(checkCapture(totals(10000, 10000))).toMatchObject({ ok: false, status: 409 }))
  it('refunds do not give authorization back: 100.00 captured, 40.00 refunded → nothing to capture', () => expect(captureRoom(totals(10000, 10000, 4000))).toBe(0))
  it.each([0, -1, 1.5, Number.NaN])('refuses %s with 400', (amount) => expect(checkCapture(totals(10000, 0), amount)).toMatchObject({ ok: false, status: 400 }))
})

describe('refund limits: never more than captured', () => {
  it('leaves 60.00 − 15.00 = 45.00 to refund', () => expect(refundRoom(totals(10000, 6000, 1500))).toBe(4500))
  it('refunds 45.00 and refuses 45.01', () => {
    expect(checkRefund(totals(10000, 6000, 1500), 4500)).toEqual({ ok: true, amount: 4500 })
    expect(checkRefund(totals(10000, 6000, 1500), 4501)).toMatchObject({ ok: false, status: 409 })
  })
  it('has nothing to refund before a capture', () => expect(checkRefund(totals(10000, 0))).toMatchObject({ ok: false, status: 409, message: 'Nothing left to refund' }))
})

describe('void', () => {
  it('releases the 70.00 not captured of 100.00', () => expect(checkVoid(totals(10000, 3000))).toEqual({ ok: true, amount: 7000 }))
  it('has nothing to release once fully captured', () => expect(checkVoid(totals(10000, 10000))).toMatchObject({ ok: false, status: 409 }))
})

describe('captureForShipment', () => {
  it('a shipped line of 40.00 captures 40.00 of the 100.00 held', () => expect(captureForShipment(totals(10000, 0), 4000)).toBe(4000))
  it('is capped by what is left: a 40.00 line with 25.00 left captures 25.00', () => expect(captureForShipment(totals(10000, 7500), 4000)).toBe(2500))
  it('the order shipped captures the rest (shipping included): 100.00 − 80.00 = 20.00', () => expect(captureForShipment(totals(10000, 8000), null)).toBe(2000))
})

describe('refundForReturn', () => {
  it('a returned line of 40.00 refunds 40.00 of 100.00 captured', () => expect(refundForReturn(totals(10000, 10000), 4000)).toBe(4000))
  it('never more than captured and not refunded: 30.00 left → 30.00', () => expect(refundForReturn(totals(10000, 5000, 2000), 4000)).toBe(3000))
  it('nothing captured → nothing to refund', () => expect(refundForReturn(totals(10000, 0), 4000)).toBe(0))
})
