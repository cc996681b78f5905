/**
 * Exactly-once domain events across processes: 2 app processes (each with its own pool and its in-process job
 * runner) and 2 `npm run worker` processes share one database; orders placed through both apps over HTTP must give
 * exactly one alert email each at a real SMTP server — also when a worker is SIGKILLed in the middle of sending
 * (the lease brings its jobs back), and when a worker freezes past its lease while sending (the delivery record keeps
 * the runner that takes over from sending again).
 */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startAppProcess, startChild, stopChildren, type Child } from '../helpers/child-process'
import { ADMIN, createCommerceBasics, createStaff } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'
import { startSmtpSink } from '../helpers/smtp-sink'

const ORDERS = 300
const LEASE_SECONDS = 2
const LOG_FOLDER = 'multi-process'

let app: TestApp
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let basics: Awaited<ReturnType<typeof createCommerceBasics>>
let db: pg.Client
let token: string
const children: Child[] = []

const started = async (child: Promise<Child>) => {
  children.push(await child)
  return children[children.length - 1]
}

const processEnv = () => ({
  DATABASE_URI: process.env.DATABASE_URI!,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET!,
  SMTP_URL: sink.url,
  // the schema is in place (pushed by this file's own Payload): no process pushes it again
  PAYLOAD_MIGRATING: 'true',
  BUREAU_JOBS_LEASE: String(LEASE_SECONDS),
  BUREAU_JOBS_INTERVAL: '0.2',
  BUREAU_JOBS_LIMIT: '5',
  BUREAU_DB_POOL: '10',
})

const startApp = (name: string) => started(startAppProcess(name, LOG_FOLDER, { ...processEnv(), BUREAU_JOBS_AUTORUN: 'true' }))
const startWorker = (name: string) => started(startChild({ name, script: 'src/scripts/worker.ts', env: processEnv(), readyText: '[worker] pid', logFolder: LOG_FOLDER }))

/** Places `count` orders, alternating between the apps, 8 at a time; returns their order numbers. */
async function placeOrders(apps: Child[], count: number): Promise<string[]> {
  const numbers: string[] = []
  let next = 0
  const lane = async () => {
    while (next < count) {
      const index = next++
      const response = await fetch(`http://127.0.0.1:${apps[index % apps.length].port}/api/orders`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ customer: basics.customer.id, website: basics.website.id, currency: 'USD', lines: [{ product: basics.screw.id, quantity: 1 }] }),
      })
      const body = (await response.json()) as { doc?: { orderNumber: string } }
      if (response.status !== 201 || !body.doc) throw new Error(`order ${index}: HTTP ${response.status} ${JSON.stringify(body)}`)
      numbers.push(body.doc.orderNumber)
    }
  }
  await Promise.all(Array.from({ length: 8 }, lane))
  return numbers
}

const unfinishedJobs = async () => Number((await db.query('select count(*) from payload_jobs where completed_at is null')).rows[0].count)

/** Waits until every job completed and the sink holds `total` messages, then one more lease for late duplicates. */
async function waitForDeliveries(total: number, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (sink.received.length >= total && (await unfinishedJobs()) === 0) break
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await new Promise((resolve) => setTimeout(resolve, LEASE_SECONDS * 1000 * 2))
}

const orderNumberOf = (subject: string) => /^New order (\S+) /.exec(subject)?.[1]

beforeAll(async () => {
  sink = await startSmtpSink()
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  await app.payload.update({
    collection: 'websites',
    id: basics.website.id,
    data: { orderAlertRecipients: ['sales@test.local'] } as never,
    overrideAccess: true,
  })
  token = await app.login(ADMIN.email, ADMIN.password)
  db = new pg.Client({ connectionString: process.env.DATABASE_URI })
  await db.connect()
  // one after the other: four Payload boots at once would only fight over the two cores
  for (const name of ['app-1', 'app-2']) await startApp(name)
  for (const name of ['worker-1', 'worker-2']) await startWorker(name)
}, 240_000)

afterAll(async () => {
  await stopChildren(children)
  await db?.end()
  await app?.close()
  await sink?.stop()
})

