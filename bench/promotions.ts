/**
 * `npx tsx bench/promotions.ts [--duration S] [--connections C]`: the promotions stage under load — a 20-line cart
 * priced with 50 active promotions (line, order, buy-X-get-Y, segment, audience, first-order and coupon-only ones),
 * measured through POST /api/marketing/preview (the calculation only) and POST /api/orders (calculation, redemption
 * and the order's transaction). The app is Payload's REST handler (src/http/routes.ts, what the Next route files
 * call) behind a bare node:http server in a child process, without Next.js routing; the database is a fresh
 * `bureau_bench_promotions` on the embedded cluster of BUREAU_PG_PORT (or DATABASE_URI's server), its schema pushed
 * (NODE_ENV=development: the merge's migration does not exist yet). Results go to bench/results/promotions-*.json.
 */
import http from 'node:http'
import path from 'node:path'
import fs from 'node:fs'

import { getPayload, type Payload } from 'payload'
import pg from 'pg'

import { buildBureauConfig } from '../src/config'
import { startEmbeddedPostgres } from '../src/db/embedded'
import { projectRoot } from '../src/db/resolve'
import { restRoutes } from '../src/http/routes'
import { isMain, spawnTs } from './child'
import { measure, type Measurement } from './load'

const DATABASE = 'bureau_bench_promotions'
const LINES = 20
const PROMOTIONS = 50
const local = { overrideAccess: true, depth: 0 } as const

type Ready = { port: number; token: string; customer: number; products: number[] }

/** 20 products, a buyer in a group, and 50 promotions of every kind; about a third of them apply to the cart. */
async function seed(payload: Payload): Promise<Omit<Ready, 'port'>> {
  const role = await payload.create({ collection: 'roles', data: { name: 'Administrator', code: 'administrator', administrator: true }, ...local })
  await payload.create({ collection: 'users', data: { email: 'bench@bureau.local', password: 'bureau-bench', roles: [role.id] }, ...local })
  const usd = await payload.create({ collection: 'currencies', data: { code: 'USD', name: 'US Dollar', minorDigits: 2 }, ...local })
  const website = await payload.create({ collection: 'websites', data: { name: 'Bench', code: 'bench', defaultCurrency: usd.id }, ...local })
  const group = await payload.create({ collection: 'customer-groups', data: { name: 'Wholesale', code: 'wholesale' }, ...local })
  const customer = await payload.create({ collection: 'customers', data: { name: 'Bench Buyer', code: 'BENCH', group: group.id }, ...local })
  const products: number[] = []
  for (let index = 0; index < LINES; index += 1) {
    const product = await payload.create({ collection: 'products', data: { sku: `P-${index}`, name: `Product ${index}`, status: 'active', basePrices: [{ currency: usd.id, amount: 199 + index * 137 }] }, ...local })
    products.push(product.id)
  }
  const skus = (from: number) => [0, 1, 2].map((offset) => `P-${(from + offset) % LINES}`).join(',')
  const kinds: Array<(index: number) => Record<string, unknown>> = [
    (index) => ({ conditions: [{ blockType: 'productSegment', skus: skus(index) }], action: [{ blockType: 'linePercent', percent: '5' }] }),
    () => ({ conditions: [{ blockType: 'subtotalAtLeast', amount: 1000 }], action: [{ blockType: 'orderPercent', percent: '2' }] }),
    (index) => ({ conditions: [{ blockType: 'productSegment', skus: skus(index) }], action: [{ blockType: 'buyXGetY', buy: 3, get: 1, percent: '50' }] }),
    () => ({ conditions: [{ blockType: 'quantityAtLeast', quantity: 10 }], action: [{ blockType: 'lineFixed', amount: 1, per: 'line' }] }),
    () => ({ customerGroups: [group.id], action: [{ blockType: 'orderFixed', amount: 100 }] }),
    () => ({ conditions: [{ blockType: 'subtotalAtLeast', amount: 100_000_000 }], action: [{ blockType: 'orderPercent', percent: '50' }] }),
    () => ({ conditions: [{ blockType: 'website', websites: [website.id] }, { blockType: 'currency', currencies: 'USD' }, { blockType: 'firstOrder' }], action: [{ blockType: 'orderPercent', percent: '1' }] }),
    () => ({ couponRequired: true, action: [{ blockType: 'orderPercent', percent: '10' }] }),
  ]
  for (let index = 0; index < PROMOTIONS; index += 1) {
    await payload.create({ collection: 'promotions', data: { name: `Promotion ${index}`, priority: index, ...kinds[index % kinds.length](index) } as never, ...local })
  }
  return { token: '', customer: customer.id, products }
}

