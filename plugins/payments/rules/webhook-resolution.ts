/**
 * What a gateway webhook does to the ledger (pure): it resolves a pending row (a card under review, an asynchronous
 * capture) into a new succeeded or failed row. The same event twice, or a second event for a row already resolved,
 * changes nothing; so does one whose amount or currency is not the pending row's.
 */
import type { TransactionKind, TransactionStatus } from './payment-status'

export type WebhookRow = { kind: TransactionKind; status: TransactionStatus; amount: number; currency: string; gatewayReference?: string | null; eventKey?: string | null }
export type WebhookFacts = { kind: TransactionKind; reference: string; eventKey: string; amount: number; currency: string }

export type Resolution = { apply: true } | { apply: false; reason: 'duplicate' | 'unknown' | 'resolved' | 'mismatch' }

export function resolveWebhook(rows: readonly WebhookRow[], event: WebhookFacts): Resolution {
  if (rows.some((row) => row.eventKey === event.eventKey)) return { apply: false, reason: 'duplicate' }
  const same = rows.filter((row) => row.kind === event.kind && row.gatewayReference === event.reference)
  if (!same.some((row) => row.status === 'pending')) return { apply: false, reason: 'unknown' }
  if (same.some((row) => row.status !== 'pending')) return { apply: false, reason: 'resolved' }
  // the gateway decides the outcome, never the amount: it must be the pending row's
  const pending = same.find((row) => row.status === 'pending')
  if (pending && (pending.amount !== event.amount || pending.currency !== event.currency)) return { apply: false, reason: 'mismatch' }
  return { apply: true }
}
