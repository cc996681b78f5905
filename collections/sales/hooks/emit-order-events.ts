import type { CollectionAfterChangeHook } from 'payload'

import { emitDomainEvent, idOf, type Id } from '../../../src/kit'
import { labelOf } from '../../../src/kit/select-options'
import { ORDER_LINE_STATUS_CHANGED, ORDER_PLACED, ORDER_STATUS_CHANGED } from '../order-events'

type Line = { id?: string | null; status?: string | null; sku?: string | null }
type HistoryRow = { id?: string | null; to?: string | null; lineId?: string | null; reason?: string | null; note?: string | null }
type Order = { id: Id; orderNumber?: string; status?: string; lines?: Line[] | null; grandTotal?: number; currency?: string; customer?: unknown; statusHistory?: HistoryRow[] | null }

/**
 * The reason this save gave for reaching `to` (order-level when `lineId` is null), as people read it ("Damaged:
 * crushed box"), from the history rows the save added; null when it gave none.
 */
function reasonOf(order: Order, before: Order, to: string | null | undefined, lineId: string | null): string | null {
  const known = new Set((before.statusHistory ?? []).map((row) => row.id))
  const row = (order.statusHistory ?? []).filter((entry) => !known.has(entry.id) && entry.to === to && (entry.lineId ?? null) === lineId).at(-1)
  if (!row?.reason) return row?.note ?? null
  return row.note ? `${labelOf(row.reason)}: ${row.note}` : labelOf(row.reason)
}

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
    await emitDomainEvent(req, ORDER_STATUS_CHANGED, { ...base, from: before.status ?? null, to: order.status ?? null, reason: reasonOf(order, before, order.status, null) })
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
        reason: reasonOf(order, before, line.status, line.id ?? null),
      })
    }
  }
  return doc
}
