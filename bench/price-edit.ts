/**
 * "One price edit served within 2 s" (issue 12 item 11): with a job worker running beside the app (`npm run worker`,
 * its default 1 s poll, as deployed), edit a price of the buyer's own list through REST, then poll the commerce
 * listing for that product every 25 ms until it shows the new value. The delay is from the edit's answer to the
 * first read that shows it: the event's job being claimed, the combined lists of that list rebuilt for that product,
 * the commit. One unmeasured warm-up edit, then several, each to a new value; the worst counts.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { projectRoot } from '../src/db/resolve'
import { stopGroup } from '../src/scripts/processes'
import type { Buyer } from './commerce-targets'
import { commerceProductsUrl } from './commerce-targets'

export type EditResult = { delaysMs: number[]; worstMs: number }

const POLL_MS = 25
const GIVE_UP_MS = 30_000

/** `npm run worker` on the bench database, in production mode (no schema push), its output in `logFile`. */
async function startWorker(env: { DATABASE_URI: string; PAYLOAD_SECRET: string }, logFile: string) {
  const fs = await import('node:fs')
  const log = fs.openSync(logFile, 'a')
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src/scripts/worker.ts')], {
    cwd: projectRoot,
    env: { ...process.env, ...env, NODE_ENV: 'production' },
    detached: true,
    stdio: ['ignore', log, log],
  })
  fs.closeSync(log)
  // ready when it logs that it claims jobs
  const deadline = Date.now() + 120_000
  while (!fs.readFileSync(logFile, 'utf8').includes('[worker] pid')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the job worker did not start; see ${logFile}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return { stop: () => stopGroup(child) }
}

async function shownValue(appUrl: string, buyer: Buyer, product: number): Promise<string | undefined> {
  const response = await fetch(commerceProductsUrl(appUrl, buyer, `where[id][equals]=${product}`), { headers: { authorization: `JWT ${buyer.token}` } })
  const body = (await response.json()) as { docs?: Array<{ price?: { value?: string } | null }> }
  return body.docs?.[0]?.price?.value
}

export async function measurePriceEdits(
  appUrl: string,
  buyer: Buyer,
  price: { id: number; product: number; value: string },
  env: { DATABASE_URI: string; PAYLOAD_SECRET: string },
  logFile: string,
  edits = 5,
): Promise<EditResult> {
  const worker = await startWorker(env, logFile)
  try {
    const delaysMs: number[] = []
    // edit 0 is the warm-up, as every target has one (the worker's first job loads and compiles the handlers)
    for (let edit = 0; edit <= edits; edit += 1) {
      const value = (Number(price.value) + (edit + 1) * 0.0101).toFixed(4)
      const response = await fetch(`${appUrl}/api/product-prices/${price.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${buyer.token}` },
        body: JSON.stringify({ value }),
      })
      if (response.status !== 200) throw new Error(`price edit answered ${response.status}: ${(await response.text()).slice(0, 300)}`)
      const edited = performance.now()
      while ((await shownValue(appUrl, buyer, price.product)) !== value) {
        if (performance.now() - edited > GIVE_UP_MS) throw new Error(`price edit ${edit}: ${value} not served after ${GIVE_UP_MS / 1000} s`)
        await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      }
      if (edit > 0) delaysMs.push(Math.round(performance.now() - edited))
    }
    return { delaysMs, worstMs: Math.max(...delaysMs) }
  } finally {
    await worker.stop()
  }
}
