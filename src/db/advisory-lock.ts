/**
 * A PostgreSQL advisory lock around start-up work that must happen once per database, however many app nodes start
 * at the same moment: applying migrations (Payload 3.90 takes no lock of its own) and seeding an empty database.
 * The others wait, then find the work done. Held on its own connection; released when the work ends (or the
 * process dies, which closes the connection).
 */
import pg from 'pg'

/** Fixed key of Bureau's start-up lock (any bigint; it only has to be the same on every node). */
const STARTUP_LOCK_KEY = 4_242_001

export async function withStartupLock<T>(uri: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    await client.query('select pg_advisory_lock($1)', [STARTUP_LOCK_KEY])
    return await work()
  } finally {
    await client.query('select pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]).catch(() => {})
    await client.end()
  }
}
