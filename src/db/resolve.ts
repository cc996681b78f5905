/**
 * Decides which PostgreSQL the app talks to: DATABASE_URI when set, else the embedded server kept under `.data/`.
 * Used by the start-up scripts (dev, start, seed, bench) and the test harness, never by the Payload config itself,
 * which only reads DATABASE_URI: one parent process owns the embedded server's lifetime.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { startEmbeddedPostgres, type EmbeddedServer } from './embedded'

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export const DEFAULT_EMBEDDED_PORT = 54329

export type ResolvedDatabase = {
  uri: string
  /** set when the embedded server is in use */
  embedded?: EmbeddedServer
}

/** Returns DATABASE_URI, or starts the embedded cluster and makes sure `database` exists on it. */
export async function resolveDatabase(database: string, log: (message: string) => void = console.log): Promise<ResolvedDatabase> {
  if (process.env.DATABASE_URI) return { uri: process.env.DATABASE_URI }
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(projectRoot, '.data', 'postgres'),
    port: Number(process.env.BUREAU_PG_PORT ?? DEFAULT_EMBEDDED_PORT),
    log,
    // the start-up scripts stop it themselves, after Next.js has exited (src/scripts/run-next.ts)
    stopOnSignals: false,
  })
  await embedded.createDatabase(database)
  return { uri: embedded.uri(database), embedded }
}
