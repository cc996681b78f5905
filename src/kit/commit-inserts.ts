/**
 * Rows a write adds only for later readers (audit entries, event deliveries) go in with the last statement of its
 * transaction: queued as the hooks make them and inserted together, in one statement, just before COMMIT.
 *
 * A checkout made one such insert for its order's audit entry, one for its stock movements' entries and one for its
 * event deliveries: three round trips inside the transaction, each holding the stock levels it had locked a little
 * longer (bench/README.md, session 28). Nothing reads these rows inside the transaction that writes them, and they
 * stay all-or-nothing with it: an insert that fails rolls the transaction back and the commit throws.
 *
 * The queue belongs to the adapter's Drizzle transaction (a WeakMap entry): a rollback drops it with the transaction,
 * and no other request or process ever sees it.
 */
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'

import { openTransactionOf, sessionTransaction, type SqlTransaction } from './database'

type TransactionID = number | string | Promise<number | string> | undefined
type Adapter = {
  commitTransaction: (id?: TransactionID) => Promise<void>
  rollbackTransaction: (id?: TransactionID) => Promise<void>
  bureauCommitInserts?: true
}

const queued = new WeakMap<SqlTransaction, SQL[]>()

/**
 * Queues `insert` (an INSERT without RETURNING, whose rows nobody reads before the commit) for the commit of the
 * transaction of `req`. False when there is none, or the app did not install the commit step: then the caller inserts
 * now.
 */
export async function insertAtCommit(req: PayloadRequest, insert: SQL): Promise<boolean> {
  if (!(req.payload.db as unknown as Adapter).bureauCommitInserts) return false
  const transaction = await openTransactionOf(req)
  if (!transaction) return false
  const inserts = queued.get(transaction)
  if (inserts) inserts.push(insert)
  else queued.set(transaction, [insert])
  return true
}

/** How many inserts wait for the commit of the transaction of `req` (for diagnostics and tests). */
export async function insertsQueuedAtCommit(req: PayloadRequest): Promise<number> {
  const transaction = await openTransactionOf(req)
  return transaction ? (queued.get(transaction)?.length ?? 0) : 0
}

/** One statement for all the inserts: each in a writable CTE (PostgreSQL runs every one to completion). */
export function combinedInserts(inserts: readonly SQL[]): SQL {
  if (inserts.length === 1) return inserts[0]
  const parts = inserts.map((insert, index) => sql`${sql.identifier(`bureau_insert_${index}`)} as (${insert})`)
  return sql`with ${sql.join(parts, sql`, `)} select 1`
}

/** Wraps the adapter's `commitTransaction` (every commit, Payload's and ours, goes through it) once per adapter. */
export function installCommitInserts(payload: Payload): void {
  const adapter = payload.db as unknown as Adapter
  if (adapter.bureauCommitInserts) return
  const commit = adapter.commitTransaction
  adapter.commitTransaction = async function (this: Adapter, id?: TransactionID) {
    const transaction = await sessionTransaction(this, id)
    const inserts = transaction ? queued.get(transaction) : undefined
    if (transaction && inserts) {
      queued.delete(transaction)
      try {
        await transaction.execute(combinedInserts(inserts))
      } catch (error) {
        await this.rollbackTransaction(id)
        throw error
      }
    }
    return commit.call(this, id)
  }
  adapter.bureauCommitInserts = true
}
