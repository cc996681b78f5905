/**
 * Refund on return (option `refundOnReturn`, default true): a line returned refunds its total, at most what was
 * captured and not refunded yet, worked out under the order's lock. Effectively once per event (`effects: 'external'`);
 * each refund emits `order.refunded`.
 */
import type { PayloadRequest } from 'payload'

import type { OrderLineStatusChanged } from '../../../collections/sales/order-events'
import { PaymentDeclinedError, runPaymentAction } from '../operations/payment-actions'
import { refundForReturn } from '../rules/shipment-and-return'

export const refundOnLineReturned = async ({ data, req }: { data: OrderLineStatusChanged; req: PayloadRequest }) => {
  if (data.to !== 'returned') return
  const order = await req.payload.findByID({ collection: 'orders', id: data.orderId, depth: 0, overrideAccess: true, disableErrors: true })
  const line = order?.lines?.find((candidate) => candidate.id === data.lineId)
  if (!order || !line) return
  const lineTotal = line.total ?? 0
  try {
    await runPaymentAction(req, { order: order.id, action: 'refund', amountFor: (totals) => refundForReturn(totals, lineTotal), reason: `Line ${line.sku ?? line.id} returned` })
  } catch (error) {
    if (error instanceof PaymentDeclinedError) return
    throw error
  }
}
