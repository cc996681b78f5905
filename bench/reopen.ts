/**
 * For the in-process profilers (profile-price.ts, profile-checkout.ts): starts the bench's embedded cluster again
 * (`.data/postgres-bench`, BUREAU_BENCH_PG_PORT) and opens Payload on the `bureau_bench` database the last
 * `npm run bench` left, in production mode (the schema is the run's, never pushed again), with no job runner.
 */
import path from 'node:path'

import { getPayload, type Payload } from 'payload'

import { closePayload } from '../src/db/close-payload'
import { startEmbeddedPostgres } from '../src/db/embedded'
import { projectRoot } from '../src/db/resolve'
import { resolvePayloadSecret } from '../src/db/secret'
import { BENCH_DATABASE } from './database'

export async function reopenBenchDatabase(): Promise<{ payload: Payload; uri: string; close: () => Promise<void> }> {
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(projectRoot, '.data', 'postgres-bench'), port: Number(process.env.BUREAU_BENCH_PG_PORT ?? 54349), log: () => {} })
  const uri = embedded.uri(BENCH_DATABASE)
  process.env.DATABASE_URI = uri
  process.env.PAYLOAD_SECRET ??= resolvePayloadSecret()
  process.env.BUREAU_JOBS_AUTORUN = 'false'
  ;(process.env as Record<string, string>).NODE_ENV = 'production'
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  return {
    payload,
    uri,
    close: async () => {
      await closePayload(payload)
      await embedded.stop()
    },
  }
}
