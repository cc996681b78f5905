/**
 * `npx tsx bench/profile-checkout.ts [--runs N] [--concurrency C] [--concurrent-runs M] [--log-queries [--query-chars N]]` after an
 * `npm run bench -- checkout` run: where one checkout's time goes, without HTTP. It starts the bench's embedded
 * cluster again (`.data/postgres-bench`, BUREAU_BENCH_PG_PORT), opens the `bureau_bench` database the run left and
 * calls the endpoint's own `placeOrder` as the bench administrator naming a random commerce customer, 3 random stocked
 * products of quantity 1, shipping to Manhattan, each with its own Idempotency-Key, as `bench/checkout.ts` does:
 * - one at a time: p50 / p99, pool queries per call, the CPU per call of this process and of PostgreSQL, and time
 *   and this process's CPU per local API operation and per collection hook;
 * - then C at once (default 32, M calls in all): orders/s, p50 / p99, and what the database sessions waited on,
 *   sampled from `pg_stat_activity` every 10 ms (lock waits on a hot row show up here, not in the CPU profile).
 * With `node --cpu-prof --import tsx bench/profile-checkout.ts` it leaves a .cpuprofile. It places real orders in
 * the bench database (a few hundred of its 520,000 units); the figures of record come from `npm run bench`.
 */
import { parseArgs } from 'node:util'

import pg from 'pg'
import { createLocalReq, type PayloadRequest } from 'payload'

import { placeOrder } from '../collections/sales/commerce/checkout/place-order'
import { readCheckoutRequest } from '../collections/sales/commerce/checkout/request'
import { BENCH_ADMIN } from './dataset'
import { cpuByProcess } from './process-cpu'
import { reopenBenchDatabase } from './reopen'
import { MANHATTAN } from './commerce-seed'

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '100' },
    concurrency: { type: 'string', default: '32' },
    'concurrent-runs': { type: 'string', default: '320' },
    'skip-serial': { type: 'boolean', default: false },
    'log-queries': { type: 'boolean', default: false },
    'query-chars': { type: 'string', default: '160' },
  },
})
const runs = Number(flags.runs)
const concurrency = Number(flags.concurrency)
const concurrentRuns = Number(flags['concurrent-runs'])
const queryChars = Number(flags['query-chars'])

