/**
 * `npx tsx bench/profile-http.ts [target] [--dist DIR] [--duration S] [--connections C] [--processes P]` after an `npm run bench --
 * commerce` run: serves a build (`.next-bench` by default, or a baseline's) on the dataset the run left, loads one
 * target over HTTP and prints req/s, p50/p99 and the CPU each process spent per request (the app's Node process and
 * all PostgreSQL backends, read from /proc), so a change can be judged by where it moves CPU, not only by req/s: on a
 * shared 2-core machine req/s drifts with the neighbours, CPU per request much less. Run two builds one after the
 * other (A/B, several rounds) to compare. `BUREAU_BENCH_CPU_PROF=<dir>` also leaves the app's .cpuprofile there.
 *
 * Targets: `cart` (the 20-line POST /api/commerce/price of the commerce bench), `listing` (GET /api/commerce/products,
 * 24 cards for a customer), `plain` (GET /api/products?limit=24), `me` (GET /api/users/me: authentication and little
 * else, the floor of an authenticated request), `checkout` (the checkout bench's POST /api/commerce/checkout, 3 random
 * stocked products for a random customer, after an `npm run bench -- checkout` run stocked them; its default
 * connections are the checkout bench's 32). All as the bench administrator. `--processes P` serves the build from P
 * app processes and spreads the connections over them (autocannon's URL list); the app's CPU is then theirs summed.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import autocannon from 'autocannon'
import pg from 'pg'

import { startEmbeddedPostgres } from '../src/db/embedded'
import { projectRoot } from '../src/db/resolve'
import { resolvePayloadSecret } from '../src/db/secret'
import { BENCH_DIST_DIR, startApp } from './app-server'
import { checkoutTarget } from './checkout'
import { cpuByProcess } from './process-cpu'
import { CART_LINES, MANHATTAN } from './commerce-seed'
import { BENCH_DATABASE } from './database'
import { BENCH_ADMIN } from './dataset'

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: { dist: { type: 'string', default: BENCH_DIST_DIR }, duration: { type: 'string', default: '10' }, connections: { type: 'string' }, processes: { type: 'string', default: '1' } },
})
const target = positionals[0] ?? 'cart'
if (!['cart', 'listing', 'plain', 'me', 'checkout'].includes(target)) throw new Error(`unknown target ${target}: cart | listing | plain | me | checkout`)

const embedded = await startEmbeddedPostgres({ dataDir: path.join(projectRoot, '.data', 'postgres-bench'), port: Number(process.env.BUREAU_BENCH_PG_PORT ?? 54349), log: () => {} })
const uri = embedded.uri(BENCH_DATABASE)
const app = await startApp({ DATABASE_URI: uri, PAYLOAD_SECRET: resolvePayloadSecret() }, path.join(projectRoot, 'bench/results/profile-http.log'), flags.dist)
const others: Awaited<ReturnType<typeof startApp>>[] = []
try {
  for (let index = 2; index <= Number(flags.processes); index++) {
    others.push(await startApp({ DATABASE_URI: uri, PAYLOAD_SECRET: resolvePayloadSecret() }, path.join(projectRoot, `bench/results/profile-http.${index}.log`), flags.dist))
  }
  const login = (await (await fetch(`${app.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: BENCH_ADMIN.email, password: BENCH_ADMIN.password }) })).json()) as { token: string }
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  const customer = Number((await client.query(`select id from customers where code = 'BENCH-C1'`)).rows[0].id)
  const cart = (await client.query(`select id from products where type = 'simple' order by id limit ${CART_LINES}`)).rows.map((row) => Number(row.id))
  const stocked = target === 'checkout' ? (await client.query(`select product_id from inventory_levels where available > 0 order by product_id`)).rows.map((row) => Number(row.product_id)) : []
  const buyers = target === 'checkout' ? (await client.query(`select id from customers where code like 'BENCH-C%' order by id`)).rows.map((row) => Number(row.id)) : []
  await client.end()
  if (target === 'checkout' && !stocked.length) throw new Error('checkout: no stocked product; run `npm run bench -- checkout` first')
  const headers = { 'content-type': 'application/json', authorization: `JWT ${login.token}` }
  const checkout = checkoutTarget(app.url, { token: login.token, customerIds: buyers, productIds: stocked, shippingAddress: MANHATTAN })
  const request: autocannon.Options =
    target === 'checkout'
      ? { url: checkout.url, method: 'POST', headers: checkout.headers, body: checkout.body as string, requests: [{ setupRequest: checkout.setupRequest as never }], timeout: checkout.timeoutS }
      : target === 'cart'
      ? { url: `${app.url}/api/commerce/price`, method: 'POST', headers, body: JSON.stringify({ customer, currency: 'USD', lines: cart.map((product, index) => ({ product, quantity: (index % 12) + 1 })), shippingAddress: MANHATTAN }) }
      : target === 'listing'
        ? { url: `${app.url}/api/commerce/products?customer=${customer}&currency=USD&limit=24`, headers }
        : target === 'me'
          ? { url: `${app.url}/api/users/me`, headers }
          : { url: `${app.url}/api/products?limit=24`, headers }
  const first = await fetch(request.url, { method: request.method ?? 'GET', headers: request.headers as Record<string, string>, body: request.body as string | undefined })
  if (!first.ok) throw new Error(`${target}: ${first.status} ${(await first.text()).slice(0, 300)}`)
  const connections = Number(flags.connections ?? (target === 'checkout' ? 32 : 10))
  // the same path on every process: autocannon gives each connection one of the URLs in turn
  if (others.length) request.url = [request.url, ...others.map((other) => request.url.replace(app.url, other.url))] as never
  await autocannon({ ...request, connections, duration: 3 }) // warm-up: JIT, pools, prepared statements
  const before = cpuByProcess()
  const result = await autocannon({ ...request, connections, duration: Number(flags.duration) })
  const after = cpuByProcess()
  const served = result.requests.total
  const perRequest = (name: string) => (((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000) / served
  console.log(
    `${target} (${flags.dist}${others.length ? `, ${others.length + 1} processes` : ''}): ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
      `CPU per request: app ${perRequest('app').toFixed(2)} ms, PostgreSQL ${perRequest('postgres').toFixed(2)} ms` +
      (result.non2xx || result.errors ? `; ${result.non2xx} non-2xx, ${result.errors} errors` : ''),
  )
} finally {
  for (const other of others) await other.stop()
  await app.stop()
  await embedded.stop()
}
