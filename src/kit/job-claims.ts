/**
 * The job runner Bureau uses instead of Payload's `jobs.autoRun` / `payload jobs:run`.
 *
 * Payload 3.90's runner picks jobs with a find and an unconditional update, so several runners run the same job
 * (measured: each of 10 jobs 3–4 times with 4 runners), and a job left `processing` by a killed runner is never
 * picked up again. Here a runner claims jobs in ONE statement (`FOR UPDATE SKIP LOCKED`: two runners never get the
 * same job) and holds them under a lease: a claimed job whose `updated_at` is older than the lease is claimable
 * again, so a dead runner's jobs come back after one lease. A live runner renews its lease every third of it, so a
 * long job is not taken from it. The claimed job then runs through `payload.jobs.runByID`, which ignores the
 * `processing` flag (it runs what it is given) and keeps Payload's own retries, logs and `completedAt`.
 * What a lease cannot rule out (a runner frozen longer than its lease) the delivery ledger covers (deliveries.ts).
 */
import type { Payload } from 'payload'

import { poolOf } from './database'
import { runDueSchedules } from './schedules'

export type ClaimOptions = {
  /** the queue to take jobs from (Payload's default queue is `default`) */
  queue: string
  /** how many jobs one claim takes, and so how many run at once in this runner */
  limit: number
  /** how long a claimed job stays this runner's without a renewal */
  leaseMs: number
}

export type RunnerOptions = ClaimOptions & {
  /** pause between claims when the queue had fewer than `limit` jobs ready */
  intervalMs: number
  log?: (message: string) => void
}

/** Claims up to `limit` runnable jobs of `queue` (new, retrying, or leased by a runner that stopped renewing). */
export async function claimJobs(payload: Payload, { queue, limit, leaseMs }: ClaimOptions): Promise<number[]> {
  const { rows } = await poolOf(payload).query<{ id: number }>(
    `update payload_jobs set processing = true, updated_at = now()
     where id in (
       select id from payload_jobs
       where queue = $1 and completed_at is null and has_error is not true
         and (wait_until is null or wait_until <= now())
         and (processing is not true or updated_at < now() - make_interval(secs => $3))
       order by created_at, id
       limit $2
       for update skip locked)
     returning id`,
    [queue, limit, leaseMs / 1000],
  )
  return rows.map((row) => row.id)
}

/** Renews the lease of jobs this runner still runs. */
async function renewLeases(payload: Payload, ids: number[]): Promise<void> {
  if (ids.length === 0) return
  await poolOf(payload).query(
    'update payload_jobs set updated_at = now() where id = any($1) and processing and completed_at is null',
    [ids],
  )
}

/** Runs claimed jobs side by side, renewing their leases until each has finished. */
async function runClaimed(payload: Payload, ids: number[], leaseMs: number, log: (message: string) => void): Promise<void> {
  const running = new Set(ids)
  const renewal = setInterval(() => {
    renewLeases(payload, [...running]).catch((error: unknown) => log(`lease renewal failed: ${String(error)}`))
  }, Math.max(100, Math.floor(leaseMs / 3)))
  try {
    await Promise.all(
      ids.map(async (id) => {
        try {
          // no "Running 1 jobs" line per job; failing tasks are still logged by Payload
          await payload.jobs.runByID({ id, overrideAccess: true, silent: { info: true } })
        } catch (error) {
          // Payload records a failing task on the job itself; this is a failure of the runner around it.
          log(`job ${id}: ${String(error)}`)
        } finally {
          running.delete(id)
        }
      }),
    )
  } finally {
    clearInterval(renewal)
  }
}

export type JobRunner = {
  /** stops claiming and waits for the jobs in hand to finish */
  stop: () => Promise<void>
}

/**
 * Claims and runs jobs until stopped. Safe to start in any number of processes on one database; a runner on a
 * config without job tasks (no `payload-jobs` collection) does nothing.
 */
export function startJobRunner(payload: Payload, options: RunnerOptions): JobRunner {
  const log = options.log ?? ((message: string) => payload.logger.info(`[jobs] ${message}`))
  let stopped = false
  let wake: (() => void) | undefined
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms)
      wake = () => {
        clearTimeout(timer)
        resolve()
      }
    })

  const loop = async () => {
    while (!stopped) {
      let claimed: number[] = []
      try {
        await runDueSchedules(payload, new Date(), log)
        if (!payload.collections['payload-jobs']) {
          await pause(options.intervalMs)
          continue
        }
        claimed = await claimJobs(payload, options)
        if (claimed.length) await runClaimed(payload, claimed, options.leaseMs, log)
      } catch (error) {
        log(`claim failed: ${String(error)}`)
      }
      if (!stopped && claimed.length < options.limit) await pause(options.intervalMs)
    }
  }
  const done = loop()
  return {
    stop: async () => {
      stopped = true
      wake?.()
      await done
    },
  }
}
