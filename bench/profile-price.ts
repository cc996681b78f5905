/**
 * `npx tsx bench/profile-price.ts [--runs N]` after an `npm run bench -- commerce` run: the CPU cost of one 20-line
 * cart price and of one commerce listing page, without HTTP or concurrency. It starts the bench's embedded cluster
 * again (`.data/postgres-bench`, BUREAU_BENCH_PG_PORT), opens the `bureau_bench` database the run left, calls the
 * endpoints' own functions (`priceCart`, `listProducts`) as the bench administrator one at a time and prints p50 / p99
 * per call and the database round trips per call. With `node --cpu-prof --import tsx bench/profile-price.ts` it
 * leaves a .cpuprofile to open in Chrome DevTools. For comparing hot-path changes like with like; the figures of
 * record come from `npm run bench`. `--only cart,listing,auth` runs the parts named (a CPU profile of one path);
 * `--log-queries` prints the statements of one call of each, with their wall time and rows.
 */
import { parseArgs } from 'node:util'

import pg from 'pg'
import { createLocalReq, createPayloadRequest, type PayloadRequest } from 'payload'

import { BENCH_ADMIN } from './dataset'
import { reopenBenchDatabase } from './reopen'
import { CART_LINES, MANHATTAN } from './commerce-seed'

const { values: flags } = parseArgs({ options: { runs: { type: 'string', default: '300' }, only: { type: 'string' }, 'log-queries': { type: 'boolean', default: false } } })
const runs = Number(flags.runs)
/** `--only cart` or `--only listing` (or `auth`): one part, to compare a change in half the time. */
const wanted = (part: 'cart' | 'listing' | 'auth') => !flags.only || flags.only.split(',').includes(part)

const { payload, uri: databaseUri, close } = await reopenBenchDatabase()
// Loaded after the config, never before it: under tsx on Node 20, importing `@payloadcms/drizzle` (the listing
// does) before the dynamic import of payload.config left that import unsettled in about 1 run of 3 (exit code 13,
// or a silent hang while the cluster's child process keeps the loop alive); docs/DECISIONS.md.
const { listProducts } = await import('../collections/sales/commerce/products-endpoint')
const { priceCart } = await import('../collections/sales/commerce/price-endpoint')
try {
  const client = new pg.Client({ connectionString: databaseUri })
  await client.connect()
  const customer = Number((await client.query(`select id from customers where code = 'BENCH-C1'`)).rows[0].id)
  const cart = (await client.query(`select id from products where type = 'simple' order by id limit ${CART_LINES}`)).rows.map((row) => Number(row.id))
  await client.end()

  const user = (await payload.find({ collection: 'users', where: { email: { equals: BENCH_ADMIN.email } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  const freshReq = async (): Promise<PayloadRequest> => createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  const body = { customer, currency: 'USD', lines: cart.map((product, index) => ({ product, quantity: (index % 12) + 1 })), shippingAddress: MANHATTAN }

  // count the pool's queries per call: every statement goes through pg.Client.prototype.query
  let queries = 0
  let logging = false
  const original = pg.Client.prototype.query
  pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
    queries += 1
    if (logging) {
      const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string }).text ?? '')
      const started = performance.now()
      const print = (result: { rowCount?: number | null; rows?: unknown[] } | undefined) =>
        console.log(`    ${(performance.now() - started).toFixed(2)} ms, ${result?.rows?.length ?? result?.rowCount ?? 0} rows: ${text.replace(/\s+/g, ' ').slice(0, 160)}`)
      // pg-pool passes a callback; a client used directly answers a promise
      const callback = args.at(-1)
      if (typeof callback === 'function') {
        args[args.length - 1] = (error: unknown, result: never) => {
          print(result)
          return (callback as (...a: unknown[]) => unknown)(error, result)
        }
      } else {
        const answer = (original as (...a: unknown[]) => unknown).apply(this, args)
        if (answer instanceof Promise) void answer.then(print, () => undefined)
        return answer
      }
    }
    return (original as (...a: unknown[]) => unknown).apply(this, args)
  } as typeof original

  // time spent per local API operation and collection, to see which reads a call makes and what each costs
  const operations = new Map<string, { calls: number; ms: number }>()
  for (const method of ['find', 'findByID', 'findGlobal', 'count'] as const) {
    const original = (payload[method] as (...a: unknown[]) => Promise<unknown>).bind(payload)
    ;(payload as unknown as Record<string, unknown>)[method] = async (options: { collection?: string; slug?: string }) => {
      const started = performance.now()
      try {
        return await original(options)
      } finally {
        const key = `${method} ${options.collection ?? options.slug}`
        const entry = operations.get(key) ?? { calls: 0, ms: 0 }
        entry.calls += 1
        entry.ms += performance.now() - started
        operations.set(key, entry)
      }
    }
  }

  const time = async (name: string, call: (req: PayloadRequest) => Promise<unknown>) => {
    for (let index = 0; index < 30; index += 1) await call(await freshReq())
    if (flags['log-queries']) {
      console.log(`the statements of one call (${name}), with their wall time and rows:`)
      logging = true
      await call(await freshReq())
      logging = false
    }
    const times: number[] = []
    queries = 0
    operations.clear()
    // the process's own CPU (user + system) per call: on a shared machine less noisy than the wall-clock latency
    const cpuBefore = process.cpuUsage()
    for (let index = 0; index < runs; index += 1) {
      const req = await freshReq()
      const start = performance.now()
      await call(req)
      times.push(performance.now() - start)
    }
    const cpu = process.cpuUsage(cpuBefore)
    times.sort((a, b) => a - b)
    const at = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))].toFixed(2)
    const cpuPerCall = ((cpu.user + cpu.system) / 1000 / runs).toFixed(2)
    console.log(`${name}: p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, ${cpuPerCall} ms CPU of this process per call, ${(queries / runs).toFixed(1)} queries per call (${runs} calls, one at a time)`)
    for (const [key, entry] of [...operations].sort((a, b) => b[1].ms - a[1].ms)) {
      console.log(`  ${key}: ${(entry.calls / runs).toFixed(1)} per call, ${(entry.ms / entry.calls).toFixed(2)} ms each`)
    }
  }
  // What every authenticated HTTP request pays before an endpoint runs: Payload's JWT strategy (verify, read the user).
  if (wanted('auth')) {
    const { token } = await payload.login({ collection: 'users', data: { email: BENCH_ADMIN.email, password: BENCH_ADMIN.password } })
    // createPayloadRequest is what every REST route runs first (i18n, query, the auth strategies, not permissions)
    await time('createPayloadRequest, the bench administrator (JWT)', async () => {
      const request = new Request('http://127.0.0.1/api/commerce/price', { method: 'POST', headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' } })
      const req = await createPayloadRequest({ config: payload.config, request })
      if (!req.user) throw new Error('the JWT did not authenticate')
    })
  }
  if (wanted('cart')) await time(`priceCart, ${CART_LINES} lines, Manhattan`, (req) => priceCart(req, body))
  if (wanted('listing')) await time('listProducts, 24 per page, for a customer', (req) => listProducts(req, { customer, currency: 'USD', limit: 24 }))
} finally {
  await close()
}
