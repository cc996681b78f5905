/**
 * The claiming job runner (src/kit/job-claims.ts): concurrent claims never hand one job to two runners, a claimed
 * job is not claimable again until its lease runs out, and then it is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '../../src/kit/database'
import { eventTaskSlug } from '../../src/kit/events'
import { claimJobs, startJobRunner } from '../../src/kit/job-claims'
import { createCommerceBasics } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
const TASK = eventTaskSlug('alerts:order-placed')
const options = { queue: 'claims-test', limit: 3, leaseMs: 60_000 }

beforeAll(async () => {
  app = await startTestApp()
})
afterAll(() => app?.close())

/** Jobs on a queue of their own, so nothing else in the file claims them. */
async function queueJobs(count: number, queue = options.queue): Promise<number[]> {
  const ids: number[] = []
  for (let index = 0; index < count; index += 1) {
    const job = (await app.payload.jobs.queue({
      task: TASK as never,
      queue,
      input: { event: 'order.placed', eventId: `claims-${queue}-${index}`, data: { orderId: -1 }, occurredAt: new Date().toISOString() } as never,
    })) as { id: number | string }
    ids.push(Number(job.id))
  }
  return ids
}

describe('claiming jobs', () => {
  it('gives each of 12 jobs to exactly one of 4 runners claiming at once', async () => {
    const ids = await queueJobs(12)
    const claims = await Promise.all(Array.from({ length: 4 }, () => claimJobs(app.payload, options)))
    const claimed = claims.flat()
    expect(claimed.sort((a, b) => a - b)).toEqual(ids)
    expect(new Set(claimed).size).toBe(12)
    expect(await claimJobs(app.payload, options)).toEqual([])
  })

  it('makes a claimed job claimable again once its lease ran out, and not before', async () => {
    const [id] = await queueJobs(1, 'lease-test')
    const lease = { ...options, queue: 'lease-test' }
    expect(await claimJobs(app.payload, lease)).toEqual([id])
    expect(await claimJobs(app.payload, lease)).toEqual([])
    // the runner holding it died 61 s ago: no renewal since
    await poolOf(app.payload).query("update payload_jobs set updated_at = now() - interval '61 seconds' where id = $1", [id])
    expect(await claimJobs(app.payload, lease)).toEqual([id])
  })

  it('runs claimed jobs to completion with Payload’s own bookkeeping', async () => {
    // real order.placed deliveries (no recipients configured: the alert has nobody to email and succeeds)
    const basics = await createCommerceBasics(app.payload)
    for (let index = 0; index < 3; index += 1) {
      await app.payload.create({
        collection: 'orders',
        data: { customer: basics.customer.id, currency: 'USD', lines: [{ product: basics.screw.id, quantity: 1 }] },
        overrideAccess: true,
      })
    }
    const pending = async () =>
      Number((await poolOf(app.payload).query("select count(*) from payload_jobs where queue = 'default' and completed_at is null")).rows[0].count)
    // one job per order.placed subscriber and order (the core's and the installed plugins')
    expect(await pending()).toBeGreaterThanOrEqual(3)
    const runner = startJobRunner(app.payload, { queue: 'default', limit: 2, leaseMs: 60_000, intervalMs: 50, log: () => {} })
    const deadline = Date.now() + 20_000
    while ((await pending()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
    await runner.stop()
    const jobs = await poolOf(app.payload).query<{ total_tried: string; processing: boolean; has_error: boolean }>(
      "select total_tried, processing, has_error from payload_jobs where queue = 'default'",
    )
    expect(jobs.rows.length).toBeGreaterThanOrEqual(3)
    expect(jobs.rows).toEqual(jobs.rows.map(() => ({ total_tried: '1', processing: false, has_error: false })))
    // the order alert (an external effect) was delivered once per order
    const ledger = await poolOf(app.payload).query("select count(*) from event_deliveries where status = 'sent' and subscriber = 'alerts:order-placed'")
    expect(Number(ledger.rows[0].count)).toBe(3)
  })
})
