import type { Payload } from 'payload'

import { endSidePools } from '../kit/database'

type PgPool = {
  end: () => Promise<void>
  ended?: boolean
  _clients?: Array<{ release?: () => void }>
  _idle?: unknown[]
}

/**
 * Shuts a Payload instance down completely. `payload.destroy()` stops crons and resets the adapter but leaves the
 * Postgres pool open, and the adapter keeps one client checked out for its reconnect listener, so `pool.end()`
 * alone would wait forever. We hand that client back, then end the pool, so a script can exit and a database can
 * be dropped or stopped cleanly. The kit's side pools (`sidePoolOf`) end with it.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = (payload.db as unknown as { pool?: PgPool }).pool
  await payload.destroy()
  await endSidePools(payload)
  if (!pool || pool.ended) return
  const idle = new Set(pool._idle?.map((item) => (item as { client?: unknown }).client ?? item))
  for (const client of pool._clients ?? []) if (!idle.has(client)) client.release?.()
  await pool.end()
}
