/**
 * The domain events orders emit (collections/sales/hooks/emit-order-events.ts), declared in the kit's event map so
 * emitters and subscribers are typed on the same data.
 */
import type { DomainEventName, Id } from '../../src/kit'

export type OrderPlaced = { orderId: Id; orderNumber: string | null; customer: Id | null; currency: string | null; grandTotal: number }
export type OrderStatusChanged = { orderId: Id; orderNumber: string | null; from: string | null; to: string | null }
export type OrderLineStatusChanged = OrderStatusChanged & { lineId: string | null; sku: string | null }

declare module '../../src/kit' {
  interface DomainEvents {
    'order.placed': OrderPlaced
    'order.statusChanged': OrderStatusChanged
    'order.line.statusChanged': OrderLineStatusChanged
  }
}

export const ORDER_PLACED = 'order.placed' satisfies DomainEventName
export const ORDER_STATUS_CHANGED = 'order.statusChanged' satisfies DomainEventName
export const ORDER_LINE_STATUS_CHANGED = 'order.line.statusChanged' satisfies DomainEventName
