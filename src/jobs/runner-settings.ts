/**
 * Settings of the claiming job runner (src/kit/job-claims.ts), shared by the runner inside each app process
 * (environment variables) and `npm run worker` (flags, defaulting to the same variables).
 */
import type { RunnerOptions } from '../kit/job-claims'

type Env = Record<string, string | undefined>

/** Defaults: a 60 s lease (renewed every 20 s while a job runs) and at most 10 jobs at a time per runner. */
export const RUNNER_DEFAULTS = { queue: 'default', limit: 10, intervalSeconds: 5, leaseSeconds: 60 } as const

export type RunnerSettingsInput = { queue?: string; limit?: string; interval?: string; lease?: string }

const positive = (name: string, value: string, integer: boolean): number => {
  const number = Number(value)
  if (!Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number))) {
    throw new Error(`${name} must be a ${integer ? 'whole ' : ''}number above 0 (got "${value}")`)
  }
  return number
}

/** Settings from explicit values (flags), else BUREAU_JOBS_* variables, else the defaults. Times are in seconds. */
export function runnerSettings(input: RunnerSettingsInput = {}, env: Env = process.env): RunnerOptions {
  const queue = input.queue ?? env.BUREAU_JOBS_QUEUE ?? RUNNER_DEFAULTS.queue
  const limit = positive('limit', input.limit ?? env.BUREAU_JOBS_LIMIT ?? String(RUNNER_DEFAULTS.limit), true)
  const interval = positive('interval', input.interval ?? env.BUREAU_JOBS_INTERVAL ?? String(RUNNER_DEFAULTS.intervalSeconds), false)
  const lease = positive('lease', input.lease ?? env.BUREAU_JOBS_LEASE ?? String(RUNNER_DEFAULTS.leaseSeconds), false)
  return { queue, limit, intervalMs: interval * 1000, leaseMs: lease * 1000 }
}
