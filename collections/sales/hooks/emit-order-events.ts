import type { CollectionAfterChangeHook } from 'payload'

import { emitDomainEvent, idOf, type Id } from '../../../src/kit'
import { ORDER_LINE_STATUS_CHANGED, ORDER_PLACED, ORDER_STATUS_CHANGED } from '../order-events'

type Line = { id?: string | null; status?: string | null; sku?: string | null }
type Order = { id: Id; orderNumber?: string; status?: string; lines?: Line[] | null; grandTotal?: number; currency?: string; customer?: unknown }

/**
 * Domain events of an order, written in the order's own transaction: `order.placed` on create,
 * `order.statusChanged` and `order.line.statusChanged` on update.
 */
export const emitOrderEvents: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const order = doc as Order
  const base = { orderId: order.id, orderNumber: order.orderNumber ?? null }
  if (operation === 'create') {
    await emitDomainEvent(req, ORDER_PLACED, {
      ...base,
      customer: idOf(order.customer),
      currency: order.currency ?? null,
      grandTotal: order.grandTotal ?? 0,
    })
    return doc
  }
  const before = previousDoc as Order
  if (before.status !== order.status) {
    await emitDomainEvent(req, ORDER_STATUS_CHANGED, { ...base, from: before.status ?? null, to: order.status ?? null })
  }
  const previousLines = new Map((before.lines ?? []).map((line) => [line.id, line]))
  for (const line of order.lines ?? []) {
    const previous = previousLines.get(line.id)
    if (previous && previous.status !== line.status) {
      await emitDomainEvent(req, ORDER_LINE_STATUS_CHANGED, {
        ...base,
        lineId: line.id ?? null,
        sku: line.sku ?? null,
        from: previous.status ?? null,
        to: line.status ?? null,
      })
    }
  }
  return doc
}
