import type { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

type Statement = ReturnType<typeof sql>
export type SqlTransaction = { execute: (statement: Statement) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * The Drizzle transaction of the operation `req` belongs to, for the few writes the CRM makes in SQL (links the
 * server keeps, the lead conversion's claim). Asserted: Drizzle would silently run on the pool without it.
 */
export async function sqlOf(req: PayloadRequest): Promise<SqlTransaction> {
  const id = await req.transactionID
  const sessions = (req.payload.db as unknown as { sessions?: Record<string, { db: SqlTransaction } | undefined> }).sessions
  const session = id === undefined || id === null ? undefined : sessions?.[String(id)]
  if (!session) throw new Error('crm: this write must run inside the request’s database transaction')
  return session.db
}
