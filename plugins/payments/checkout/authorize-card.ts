import { APIError, type PayloadRequest } from 'payload'

import { emitDomainEvent } from '../../../src/kit'
import { ORDER_PAYMENT_FAILED } from '../../../collections/sales/order-events'
import type { CheckoutPaymentOutcome, PlacedOrderFacts } from '../../../collections/sales/commerce/checkout/payment'
import { GatewayUnavailableError, type CardInput } from '../gateway/contract'
import { gatewayNamed } from '../gateway/gateways'
import { lockOrder, recordTransaction, refreshOrderPayment } from '../ledger/order-ledger'

/**
 * Authorizes the order's grand total on the card, inside the checkout's transaction (the card data goes to the gateway
 * and nowhere else). Approved: an authorize row, the order `authorized`. Under review: a pending row, the order
 * `unpaid` until the gateway's webhook decides. Declined: a failed row, `order.paymentFailed`, and the checkout
 * answers 402 naming `payment.cardNumber` (the order is kept, unpaid). Gateway unreachable: 503, nothing written.
 */
export async function authorizeCard(req: PayloadRequest, order: PlacedOrderFacts, gateway: string, card: CardInput): Promise<CheckoutPaymentOutcome> {
  const adapter = gatewayNamed(req.payload, gateway)
  if (!adapter) throw new APIError(`The gateway "${gateway}" is not configured`, 503, undefined, true)
  const locked = await lockOrder(req, order.id)
  if (!locked || order.grandTotal <= 0) return { accepted: true }
  const orderReference = order.orderNumber ?? String(order.id)
  let result
  try {
    const session = await adapter.initiate({ amount: order.grandTotal, currency: order.currency, orderReference })
    result = await adapter.authorize({ amount: order.grandTotal, currency: order.currency, session: session.reference, card, orderReference })
  } catch (error) {
    if (error instanceof GatewayUnavailableError) throw new APIError('The payment gateway is unavailable; no order was placed, try again', 503, undefined, true)
    throw error
  }
  await recordTransaction(req, {
    order: order.id, kind: 'authorize', status: result.status, amount: order.grandTotal, currency: order.currency, gateway,
    gatewayReference: result.reference, error: result.error ?? null, reason: 'Checkout', user: req.user?.collection === 'users' ? req.user.id : null,
  })
  await refreshOrderPayment(req, locked)
  if (result.status !== 'failed') return { accepted: true }
  const reason = result.error ?? 'Declined'
  await emitDomainEvent(req, ORDER_PAYMENT_FAILED, { orderId: order.id, orderNumber: order.orderNumber, customer: order.customer, currency: order.currency, amount: order.grandTotal, reason })
  return { accepted: false, status: 402, path: 'payment.cardNumber', message: reason }
}
