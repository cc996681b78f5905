/**
 * What a shipment captures and a return refunds (pure), for the capture-on-shipment and refund-on-return options.
 * Both are capped by what the ledger allows, so a repeated or late event never over-captures or over-refunds.
 */
import { captureRoom, refundRoom } from './limits'
import type { PaymentTotals } from './payment-status'

/** A shipped line captures its total; the order reaching shipped or completed captures all that is left. */
export function captureForShipment(totals: PaymentTotals, lineTotal: number | null): number {
  const room = captureRoom(totals)
  return Math.max(0, lineTotal === null ? room : Math.min(lineTotal, room))
}

/** A returned line refunds its total, at most what was captured and not yet refunded. */
export function refundForReturn(totals: PaymentTotals, lineTotal: number): number {
  return Math.max(0, Math.min(lineTotal, refundRoom(totals)))
}
