/**
 * The order's payment status, derived from its ledger (pure: no Payload import). Only succeeded rows count; a pending
 * authorization (a card under review) or a failed one leaves the order unpaid.
 *
 * Amounts are minor units. `authorized` is what is still held on the card: authorizations minus voids; captures
 * draw on it and refunds give captured money back.
 */
export const PAYMENT_STATUSES = ['unpaid', 'authorized', 'partiallyPaid', 'paid', 'partiallyRefunded', 'refunded'] as const
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number]

export const TRANSACTION_KINDS = ['authorize', 'capture', 'refund', 'void'] as const
export type TransactionKind = (typeof TRANSACTION_KINDS)[number]

export const TRANSACTION_STATUSES = ['succeeded', 'failed', 'pending'] as const
export type TransactionStatus = (typeof TRANSACTION_STATUSES)[number]

export type LedgerRow = { kind: TransactionKind; status: TransactionStatus; amount: number }

export type PaymentTotals = {
  /** authorized and not voided (succeeded authorizations minus succeeded voids) */
  authorized: number
  captured: number
  refunded: number
}

export function paymentTotals(rows: readonly LedgerRow[]): PaymentTotals {
  const sum = (kind: TransactionKind) => rows.filter((row) => row.kind === kind && row.status === 'succeeded').reduce((total, row) => total + row.amount, 0)
  return { authorized: sum('authorize') - sum('void'), captured: sum('capture'), refunded: sum('refund') }
}

/**
 * unpaid: nothing authorized or captured · authorized: held, nothing captured · partiallyPaid: captured less than the
 * grand total · paid: captured the grand total (or more) · partiallyRefunded / refunded: some / all captured money
 * given back.
 */
export function paymentStatus(totals: PaymentTotals, grandTotal: number): PaymentStatus {
  if (totals.refunded > 0) return totals.refunded >= totals.captured ? 'refunded' : 'partiallyRefunded'
  if (totals.captured > 0) return totals.captured >= grandTotal ? 'paid' : 'partiallyPaid'
  return totals.authorized > 0 ? 'authorized' : 'unpaid'
}
