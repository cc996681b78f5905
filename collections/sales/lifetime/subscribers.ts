/**
 * The three order events that move lifetime sales, each an effectively-once `database` subscriber (its change and
 * the kit's delivery record commit together). An order without a customer or a currency counts for nobody.
 */
import type { Config, PayloadRequest } from 'payload'

import { subscribeToDomainEvent } from '../../../src/kit/events'
import { idOf, type Id } from '../../../src/kit/ids'
import { ORDER_PLACED, ORDER_REFUNDED, ORDER_STATUS_CHANGED } from '../order-events'
import { recordOrderSales } from './record-order-sales'

/** The customer and currency of an order, for an event that does not carry them. */
async function buyerOf(req: PayloadRequest, orderId: Id) {
  const order = await req.payload.findByID({
    collection: 'orders',
    id: orderId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { customer: true, currency: true },
    req,
  })
  const customer = idOf(order?.customer)
  return customer !== null && order?.currency ? { customer, currency: order.currency } : null
}

export function subscribeLifetimeSales(config: Config): void {
  subscribeToDomainEvent(config, {
    event: ORDER_PLACED,
    name: 'lifetime-sales:order-placed',
    handler: async ({ data, req }) => {
      if (data.customer === null || !data.currency) return
      await recordOrderSales(req, { kind: 'placed', order: data.orderId, customer: data.customer, currency: data.currency, grandTotal: data.grandTotal })
    },
  })
  subscribeToDomainEvent(config, {
    event: ORDER_STATUS_CHANGED,
    name: 'lifetime-sales:order-cancelled',
    handler: async ({ data, req }) => {
      if (data.to !== 'cancelled') return
      const buyer = await buyerOf(req, data.orderId)
      if (buyer) await recordOrderSales(req, { kind: 'cancelled', order: data.orderId, ...buyer })
    },
  })
  subscribeToDomainEvent(config, {
    event: ORDER_REFUNDED,
    name: 'lifetime-sales:order-refunded',
    handler: async ({ data, req }) => {
      const buyer = data.customer !== null && data.currency ? { customer: data.customer, currency: data.currency } : await buyerOf(req, data.orderId)
      if (buyer) await recordOrderSales(req, { kind: 'refunded', order: data.orderId, amount: data.amount, ...buyer })
    },
  })
}
