/**
 * Progress of an import or export, committed at once on the pool so staff see it while the job's own transaction is
 * still open. Only rows the transaction never locks are written here (it writes its row once, last), so these
 * statements never wait on the job itself.
 */
import type { PayloadRequest } from 'payload'

import { poolOf } from '../../../src/kit'

type Table = 'price_imports' | 'price_exports'

export async function reportStart(req: PayloadRequest, table: Table, id: number, total: number): Promise<void> {
  await poolOf(req.payload).query(`update ${table} set status = 'running', processed = 0, total = $2, message = null, started_at = now(), updated_at = now() where id = $1`, [id, total])
}

export async function reportProgress(req: PayloadRequest, table: Table, id: number, processed: number): Promise<void> {
  await poolOf(req.payload).query(`update ${table} set processed = $2, updated_at = now() where id = $1`, [id, processed])
}

export async function reportFailure(req: PayloadRequest, table: Table, id: number, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error)
  await poolOf(req.payload).query(`update ${table} set status = 'failed', message = $2, finished_at = now(), updated_at = now() where id = $1`, [id, message.slice(0, 500)])
}
