import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { transactionOf } from '../../../src/kit'

/**
 * Takes the task's row lock in the request's transaction with one conditional UPDATE that matches only while the
 * task is still in `from`. Two requests moving the same task at once: the second waits for the first to commit, then
 * matches nothing (the status moved on) and is refused, instead of both passing the workflow check against the same
 * stale status and one history entry being lost.
 */
export async function claimStatusChange(req: PayloadRequest, taskId: number | string, from: string): Promise<boolean> {
  const db = await transactionOf(req, 'a task status change')
  const claimed = await db.execute(sql`update tasks set status = status where id = ${taskId} and status = ${from} returning id`)
  return claimed.rows.length > 0
}
