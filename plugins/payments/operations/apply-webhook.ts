/**
 * A gateway's webhook, authenticated by its adapter, resolves a pending ledger row under the order's lock: a new row
 * with the outcome (rows are never changed) carrying the event's key, unique in the ledger, so the same event
 * delivered twice — even at the same moment — is applied once.
 */
import { emitDomainEvent } from '../../../src/kit'
import { ORDER_PAYMENT_FAILED } from '../../../collections/sales/order-events'
import type { GatewayWebhookEvent } from '../gateway/contract'
import { PAYMENT_TRANSACTIONS } from '../collections/slugs'
import { ledgerOf, lockOrder, recordTransaction, refreshOrderPayment } from '../ledger/order-ledger'
import { resolveWebhook, type Resolution } from '../rules/webhook-resolution'
import { inOwnTransaction } from './transaction-scope'
import type { PayloadRequest } from 'payload'

export async function applyWebhook(req: PayloadRequest, gateway: string, event: GatewayWebhookEvent): Promise<Resolution> {
  const pending = await req.payload.find({
    collection: PAYMENT_TRANSACTIONS,
    where: { gateway: { equals: gateway }, gatewayReference: { equals: event.reference }, kind: { equals: event.kind } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const orderRef = pending.docs[0]?.order
  if (orderRef === undefined) return { apply: false, reason: 'unknown' }
  const eventKey = `${gateway}:${event.id}`
  return inOwnTransaction(req, async (txReq) => {
    const order = await lockOrder(txReq, typeof orderRef === 'object' ? orderRef.id : orderRef)
    if (!order) return { apply: false, reason: 'unknown' } as const
    const resolution = resolveWebhook(await ledgerOf(txReq, order.id), { kind: event.kind, reference: event.reference, eventKey, amount: event.amount, currency: event.currency })
    if (!resolution.apply) return resolution
    await recordTransaction(txReq, {
      order: order.id, kind: event.kind, status: event.status, amount: event.amount, currency: event.currency, gateway,
      gatewayReference: event.reference, error: event.error ?? null, reason: 'Gateway webhook', eventKey,
    })
    await refreshOrderPayment(txReq, order)
    if (event.status === 'failed') {
      await emitDomainEvent(txReq, ORDER_PAYMENT_FAILED, { orderId: order.id, orderNumber: order.orderNumber, customer: order.customer, currency: order.currency, amount: event.amount, reason: event.error ?? 'Refused by the gateway' })
    }
    return resolution
  })
}