describe('domain events are delivered exactly once by several app processes and workers', () => {
  it(`gives exactly ${ORDERS} alert emails for ${ORDERS} orders placed through 2 app processes, with 2 workers`, async () => {
    const apps = children.filter((child) => child.name.startsWith('app-'))
    const placed = await placeOrders(apps, ORDERS)
    await waitForDeliveries(ORDERS)

    const numbers = sink.received.map((mail) => orderNumberOf(mail.subject))
    expect(sink.received).toHaveLength(ORDERS)
    expect(new Set(numbers).size).toBe(ORDERS)
    expect([...numbers].sort()).toEqual([...placed].sort())
    const ledger = await db.query("select count(*) from event_deliveries where status = 'sent'")
    expect(Number(ledger.rows[0].count)).toBe(ORDERS)
  }, 150_000)

  it('still gives exactly one email per order when a worker is SIGKILLed in the middle of sending', async () => {
    const before = sink.received.length
    const apps = children.filter((child) => child.name.startsWith('app-'))
    const victim = children.find((child) => child.name === 'worker-1')!
    const placing = placeOrders(apps, ORDERS)

    // Once deliveries flow, stop answering the mail server's "250 OK": every runner is now inside a send.
    while (sink.received.length < before + 60) await new Promise((resolve) => setTimeout(resolve, 50))
    sink.hold()
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const exited = new Promise((resolve) => victim.process.once('exit', resolve))
    process.kill(-victim.process.pid!, 'SIGKILL')
    await exited
    await new Promise((resolve) => setTimeout(resolve, 300)) // the sink notices the closed connections
    const droppedByKill = sink.dropped()
    sink.release()

    const placed = await placing
    await waitForDeliveries(before + ORDERS)

    // The killed worker was sending: its messages never got accepted, and its jobs came back after the lease.
    expect(droppedByKill).toBeGreaterThan(0)
    const numbers = sink.received.slice(before).map((mail) => orderNumberOf(mail.subject))
    expect(numbers).toHaveLength(ORDERS)
    expect([...numbers].sort()).toEqual([...placed].sort())
    expect(await unfinishedJobs()).toBe(0)
    const retried = await db.query("select count(*) from event_deliveries where status = 'sent' and attempts > 1")
    expect(Number(retried.rows[0].count)).toBeGreaterThanOrEqual(droppedByKill)
    console.log(`[multi-process] SIGKILL cut ${droppedByKill} sends short; ${retried.rows[0].count} deliveries took more than one attempt; ${numbers.length} emails for ${ORDERS} orders`)
  }, 150_000)

  it('sends once when a frozen worker’s lease runs out and another runner takes over its deliveries', async () => {
    const ORDERS_HERE = 60
    const before = sink.received.length
    const apps = children.filter((child) => child.name.startsWith('app-'))
    const frozen = children.find((child) => child.name === 'worker-2')!
    const placing = placeOrders(apps, ORDERS_HERE)

    while (sink.received.length < before + 10) await new Promise((resolve) => setTimeout(resolve, 50))
    sink.hold()
    await new Promise((resolve) => setTimeout(resolve, 1000)) // every runner is inside a send
    process.kill(-frozen.process.pid!, 'SIGSTOP')
    // The frozen worker's messages are accepted, but it cannot mark them sent; it stops renewing its lease.
    sink.release()
    // Once its lease ran out, the app runners claim its jobs and wait on the delivery records it still holds.
    let waiting = 0
    const deadline = Date.now() + LEASE_SECONDS * 1000 * 5
    while (waiting === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200))
      const result = await db.query(
        "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query ilike '%event_deliveries%'",
      )
      waiting = Number(result.rows[0].count)
    }
    process.kill(-frozen.process.pid!, 'SIGCONT')

    const placed = await placing
    await waitForDeliveries(before + ORDERS_HERE)
    const numbers = sink.received.slice(before).map((mail) => orderNumberOf(mail.subject))
    expect([...numbers].sort()).toEqual([...placed].sort())
    expect(await unfinishedJobs()).toBe(0)
    // and the case really happened: a second runner was waiting on the frozen worker's delivery record
    expect(waiting, 'another runner took over a frozen delivery').toBeGreaterThan(0)
    console.log(`[multi-process] frozen worker: ${waiting} runner(s) waited on its delivery records; ${numbers.length} emails for ${ORDERS_HERE} orders`)
  }, 120_000)
})

