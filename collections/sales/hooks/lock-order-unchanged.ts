import { sql } from '@payloadcms/db-postgres/drizzle'
import { APIError, type PayloadRequest } from 'payload'

import { transactionOf } from '../../../src/kit/database'

/**
 * Locks the order's row in the save's transaction and checks it is still the version the save started from. Two
 * saves at once (two staff shipping lines, a worker and a person): the second waits for the first to commit, then
 * finds a newer row and answers 409, instead of passing the workflow against stale statuses and writing them back
 * over the first one's change and history rows.
 */
export async function lockOrderUnchanged(req: PayloadRequest, id: number | string, updatedAt: string | undefined): Promise<void> {
  if (!updatedAt) return
  const db = await transactionOf(req, 'an order status change')
  const found = await db.execute(sql`select updated_at = ${updatedAt}::timestamptz as unchanged from orders where id = ${id} for update`)
  if (found.rows.length === 0 || found.rows[0].unchanged === true) return
  const message = 'The order changed meanwhile; reload it and try again.'
  throw new APIError(message, 409, { field: 'status', errors: [{ path: 'status', message }] }, true)
}
