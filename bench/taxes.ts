/**
 * `npx tsx bench/taxes.ts [--duration S --connections C --warmup S]`: the price of taxes on the order write path.
 * A fresh `bureau_bench_taxes` database (on DATABASE_URI's server, else the embedded cluster on BUREAU_PG_PORT)
 * gets 200 tax rules (50 US states, 60 New York localities by ZIP range, 27 EU countries × 2, 36 New York
 * product-code rules), 20 products and a buyer; then `POST /api/orders` with 20 lines is loaded with autocannon
 * (bench/load.ts), once shipped to Manhattan (the tax stage reads and matches the rules) and once with no address
 * (the stage stops before reading rules), to show what the tax stage costs; and the cart price alone, the kit's
 * `calculate` called in process, both ways.
 *
 * The app is Payload's own REST route handlers (src/http/routes.ts, what Next.js calls under /api) behind a bare
 * node:http server in this process, in development mode (the schema is pushed): no `next build`, so it runs in a
 * minute on a shared machine. Figures are printed and written to bench/results/taxes-<timestamp>.json.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'

import pg from 'pg'
import { createLocalReq, getPayload, type Payload } from 'payload'

import { buildBureauConfig } from '../src/config'
import { calculate, type CalculationInput } from '../src/kit'
import { closePayload } from '../src/db/close-payload'
import { projectRoot, resolveDatabase } from '../src/db/resolve'
import { resolvePayloadSecret } from '../src/db/secret'
import { restRoutes } from '../src/http/routes'
import { measure, type Measurement, type Target } from './load'

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
  },
})
const settings = { durationS: Number(flags.duration), connections: Number(flags.connections), warmupS: Number(flags.warmup) }
const DATABASE = 'bureau_bench_taxes'
const ADMIN = { email: 'bench-taxes@bureau.local', password: 'bureau-bench-taxes', name: 'Tax bench' }
const LINES = 20
const log = (message: string) => console.log(`[bench:taxes] ${message}`)

const US_STATES = 'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(' ')
const EU = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ')

/** A fresh database: dropped and created on the server (embedded unless DATABASE_URI names one). */
async function freshDatabase(): Promise<{ uri: string; stop: () => Promise<void> }> {
  const serverUri = process.env.DATABASE_URI
  const resolved = serverUri ? { uri: serverUri } : await resolveDatabase('postgres', log)
  const admin = new pg.Client({ connectionString: resolved.uri })
  await admin.connect()
  await admin.query(`drop database if exists ${DATABASE} with (force)`)
  await admin.query(`create database ${DATABASE}`)
  await admin.end()
  const uri = new URL(resolved.uri)
  uri.pathname = `/${DATABASE}`
  return { uri: uri.toString(), stop: async () => void (await ('embedded' in resolved ? resolved.embedded?.stop() : undefined)) }
}

async function loadDataset(payload: Payload) {
  const local = { overrideAccess: true, depth: 0 } as const
  const role = await payload.create({ collection: 'roles', data: { name: 'Administrator', code: 'administrator', administrator: true }, ...local })
  await payload.create({ collection: 'users', data: { ...ADMIN, roles: [role.id] }, ...local })
  const usd = await payload.create({ collection: 'currencies', data: { code: 'USD', name: 'US Dollar', minorDigits: 2 }, ...local })
  const buyer = await payload.create({ collection: 'customers', data: { name: 'Tax bench buyer', code: 'TAXBENCH' }, ...local })
  const codes = new Map<string, number>()
  for (const code of ['standard', 'clothing', 'food', 'reduced']) {
    codes.set(code, (await payload.create({ collection: 'tax-codes', data: { code, kind: 'product' }, ...local })).id)
  }
  let rules = 0
  const area = async (data: { code: string; country: string; region?: string; zipCodes?: Array<{ zip: string }> }) =>
    (await payload.create({ collection: 'tax-jurisdictions', data, ...local })).id
  const rule = async (code: string, jurisdiction: number, rate: string, productTaxCode?: number) => {
    await payload.create({ collection: 'tax-rules', data: { code, jurisdiction, rate, productTaxCode }, ...local })
    rules += 1
  }
  const states = new Map<string, number>()
  for (const [index, state] of US_STATES.entries()) {
    states.set(state, await area({ code: `US-${state}`, country: 'US', region: state }))
    await rule(`${state} State`, states.get(state)!, (4 + (index % 4)).toString())
  }
  // 60 New York localities, each a ZIP range; Manhattan's 10001-10292 is one of them
  for (let index = 0; index < 60; index += 1) {
    const from = 10001 + index * 300
    const zip = index === 0 ? '10001-10292' : `${from}-${from + 299}`
    await rule(`NY local ${index}`, await area({ code: `US-NY-L${index}`, country: 'US', region: 'NY', zipCodes: [{ zip }, { zip: `1${index.toString().padStart(2, '0')}9*` }] }), '4.5')
  }
  for (const country of EU) {
    const id = await area({ code: country, country })
    await rule(`${country} VAT`, id, '20')
    await rule(`${country} VAT reduced`, id, '7', codes.get('reduced'))
  }
  for (let index = 0; rules < 200; index += 1) {
    const code = ['clothing', 'food', 'reduced'][index % 3]
    await rule(`NY ${code} ${index}`, states.get('NY')!, `0.${(index % 9) + 1}`, codes.get(code))
  }
  const products: number[] = []
  for (let index = 0; index < LINES; index += 1) {
    const product = await payload.create({
      collection: 'products',
      data: { sku: `TAX-${index}`, name: `Taxed product ${index}`, status: 'active', basePrices: [{ currency: usd.id, amount: 999 + index * 137 }], taxCode: codes.get(index % 2 ? 'clothing' : 'standard') },
      ...local,
    })
    products.push(product.id)
  }
  return { buyer: buyer.id, products, rules }
}

