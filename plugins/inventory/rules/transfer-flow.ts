/**
 * A transfer's way: requested → shipped → received (a purchase request, with no source, goes requested → received),
 * or cancelled before it ships. What each step books in the ledger.
 */
export type TransferStatus = 'requested' | 'shipped' | 'received' | 'cancelled'
export type TransferBooking = 'out' | 'in' | 'receipt'

const RANK: Record<TransferStatus, number> = { requested: 0, shipped: 1, received: 2, cancelled: 3 }

/** The bookings from `from` to `to`, or null when the step is not allowed (backwards, or cancelling goods on the way). */
export function transferBookings(from: TransferStatus, to: TransferStatus, purchase: boolean): TransferBooking[] | null {
  if (from === to) return []
  if (to === 'cancelled') return from === 'requested' ? [] : null
  if (from === 'cancelled' || RANK[to] < RANK[from]) return null
  if (purchase) return to === 'shipped' ? null : ['receipt']
  const bookings: TransferBooking[] = []
  if (from === 'requested') bookings.push('out')
  if (to === 'received') bookings.push('in')
  return bookings
}
