/**
 * What a capture, refund or void may take (pure). The ledger totals are read under the order's row lock
 * (ledger/lock-order.ts), so two concurrent requests never both see the same room.
 */
import type { PaymentTotals } from './payment-status'

/** `left`: the room in minor units, on a 409, so clients can show it in money */
export type AmountCheck = { ok: true; amount: number } | { ok: false; status: 400 | 409; message: string; left?: number }

/** A requested amount: absent means "all that is left"; otherwise a positive whole number of minor units. */
function checkRequested(requested: number | undefined, room: number, what: string, over: string): AmountCheck {
  if (requested !== undefined && (!Number.isSafeInteger(requested) || requested <= 0)) {
    return { ok: false, status: 400, message: 'Must be a positive whole number of minor units' }
  }
  if (room <= 0) return { ok: false, status: 409, message: `Nothing left to ${what}`, left: 0 }
  const amount = requested ?? room
  if (amount > room) return { ok: false, status: 409, message: `${over}: at most ${room} left to ${what}`, left: room }
  return { ok: true, amount }
}

/** Never capture more than authorized: room = authorized − captured (refunds do not give authorization back). */
export const captureRoom = (totals: PaymentTotals) => totals.authorized - totals.captured

/** Never refund more than captured: room = captured − refunded. */
export const refundRoom = (totals: PaymentTotals) => totals.captured - totals.refunded

/** A void releases what is authorized and not captured. */
export const voidRoom = captureRoom

export const checkCapture = (totals: PaymentTotals, requested?: number) => checkRequested(requested, captureRoom(totals), 'capture', 'More than authorized')
export const checkRefund = (totals: PaymentTotals, requested?: number) => checkRequested(requested, refundRoom(totals), 'refund', 'More than captured')
/** A void always releases everything still held (no partial voids: a partial release is a capture of less). */
export const checkVoid = (totals: PaymentTotals) => checkRequested(undefined, voidRoom(totals), 'void', 'Nothing held')