async function readBody(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** The child: Payload and its REST handler on a free loopback port. */
async function serve(): Promise<void> {
  const config = buildBureauConfig()
  const payload = await getPayload({ config })
  const seeded = await seed(payload)
  const routes = restRoutes(config)
  const server = http.createServer(async (request, response) => {
    const url = `http://127.0.0.1${request.url}`
    const body = request.method === 'GET' ? undefined : await readBody(request)
    const method = (request.method ?? 'GET') as 'GET' | 'POST'
    const slug = new URL(url).pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
    const answer = await routes[method](new Request(url, { method, headers: request.headers as Record<string, string>, body }), { params: Promise.resolve({ slug }) })
    response.writeHead(answer.status, Object.fromEntries(answer.headers.entries()))
    response.end(Buffer.from(await answer.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  const login = await fetch(`http://127.0.0.1:${port}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench@bureau.local', password: 'bureau-bench' }) })
  const { token } = (await login.json()) as { token: string }
  process.send?.({ ...seeded, port, token } satisfies Ready)
}

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? fallback : Number(process.argv[at + 1])
}

async function main(): Promise<void> {
  const settings = { connections: flag('connections', 10), durationS: flag('duration', 10), warmupS: flag('warmup', 3) }
  let serverUri = process.env.DATABASE_URI
  let stopDatabase = async () => {}
  if (!serverUri) {
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(projectRoot, '.data', 'postgres'), port: Number(process.env.BUREAU_PG_PORT ?? 54329), log: console.log })
    serverUri = embedded.uri('postgres')
    stopDatabase = () => embedded.stop()
  }
  const admin = new URL(serverUri)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  await client.query(`drop database if exists "${DATABASE}" with (force)`)
  await client.query(`create database "${DATABASE}"`)
  await client.end()
  admin.pathname = `/${DATABASE}`
  const child = spawnTs<Ready>(import.meta.url, ['--serve'], { env: { ...process.env, DATABASE_URI: admin.toString(), BUREAU_JOBS_AUTORUN: 'false', NODE_ENV: 'development', PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'bench-promotions-secret' }, timeoutMs: 300_000 })
  try {
    const ready = await child.message
    const base = `http://127.0.0.1:${ready.port}/api`
    const headers = { 'content-type': 'application/json', authorization: `JWT ${ready.token}` }
    const cart = { customer: ready.customer, currency: 'USD', lines: ready.products.map((product, index) => ({ product, quantity: index + 1 })) }
    const applied = (body: string, pick: (parsed: { calculation?: { appliedPromotions?: unknown[] }; doc?: { appliedPromotions?: unknown[] } }) => unknown[] | undefined) => {
      const count = pick(JSON.parse(body) as never)?.length ?? 0
      if (count < 10) throw new Error(`expected at least 10 promotions applied, got ${count}: ${body.slice(0, 300)}`)
    }
    const results: Measurement[] = []
    results.push(
      await measure(
        { name: `POST /api/marketing/preview (${LINES} lines, ${PROMOTIONS} promotions)`, url: `${base}/marketing/preview`, method: 'POST', headers, body: JSON.stringify(cart), verify: (status, body) => {
          if (status !== 200) throw new Error(`preview answered ${status}: ${body.slice(0, 300)}`)
          applied(body, (parsed) => parsed.calculation?.appliedPromotions)
        } },
        settings,
      ),
    )
    results.push(
      await measure(
        { name: `POST /api/orders (${LINES} lines, ${PROMOTIONS} promotions)`, url: `${base}/orders`, method: 'POST', headers, body: JSON.stringify(cart), verify: (status, body) => {
          if (status !== 201) throw new Error(`order answered ${status}: ${body.slice(0, 300)}`)
          applied(body, (parsed) => parsed.doc?.appliedPromotions)
        } },
        settings,
      ),
    )
    console.table(results.map((row) => ({ target: row.target, 'req/s': row.requestsPerSec.toFixed(1), 'p50 ms': row.p50, 'p99 ms': row.p99, errors: row.non2xx + row.errors + row.timeouts })))
    const file = path.join(projectRoot, 'bench', 'results', `promotions-${new Date().toISOString().replaceAll(':', '-')}.json`)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, JSON.stringify({ settings, lines: LINES, promotions: PROMOTIONS, results }, null, 2))
    console.log(`results: ${file}`)
  } finally {
    child.child.kill('SIGTERM')
    await stopDatabase()
  }
}

if (isMain(import.meta.url)) {
  if (process.argv.includes('--serve')) await serve()
  else await main()
}
