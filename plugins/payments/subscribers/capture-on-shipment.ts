/**
 * Capture on shipment (option `captureOnShipment`, default true): a line shipped captures its total, the order
 * reaching `shipped` or `completed` captures what is left. Runs in the job runner after the change committed, talks to
 * the gateway outside that transaction (`effects: 'external'`, claimed once per event: src/kit/deliveries.ts); the
 * amount is worked out from the ledger under the order's lock, so a repeated event never captures more than authorized.
 */
import type { PayloadRequest } from 'payload'

import type { OrderLineStatusChanged, OrderStatusChanged } from '../../../collections/sales/order-events'
import { ledgerOf } from '../ledger/order-ledger'
import { PaymentDeclinedError, runPaymentAction } from '../operations/payment-actions'
import { captureForShipment } from '../rules/shipment-and-return'

export const SHIPPED_ORDER_STATUSES: readonly string[] = ['shipped', 'completed']

async function captureFor(req: PayloadRequest, orderId: OrderStatusChanged['orderId'], lineId: string | null, reason: string): Promise<void> {
  const order = await req.payload.findByID({ collection: 'orders', id: orderId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!order) return
  // only card payments are captured automatically; offline and term orders are recorded by staff when money arrives
  // (an authorization, once written, never goes away, so this check needs no lock)
  if (!(await ledgerOf(req, order.id)).some((row) => row.kind === 'authorize' && row.status === 'succeeded')) return
  const line = lineId === null ? null : (order.lines ?? []).find((candidate) => candidate.id === lineId)
  const lineTotal = line ? (line.total ?? 0) : null
  try {
    await runPaymentAction(req, { order: order.id, action: 'capture', amountFor: (totals) => captureForShipment(totals, lineTotal), reason })
  } catch (error) {
    // a refused capture is in the ledger and `order.paymentFailed` went out; retrying would not change the answer
    if (error instanceof PaymentDeclinedError) return
    throw error
  }
}

export const captureOnLineShipped = async ({ data, req }: { data: OrderLineStatusChanged; req: PayloadRequest }) => {
  if (data.to === 'shipped') await captureFor(req, data.orderId, data.lineId, `Line ${data.sku ?? data.lineId} shipped`)
}

export const captureOnOrderShipped = async ({ data, req }: { data: OrderStatusChanged; req: PayloadRequest }) => {
  if (data.to !== null && SHIPPED_ORDER_STATUSES.includes(data.to)) await captureFor(req, data.orderId, null, `Order ${data.to}`)
}
