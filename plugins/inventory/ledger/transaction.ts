/**
 * The Drizzle transaction of a request (FACTS "Transactions"): the conditional UPDATEs of the ledger must run in the
 * same transaction as the order or transfer that causes them. Drizzle silently falls back to the pool when the
 * session is missing, so a missing one is an error, never a silent autocommit.
 */
import type { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

export type Row = Record<string, unknown>
export type Transaction = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Row[] }> }

export async function transactionOf(req: PayloadRequest): Promise<Transaction> {
  const id = await req.transactionID
  const sessions = (req.payload.db as unknown as { sessions?: Record<string, { db: Transaction }> }).sessions
  const session = id === undefined || id === null ? undefined : sessions?.[String(id)]
  if (!session) throw new Error('inventory: a stock movement needs the request’s database transaction (pass req)')
  return session.db
}
