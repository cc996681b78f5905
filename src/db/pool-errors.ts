/**
 * Keeps a database restart or failover from killing the app. pg's Pool re-emits the error of an idle connection the
 * server closed ("terminating connection due to administrator command") on the pool, and Payload 3.90 listens only
 * on the one connection it keeps checked out: with no listener on the pool, Node treats the event as an uncaught
 * exception and the process exits. We log it instead; the pool replaces the connection on next use, and
 * /api/health answers 503 while the database is away.
 */
import type { Payload } from 'payload'

type EventPool = { on: (event: 'error', listener: (error: Error) => void) => void; listenerCount: (event: string) => number }

export function logIdleConnectionErrors(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: EventPool }).pool
  if (!pool || pool.listenerCount('error') > 0) return
  pool.on('error', (error) => payload.logger.warn(`database connection lost (${error.message}); reconnecting on next use`))
}
