/**
 * The job runner inside an app process (started by src/instrumentation.ts once per Next.js server). On by default,
 * so a single `npm run dev` / `npm start` delivers events with nothing else running; safe with any number of app
 * processes because jobs are claimed atomically. BUREAU_JOBS_AUTORUN=false leaves jobs to `npm run worker`.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { startJobRunner } from '../kit/job-claims'
import { runnerSettings } from './runner-settings'

export async function startJobRunnerInApp(): Promise<void> {
  if (process.env.BUREAU_JOBS_AUTORUN === 'false') return
  const payload = await getPayload({ config })
  const settings = runnerSettings()
  startJobRunner(payload, settings)
  payload.logger.info(`[jobs] runner in this app process: queue ${settings.queue}, up to ${settings.limit} at a time`)
}