/** Payload's REST route handlers behind node:http, as Next.js calls them under /api. */
function serve(config: ReturnType<typeof buildBureauConfig>): Promise<{ url: string; close: () => Promise<void> }> {
  const routes = restRoutes(config)
  let inFlight = 0
  const server = http.createServer(async (req, res) => {
    // counted until the handler is done, not until the client hangs up (autocannon drops its last requests)
    inFlight += 1
    try {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const method = (req.method ?? 'GET') as keyof typeof routes
      const url = `http://127.0.0.1${req.url ?? '/'}`
      const headers = Object.entries(req.headers).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value] as [string, string]] : []))
      const request = new Request(url, { method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined })
      const slug = new URL(url).pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
      const response = await routes[method](request, { params: Promise.resolve({ slug }) })
      res.writeHead(response.status, Object.fromEntries(response.headers.entries()))
      res.end(Buffer.from(await response.arrayBuffer()))
    } finally {
      inFlight -= 1
    }
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      // Closing waits for requests autocannon abandoned at the end of a run, so the pool is not closed under them.
      const close = async () => {
        for (let waited = 0; inFlight > 0 && waited < 120; waited += 1) await new Promise((done) => setTimeout(done, 500))
        await new Promise<void>((done) => server.close(() => done()))
      }
      resolve({ url: `http://127.0.0.1:${port}`, close })
    }),
  )
}

const orderTarget = (name: string, url: string, token: string, body: Record<string, unknown>, expectTax: boolean): Target => ({
  name,
  url: `${url}/api/orders`,
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
  body: JSON.stringify(body),
  verify: (status, text) => {
    if (status !== 201) throw new Error(`answered ${status}: ${text.slice(0, 300)}`)
    const { doc } = JSON.parse(text) as { doc: { lines: unknown[]; taxTotal: number } }
    if (doc.lines.length !== LINES || doc.taxTotal > 0 !== expectTax) throw new Error(`unexpected order: ${text.slice(0, 300)}`)
  },
})

/**
 * The cart price alone: the kit's `calculate` (line loader + every stage + invariants) in this process, one call at a
 * time, `runs` times after 20 unmeasured calls; p50 / p99 in ms.
 */
async function priceInProcess(payload: Payload, input: CalculationInput, runs: number) {
  const req = await createLocalReq({}, payload)
  for (let index = 0; index < 20; index += 1) await calculate(req, input)
  const times: number[] = []
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now()
    await calculate(req, input)
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const at = (share: number) => Number(times[Math.min(times.length - 1, Math.floor(share * times.length))].toFixed(1))
  return { runs, p50: at(0.5), p99: at(0.99) }
}

const database = await freshDatabase()
process.env.DATABASE_URI = database.uri
process.env.BUREAU_JOBS_AUTORUN = 'false'
process.env.PAYLOAD_SECRET ??= resolvePayloadSecret()
const config = buildBureauConfig()
const payload = await getPayload({ config })
let server: Awaited<ReturnType<typeof serve>> | undefined
try {
  const dataset = await loadDataset(payload)
  log(`${dataset.rules} tax rules, ${LINES} products`)
  server = await serve(config)
  const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })
  const { token } = (await login.json()) as { token: string }
  const lines = dataset.products.map((product, index) => ({ product, quantity: (index % 5) + 1 }))
  const manhattan = { country: 'US', region: 'NY', postalCode: '10001', city: 'New York' }
  const targets = [
    orderTarget(`POST /api/orders, ${LINES} lines, Manhattan (${dataset.rules} rules)`, server.url, token, { customer: dataset.buyer, currency: 'USD', lines, shippingAddress: manhattan }, true),
    orderTarget(`POST /api/orders, ${LINES} lines, no address (tax stage stops early)`, server.url, token, { customer: dataset.buyer, currency: 'USD', lines }, false),
  ]
  const cart = { customer: dataset.buyer, currency: 'USD', lines }
  const inProcess = {
    manhattan: await priceInProcess(payload, { ...cart, shippingAddress: manhattan }, 200),
    noAddress: await priceInProcess(payload, cart, 200),
  }
  log(`calculate() in process, ${LINES} lines, Manhattan: p50 ${inProcess.manhattan.p50} ms, p99 ${inProcess.manhattan.p99} ms`)
  log(`calculate() in process, ${LINES} lines, no address: p50 ${inProcess.noAddress.p50} ms, p99 ${inProcess.noAddress.p99} ms`)
  const results: Measurement[] = []
  for (const target of targets) {
    log(`${target.name}: ${settings.warmupS} s warm-up, ${settings.durationS} s × ${settings.connections} connections`)
    results.push(await measure(target, settings))
  }
  for (const result of results) log(`${result.target}: ${result.requestsPerSec.toFixed(1)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, non-2xx ${result.non2xx}`)
  const dir = path.join(projectRoot, 'bench', 'results')
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `taxes-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
  fs.writeFileSync(file, JSON.stringify({ settings, rules: dataset.rules, lines: LINES, inProcess, results }, null, 2))
  log(`results: ${file}`)
} finally {
  await server?.close()
  await closePayload(payload)
  await database.stop()
}
