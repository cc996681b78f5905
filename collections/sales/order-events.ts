/**
 * The domain events orders emit (collections/sales/hooks/emit-order-events.ts), declared in the kit's event map so
 * emitters and subscribers are typed on the same data.
 */
import type { DomainEventName, Id } from '../../src/kit'

export type OrderPlaced = { orderId: Id; orderNumber: string | null; customer: Id | null; currency: string | null; grandTotal: number }
/** `reason`: why, when the change needed one (cancel, hold, return), as people read it; else null. */
export type OrderStatusChanged = { orderId: Id; orderNumber: string | null; from: string | null; to: string | null; reason?: string | null }
export type OrderLineStatusChanged = OrderStatusChanged & { lineId: string | null; sku: string | null }
/** Money given back to the buyer (a payments plugin's refund), in minor units of the order's currency. */
export type OrderRefunded = { orderId: Id; orderNumber: string | null; customer: Id | null; currency: string | null; amount: number }
/** A payment attempt for the order failed (declined, gateway error); `reason` is the gateway's words. */
export type OrderPaymentFailed = OrderRefunded & { reason: string }

declare module '../../src/kit' {
  interface DomainEvents {
    'order.placed': OrderPlaced
    'order.statusChanged': OrderStatusChanged
    'order.line.statusChanged': OrderLineStatusChanged
    'order.refunded': OrderRefunded
    'order.paymentFailed': OrderPaymentFailed
  }
}

export const ORDER_PLACED = 'order.placed' satisfies DomainEventName
export const ORDER_STATUS_CHANGED = 'order.statusChanged' satisfies DomainEventName
export const ORDER_LINE_STATUS_CHANGED = 'order.line.statusChanged' satisfies DomainEventName
export const ORDER_REFUNDED = 'order.refunded' satisfies DomainEventName
export const ORDER_PAYMENT_FAILED = 'order.paymentFailed' satisfies DomainEventName
