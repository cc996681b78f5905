/**
 * `npm run worker [-- --queue default --limit 10 --interval 1 --lease 60]`: a job worker. Claims jobs atomically
 * with a lease (src/kit/job-claims.ts), so any number of workers and app processes can share one database; a
 * worker killed mid-job leaves its jobs to the others after one lease. SIGTERM/SIGINT: stops claiming, finishes
 * the jobs in hand, exits. Flags default to BUREAU_JOBS_QUEUE / _LIMIT / _INTERVAL / _LEASE (times in seconds).
 */
import { getPayload } from 'payload'
import { parseArgs } from 'node:util'

import { closePayload } from '../db/close-payload'
import { startJobRunner } from '../kit/job-claims'
import { runnerSettings } from '../jobs/runner-settings'
import { prepareEnvironment } from './environment'

const { values } = parseArgs({
  options: { queue: { type: 'string' }, limit: { type: 'string' }, interval: { type: 'string' }, lease: { type: 'string' } },
})
// A worker polls more eagerly than the runner inside an app process.
const settings = runnerSettings({ interval: '1', ...values })

const { stop } = await prepareEnvironment(process.env.BUREAU_DATABASE ?? 'bureau')
const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config })
const runner = startJobRunner(payload, settings)
payload.logger.info(
  `[worker] pid ${process.pid}: queue ${settings.queue}, up to ${settings.limit} jobs at a time, every ${settings.intervalMs / 1000} s, lease ${settings.leaseMs / 1000} s`,
)

let stopping = false
const shutdown = async () => {
  if (stopping) return
  stopping = true
  payload.logger.info('[worker] stopping: finishing the jobs in hand')
  await runner.stop()
  await closePayload(payload)
  await stop()
  process.exit(0)
}
process.once('SIGTERM', shutdown)
process.once('SIGINT', shutdown)
