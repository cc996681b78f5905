import type { CollectionAfterChangeHook } from 'payload'

import { emitDomainEvent } from '../../../src/kit/events'

type Line = { id?: string | null; status?: string | null; sku?: string | null }
type Order = { id: number | string; orderNumber?: string; status?: string; lines?: Line[] | null; grandTotal?: number; currency?: string; customer?: unknown }

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: unknown }).id : value ?? null)

/**
 * Domain events of an order, written in the order's own transaction: `order.placed` on create,
 * `order.statusChanged` and `order.line.statusChanged` on update.
 */
export const emitOrderEvents: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const order = doc as Order
  const base = { orderId: order.id, orderNumber: order.orderNumber ?? null }
  if (operation === 'create') {
    await emitDomainEvent(req, 'order.placed', {
      ...base,
      customer: idOf(order.customer),
      currency: order.currency ?? null,
      grandTotal: order.grandTotal ?? 0,
    })
    return doc
  }
  const before = previousDoc as Order
  if (before.status !== order.status) {
    await emitDomainEvent(req, 'order.statusChanged', { ...base, from: before.status ?? null, to: order.status ?? null })
  }
  const previousLines = new Map((before.lines ?? []).map((line) => [line.id, line]))
  for (const line of order.lines ?? []) {
    const previous = previousLines.get(line.id)
    if (previous && previous.status !== line.status) {
      await emitDomainEvent(req, 'order.line.statusChanged', {
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