const { payload, uri: databaseUri, close } = await reopenBenchDatabase()
const sampler = new pg.Client({ connectionString: databaseUri })
await sampler.connect()
try {
  const customerIds = (await sampler.query(`select id from customers where code like 'BENCH-C%'`)).rows.map((row) => Number(row.id))
  const productIds = (await sampler.query(`select product_id from inventory_levels where variant_id is null and available >= 10`)).rows.map((row) => Number(row.product_id))
  if (customerIds.length === 0 || productIds.length === 0) throw new Error('No commerce customers or stocked products: run `npm run bench -- checkout` first')

  const user = (await payload.find({ collection: 'users', where: { email: { equals: BENCH_ADMIN.email } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  const freshReq = async (): Promise<PayloadRequest> => createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  let sequence = 0
  const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)]
  const body = () => {
    const picked = new Set<number>()
    while (picked.size < 3) picked.add(pick(productIds))
    return { customer: pick(customerIds), lines: [...picked].map((product) => ({ product, quantity: 1 })), shippingAddress: MANHATTAN, paymentMethod: 'paymentTerm' }
  }
  const checkout = async () => placeOrder(await freshReq(), readCheckoutRequest(body()), `profile-${process.pid}-${Date.now()}-${sequence++}`)

  // count the pool's queries per call: every statement goes through pg.Client.prototype.query
  let queries = 0
  let logging = false
  const original = pg.Client.prototype.query
  pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
    queries += 1
    if (logging) {
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string }).text ?? ''
      console.log(`    query: ${text.replace(/\s+/g, ' ').slice(0, queryChars)}`)
    }
    return (original as (...a: unknown[]) => unknown).apply(this, args)
  } as typeof original

  // time per local API operation and collection (nested ones included: their time is also inside their caller's)
  // and, one at a time, the process's CPU in it (user + system: every other call is idle then, bar the GC's threads)
  const operations = new Map<string, { calls: number; ms: number; cpuMs: number }>()
  const record = (key: string, started: number, cpuStarted: NodeJS.CpuUsage) => {
    const entry = operations.get(key) ?? { calls: 0, ms: 0, cpuMs: 0 }
    const cpu = process.cpuUsage(cpuStarted)
    entry.calls += 1
    entry.ms += performance.now() - started
    entry.cpuMs += (cpu.user + cpu.system) / 1000
    operations.set(key, entry)
  }
  for (const method of ['find', 'findByID', 'findGlobal', 'count', 'create', 'update', 'updateGlobal'] as const) {
    const wrapped = (payload[method] as (...a: unknown[]) => Promise<unknown>).bind(payload)
    ;(payload as unknown as Record<string, unknown>)[method] = async (options: { collection?: string; slug?: string }) => {
      const started = performance.now()
      const cpuStarted = process.cpuUsage()
      try {
        return await wrapped(options)
      } finally {
        record(`${method} ${options.collection ?? options.slug}`, started, cpuStarted)
      }
    }
  }
  const queue = payload.jobs.queue.bind(payload.jobs)
  payload.jobs.queue = (async (options: { task?: string }) => {
    const started = performance.now()
    const cpuStarted = process.cpuUsage()
    try {
      return await queue(options as never)
    } finally {
      record(`jobs.queue ${options.task}`, started, cpuStarted)
    }
  }) as typeof payload.jobs.queue
  // every collection hook, by collection, kind and function name
  for (const collection of Object.values(payload.collections)) {
    const hooks = collection.config.hooks as unknown as Record<string, Array<(...a: unknown[]) => unknown>>
    for (const [kind, list] of Object.entries(hooks)) {
      if (!Array.isArray(list)) continue
      hooks[kind] = list.map((hook, index) => {
        const key = `hook ${collection.config.slug}.${kind} ${hook.name || `#${index}`}`
        const timed = async (...args: unknown[]) => {
          const started = performance.now()
          const cpuStarted = process.cpuUsage()
          try {
            return await hook(...args)
          } finally {
            record(key, started, cpuStarted)
          }
        }
        // keeps what the hook carries (a many-documents handler, kit/bulk-hooks.ts), untimed
        return Object.assign(timed, hook)
      })
    }
  }

  const percentile = (times: number[], share: number) => [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.floor(share * times.length))].toFixed(1)
  const printOperations = (calls: number, withCpu: boolean) => {
    for (const [key, entry] of [...operations].sort((a, b) => b[1].ms - a[1].ms)) {
      if (entry.ms / calls < 0.05) continue
      const cpu = withCpu ? `, app CPU ${(entry.cpuMs / calls).toFixed(2)} ms per call` : ''
      console.log(`  ${key}: ${(entry.calls / calls).toFixed(1)} per call, ${(entry.ms / entry.calls).toFixed(2)} ms each, ${(entry.ms / calls).toFixed(2)} ms per call${cpu}`)
    }
  }

  for (let index = 0; index < 10; index += 1) await checkout()
  if (flags['log-queries']) {
    console.log('the statements of one checkout:')
    logging = true
    await checkout()
    logging = false
  }
  if (!flags['skip-serial']) {
    const times: number[] = []
    queries = 0
    operations.clear()
    const cpuBefore = process.cpuUsage()
    const databaseBefore = cpuByProcess().get('postgres') ?? 0
    for (let index = 0; index < runs; index += 1) {
      const start = performance.now()
      await checkout()
      times.push(performance.now() - start)
    }
    const cpu = process.cpuUsage(cpuBefore)
    const databaseMs = (((cpuByProcess().get('postgres') ?? 0) - databaseBefore) * 1000) / runs
    console.log(`placeOrder, 3 lines, one at a time: p50 ${percentile(times, 0.5)} ms, p99 ${percentile(times, 0.99)} ms, ${(queries / runs).toFixed(1)} queries per call (${runs} calls)`)
    console.log(`  CPU per call: app ${((cpu.user + cpu.system) / 1000 / runs).toFixed(2)} ms, PostgreSQL ${databaseMs.toFixed(2)} ms (all its processes)`)
    printOperations(runs, true)
  }

  // C at once: throughput, and what the sessions wait on
  const waits = new Map<string, number>()
  let samples = 0
  let sampling = true
  const sample = async () => {
    while (sampling) {
      const { rows } = await sampler.query(
        `select coalesce(wait_event_type, 'CPU') || ':' || coalesce(wait_event, '-') as wait, left(regexp_replace(query, '\\s+', ' ', 'g'), 90) as query, state
         from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle'`,
      )
      samples += 1
      for (const row of rows as Array<{ wait: string; query: string; state: string }>) {
        const key = row.wait.startsWith('Lock') || row.wait.startsWith('LWLock') ? `${row.wait} ← ${row.query}` : `${row.state} ${row.wait}`
        waits.set(key, (waits.get(key) ?? 0) + 1)
      }
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }
  queries = 0
  operations.clear()
  const sampling$ = sample()
  const times: number[] = []
  let failed = 0
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < concurrentRuns) {
        next += 1
        const start = performance.now()
        try {
          await checkout()
          times.push(performance.now() - start)
        } catch (error) {
          failed += 1
          if (failed <= 3) console.log(`  failed: ${(error as Error).message}`)
        }
      }
    }),
  )
  const elapsed = (performance.now() - started) / 1000
  sampling = false
  await sampling$
  console.log(
    `placeOrder, ${concurrency} at once: ${(times.length / elapsed).toFixed(1)} orders/s, p50 ${percentile(times, 0.5)} ms, p99 ${percentile(times, 0.99)} ms, ${(queries / concurrentRuns).toFixed(1)} queries per call, ${failed} failed (${concurrentRuns} calls in ${elapsed.toFixed(1)} s)`,
  )
  printOperations(concurrentRuns, false)
  console.log(`  database sessions by wait (mean sessions over ${samples} samples):`)
  for (const [key, count] of [...waits].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`    ${(count / samples).toFixed(2)}  ${key}`)
} finally {
  await sampler.end()
  await close()
}
