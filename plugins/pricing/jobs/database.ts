/**
 * Raw SQL for the hot paths (FACTS "Atomic updates"): the Drizzle transaction of a request, asserted (Drizzle would
 * silently use the pool without it), or the pool for reads outside a transaction.
 */
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { openTransactionOf } from '../../../src/kit'

export type SqlRunner = { execute: (query: SQL) => Promise<{ rows: Array<Record<string, unknown>> }> }

type Adapter = { drizzle?: SqlRunner }

/** The request's transaction; throws when it has none (a rebuild must swap atomically). */
export async function transactionDb(req: PayloadRequest): Promise<SqlRunner> {
  const transaction = await openTransactionOf(req)
  if (!transaction) throw new Error('pricing: the rebuild needs the request’s database transaction')
  return transaction
}

/** The request's transaction when it has one (reads see its own writes), else the pool. */
export async function readDb(req: PayloadRequest): Promise<SqlRunner> {
  const transaction = await openTransactionOf(req)
  if (transaction) return transaction
  const adapter = req.payload.db as unknown as Adapter
  if (!adapter.drizzle) throw new Error('pricing: the database adapter has no Drizzle instance (PostgreSQL only)')
  return adapter.drizzle
}

export { sqlIdArray as idArray } from '../../../src/kit'
