/**
 * `GET /api/health` for load balancers and monitoring: 200 when the database answers, 503 when it does not.
 * Anonymous on purpose (a load balancer has no login), so it says only what an operator needs and nothing an
 * attacker could use: no connection strings, hosts, versions or error texts.
 *
 * Body: `{ status, database: { reachable, latencyMs }, migrations: { applied, pending, latest }, jobs: { queued,
 * processing, failed, oldestQueuedSeconds } | null }`. `jobs` is null when no plugin registers a job task. In
 * development the schema is pushed, not migrated, so `pending` counts every migration there.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { poolOf } from './kit/database'
import { migrations } from './migrations'

/** A database that hangs is as down as one that refuses. */
const TIMEOUT_MS = 3000

const withTimeout = <T>(work: Promise<T>): Promise<T> =>
  Promise.race([work, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS).unref())])

type JobCounts = { queued: string; processing: string; failed: string; oldest_queued_seconds: string | null }

async function readHealth(req: PayloadRequest) {
  const pool = poolOf(req.payload)
  const started = Date.now()
  await pool.query('select 1')
  const latencyMs = Date.now() - started

  const applied = await pool.query<{ name: string }>(
    "select name from payload_migrations where batch is null or batch > 0 order by created_at",
  ).catch(() => ({ rows: [] as Array<{ name: string }> })) // no table yet: nothing applied
  const appliedNames = new Set(applied.rows.map((row) => row.name))

  let jobs = null
  if (req.payload.collections['payload-jobs']) {
    const { rows } = await pool.query<JobCounts>(`
      select count(*) filter (where not coalesce(processing, false) and not coalesce(has_error, false)) as queued,
             count(*) filter (where processing) as processing,
             count(*) filter (where has_error) as failed,
             extract(epoch from now() - min(created_at) filter (where not coalesce(processing, false) and not coalesce(has_error, false))) as oldest_queued_seconds
      from payload_jobs where completed_at is null`)
    const [counts] = rows
    jobs = {
      queued: Number(counts.queued),
      processing: Number(counts.processing),
      failed: Number(counts.failed),
      oldestQueuedSeconds: counts.oldest_queued_seconds === null ? null : Math.round(Number(counts.oldest_queued_seconds)),
    }
  }
  return {
    status: 'ok' as const,
    database: { reachable: true, latencyMs },
    migrations: {
      applied: appliedNames.size,
      pending: migrations.filter((migration) => !appliedNames.has(migration.name)).length,
      latest: applied.rows.at(-1)?.name ?? null,
    },
    jobs,
  }
}

export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const headers = { 'Cache-Control': 'no-store' }
    try {
      return Response.json(await withTimeout(readHealth(req)), { headers })
    } catch {
      return Response.json({ status: 'unavailable', database: { reachable: false } }, { status: 503, headers })
    }
  },
}
