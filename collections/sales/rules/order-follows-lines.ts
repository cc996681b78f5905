/**
 * The order following its lines (pure). Decision: a line counts as shipped once it left the warehouse (shipped,
 * delivered, or returned after that); cancelled lines do not count.
 *   no line left            → cancelled (every line cancelled)
 *   none shipped            → the order keeps its status
 *   some shipped            → partiallyShipped
 *   every one shipped       → shipped
 *   every one delivered (or returned after delivery or shipment) → completed
 * Only orders being fulfilled follow shipments (confirmed, processing, partiallyShipped, shipped); a completed or
 * closed order stays so when a line comes back. Any order that can still be cancelled follows its lines' cancellation.
 */
import { findOrderTransition, type LineStatus, type OrderStatus } from './order-workflow'

const LEFT_THE_WAREHOUSE: readonly LineStatus[] = ['shipped', 'delivered', 'returned']
const SETTLED: readonly LineStatus[] = ['delivered', 'returned']

/** The order status its lines call for, or null when they call for none. */
export function statusFromLines(lines: readonly LineStatus[]): OrderStatus | null {
  const open = lines.filter((status) => status !== 'cancelled')
  if (lines.length > 0 && open.length === 0) return 'cancelled'
  const shipped = open.filter((status) => LEFT_THE_WAREHOUSE.includes(status)).length
  if (shipped === 0) return null
  if (shipped < open.length) return 'partiallyShipped'
  return open.every((status) => SETTLED.includes(status)) ? 'completed' : 'shipped'
}

/** Where an order in `current` goes because of its lines: `current` itself when the lines call for no allowed move. */
export function followLines(current: OrderStatus, lines: readonly LineStatus[]): OrderStatus {
  const called = statusFromLines(lines)
  if (called === null || called === current) return current
  return findOrderTransition(current, called)?.by.includes('lines') ? called : current
}

export const SHIPPING_STATUSES = ['notShipped', 'partiallyShipped', 'shipped', 'delivered'] as const
export type ShippingStatus = (typeof SHIPPING_STATUSES)[number]

/** The order's shipping state for lists and filters: what left the warehouse and what arrived, cancelled lines aside. */
export function shippingStatusOf(lines: readonly LineStatus[]): ShippingStatus {
  const open = lines.filter((status) => status !== 'cancelled')
  const shipped = open.filter((status) => LEFT_THE_WAREHOUSE.includes(status)).length
  if (shipped === 0) return 'notShipped'
  if (shipped < open.length) return 'partiallyShipped'
  return open.some((status) => status === 'delivered') && open.every((status) => SETTLED.includes(status)) ? 'delivered' : 'shipped'
}
