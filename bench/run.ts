/**
 * `npm run bench [-- reads|commerce|checkout … --products N --duration S --connections C --checkout-connections C
 * --warmup S --no-build --processes P]`: builds the app into its own dist dir, loads a generated dataset into a fresh
 * `bureau_bench` database, serves it with `next start`, measures the named benches (none named: all) against bare
 * Node servers on the same machine, and judges the issues' speed goals on the figures of this one run. With
 * `--processes 2` it instead compares the app served by 1 and by 2 processes (bench/scale.ts). See bench/README.md.
 */
import { parseArgs } from 'node:util'

import { resolvePayloadSecret } from '../src/db/secret'
import { BENCH_DIST_DIR, buildApp, hasBuild, startApp } from './app-server'
import { startCeiling } from './ceiling'
import { BENCH_DATABASE, prepareBenchDatabase } from './database'
import { BENCH_ADMIN, loadDataset } from './dataset'
import { measure, type LoadSettings, type Measurement, type Target } from './load'
import { printTable, serverLogFile, writeResults } from './report'
import { measureScale, printScaleTable } from './scale'
import { buildTargets, type CatalogSamples } from './targets'
import { checkoutTarget, countOversells, stockProducts } from './checkout'
import { MANHATTAN } from './commerce-seed'
import { cartPriceTarget, checkCeilingMatches, commerceProductsTarget, sqlCeilingTarget, type Buyer } from './commerce-targets'
import { atLeast, below, printGoals, type Goal } from './goals'
import { measurePriceEdits } from './price-edit'
import { startSqlCeiling } from './sql-ceiling'

const SUITES = ['reads', 'commerce', 'checkout'] as const
type Suite = (typeof SUITES)[number]

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    products: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    'checkout-connections': { type: 'string', default: '32' },
    warmup: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    processes: { type: 'string', default: '1' },
    baseline: { type: 'string' },
    'measure-at': { type: 'string' },
  },
})
const unknownSuite = positionals.find((name) => !(SUITES as readonly string[]).includes(name))
if (unknownSuite) throw new Error(`unknown bench "${unknownSuite}": one of ${SUITES.join(', ')} (none: all)`)
const suites = new Set<Suite>(positionals.length ? (positionals as Suite[]) : SUITES)

const positive = (name: string, value: string, allowZero = false) => {
  const number = Number(value)
  if (!Number.isInteger(number) || number < (allowZero ? 0 : 1)) throw new Error(`--${name} must be a whole number${allowZero ? '' : ' above 0'}`)
  return number
}
const products = positive('products', flags.products)
const processes = positive('processes', flags.processes)
const checkoutConnections = positive('checkout-connections', flags['checkout-connections'])
const settings: LoadSettings = {
  durationS: positive('duration', flags.duration),
  connections: positive('connections', flags.connections),
  warmupS: positive('warmup', flags.warmup, true),
}

const log = (message: string) => console.log(`[bench] ${message}`)
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const startedAt = new Date()
const cleanups: Array<() => Promise<void>> = []
const cleanUp = async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((error) => log(`clean-up: ${String(error)}`))
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)))
}

try {
  const database = await prepareBenchDatabase(log)
  cleanups.push(database.stop)
  const app = { DATABASE_URI: database.uri, PAYLOAD_SECRET: resolvePayloadSecret() }

  let start = Date.now()
  let buildMs: number | null = null
  if (flags['no-build']) {
    if (!hasBuild()) throw new Error(`--no-build: there is no build in ${BENCH_DIST_DIR}/ yet; run once without it`)
    log(`--no-build: reusing ${BENCH_DIST_DIR}/`)
  } else {
    log(`next build into ${BENCH_DIST_DIR}/ …`)
    buildApp(app)
    buildMs = Date.now() - start
    log(`build: ${seconds(buildMs)}`)
  }

  start = Date.now()
  const withCommerce = suites.has('commerce') || suites.has('checkout')
  log(`loading ${products} products${withCommerce ? ', price lists, customers, promotions and tax rules' : ''} into ${BENCH_DATABASE} …`)
  const dataset = await loadDataset({ uri: database.uri, secret: app.PAYLOAD_SECRET, products, commerce: withCommerce })
  const datasetMs = Date.now() - start
  log(`dataset (schema by ${dataset.schema}): ${seconds(datasetMs)}, of which ${products} products and ${dataset.variants} variants ${seconds(dataset.timings.productsMs)}`)
  const commerce = dataset.commerce
  if (commerce) {
    log(`commerce: ${commerce.priceLists} price lists, ${commerce.prices} prices (${seconds(commerce.timings.pricesMs)}), ${commerce.customers} customers in ${commerce.groups} groups, ${commerce.assignments} assignments (${seconds(commerce.timings.customersMs)})`)
    log(`commerce: full rebuild of ${commerce.combinedLists} combined lists, ${commerce.combinedPrices} combined prices: ${seconds(commerce.timings.rebuildMs)}; ${commerce.promotions} promotions, ${commerce.taxRules} tax rules`)
  }

  start = Date.now()
  const ceiling = await startCeiling()
  cleanups.push(ceiling.stop)
  const server = await startApp(app, serverLogFile(startedAt))
  cleanups.push(server.stop)
  const serverStartMs = Date.now() - start
  log(`next start on ${server.url} ready in ${seconds(serverStartMs)}; ceiling on ${ceiling.url}`)
  // --baseline <dist dir>: an earlier build (see README) served beside this one, each commerce and checkout target
  // measured on it right before this build, so before and after share the dataset and the machine's load of the moment
  const baselineDir = flags.baseline
  if (baselineDir && !hasBuild(baselineDir)) throw new Error(`--baseline: there is no build in ${baselineDir}/`)
  const baseline = baselineDir ? await startApp(app, serverLogFile(startedAt).replace(/\.log$/, '.baseline.log'), baselineDir) : null
  if (baseline) {
    cleanups.push(baseline.stop)
    log(`baseline build ${baselineDir}/ on ${baseline.url}`)
  }

  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: BENCH_ADMIN.email, password: BENCH_ADMIN.password }),
  })
  if (login.status !== 200) throw new Error(`bench admin login answered ${login.status}`)
  const { token } = (await login.json()) as { token: string }
  const samples: CatalogSamples = {
    productId: dataset.sampleProductId,
    categoryId: dataset.sampleCategoryId,
    order: { token, customerId: dataset.customerId, productIds: dataset.orderProductIds },
  }

  if (processes > 1) {
    const others = []
    for (let index = 2; index <= processes; index += 1) {
      const other = await startApp(app, serverLogFile(startedAt).replace(/\.log$/, `.${index}.log`))
      cleanups.push(other.stop)
      others.push(other)
    }
    log(`${processes} app processes: ${[server, ...others].map((one) => one.url).join(', ')}`)
    const targets = buildTargets(server.url, ceiling.url, samples)
    const rows = await measureScale(targets, [server.url, ...others.map((one) => one.url)], settings, log)
    printScaleTable(rows, processes)
    const file = writeResults(startedAt, { mode: 'processes', processes, settings: { ...settings, products }, dataset, rows })
    log(`results: ${file}`)
  } else {
    // --measure-at HH:MM (UTC): build and load now, measure once a shared machine is expected to be quiet
    const measureAt = flags['measure-at']
    if (measureAt) {
      const [hours, minutes] = measureAt.split(':').map(Number)
      const at = new Date()
      at.setUTCHours(hours, minutes, 0, 0)
      const waitMs = at.getTime() - Date.now()
      if (waitMs > 0) {
        log(`waiting until ${measureAt} UTC to measure (${seconds(waitMs)})`)
        await new Promise((resolve) => setTimeout(resolve, waitMs))
      }
    }
    const measurements: Measurement[] = []
    const goals: Goal[] = []
    const run = async (target: Target, load: LoadSettings = settings) => {
      log(`${target.name}: ${load.warmupS} s warm-up, ${load.durationS} s × ${load.connections} connections`)
      const measurement = await measure(target, load)
      measurements.push(measurement)
      log(`  ${measurement.requestsPerSec.toFixed(0)} req/s, p50 ${measurement.p50} ms, p99 ${measurement.p99} ms`)
      return measurement
    }
    /** the same target on the baseline build first (named so), then on this one; this one's figures are returned */
    const runBoth = async (make: (appUrl: string) => Target, load: LoadSettings = settings) => {
      if (baseline) {
        const target = make(baseline.url)
        await run({ ...target, name: `[baseline] ${target.name}` }, load)
      }
      return run(make(server.url), load)
    }
    const [bareCeiling] = buildTargets(server.url, ceiling.url, samples)
    const ceilingRun = await run(bareCeiling)
    const plainRun = await runBoth((url) => buildTargets(url, ceiling.url, samples)[1])
    if (suites.has('reads')) for (const target of buildTargets(server.url, ceiling.url, samples).slice(2)) await run(target)

    const results: Record<string, unknown> = {}
    if (suites.has('commerce') && commerce) {
      const buyer: Buyer = { token, website: commerce.websiteId, customer: commerce.customerId, group: commerce.customerGroupId }
      const sqlCeiling = await startSqlCeiling(database.uri)
      cleanups.push(sqlCeiling.stop)
      await checkCeilingMatches(server.url, sqlCeiling.url, buyer)
      const sqlRun = await run(sqlCeilingTarget(sqlCeiling.url, buyer))
      const listing = await runBoth((url) => commerceProductsTarget(url, buyer))
      const price = await runBoth((url) => cartPriceTarget(url, buyer, commerce))
      log('price edits: a job worker beside the app, edit, poll the listing until it shows …')
      const edits = await measurePriceEdits(server.url, buyer, commerce.editablePrice, app, serverLogFile(startedAt).replace(/\.log$/, '.worker.log'))
      log(`  served after ${edits.delaysMs.join(', ')} ms`)
      goals.push(
        atLeast(`commerce products ≥ 5× plain GET /api/products?limit=24 (${listing.requestsPerSec.toFixed(0)} vs ${plainRun.requestsPerSec.toFixed(0)} req/s)`, listing.requestsPerSec / plainRun.requestsPerSec, 5, '×'),
        atLeast(`commerce products ≥ 0.3× the SQL ceiling (${listing.requestsPerSec.toFixed(0)} vs ${sqlRun.requestsPerSec.toFixed(0)} req/s)`, listing.requestsPerSec / sqlRun.requestsPerSec, 0.3, '×'),
        below(`20-line cart price p99 < 50 ms at ${settings.connections} connections (${commerce.promotions} promotions, ${commerce.taxRules} tax rules; p50 ${price.p50} ms)`, price.p99, 50, ' ms'),
        below('one price edit served within 2 s (worst of 5)', edits.worstMs, 2000, ' ms'),
      )
      results.commerce = { edits, rebuild: { combinedLists: commerce.combinedLists, combinedPrices: commerce.combinedPrices, ms: commerce.timings.rebuildMs } }
    }

    if (suites.has('checkout') && commerce) {
      start = Date.now()
      const stocked = await stockProducts(server.url, token, database.uri)
      log(`stocked ${stocked.length} simple products (60 each) in ${seconds(Date.now() - start)}`)
      const checkoutLoad = { ...settings, connections: checkoutConnections }
      const checkoutRun = await runBoth((url) => checkoutTarget(url, { token, customerIds: commerce.customerIds, productIds: stocked, shippingAddress: MANHATTAN }), checkoutLoad)
      const oversells = await countOversells(server.url, token)
      const orders = checkoutRun.requests - checkoutRun.non2xx
      const ordersPerSec = orders / settings.durationS
      log(`checkout: ${ordersPerSec.toFixed(0)} orders/s placed (${orders} orders, ${checkoutRun.non2xx} × 409 sold out), p50 ${checkoutRun.p50} ms, p99 ${checkoutRun.p99} ms; oversells: ${oversells.oversoldUnits} units on ${oversells.oversoldLevels} of ${oversells.levels} levels; ledger mismatches: ${oversells.ledgerMismatches}`)
      goals.push(
        atLeast(`checkout ≥ 200 orders/s at ${checkoutConnections} connections over ${stocked.length} stocked products (p50 ${checkoutRun.p50} / p99 ${checkoutRun.p99} ms)`, ordersPerSec, 200, ' orders/s'),
        below('checkout oversells = 0 (units sold beyond stock and backorder limit)', oversells.oversoldUnits, 1),
        below('checkout ledger mismatches = 0', oversells.ledgerMismatches, 1),
      )
      results.checkout = { ordersPerSec, orders, soldOut: checkoutRun.non2xx, p50: checkoutRun.p50, p99: checkoutRun.p99, connections: checkoutConnections, stocked: stocked.length, oversells }
    }

    printTable(measurements, ceilingRun.requestsPerSec)
    if (commerce) log(`full rebuild of every combined list: ${commerce.combinedLists} lists, ${commerce.combinedPrices} prices in ${seconds(commerce.timings.rebuildMs)}`)
    printGoals(goals)
    const file = writeResults(startedAt, {
      suites: [...suites],
      settings: { ...settings, checkoutConnections, products, build: flags['no-build'] ? 'reused' : 'built', baseline: baselineDir ?? null, database: database.server },
      dataset,
      timings: { buildMs, datasetMs, serverStartMs },
      measurements: measurements.map((measurement) => ({ ...measurement, ratioToCeiling: measurement.requestsPerSec / ceilingRun.requestsPerSec })),
      goals,
      ...results,
    })
    log(`results: ${file}`)
  }
} catch (error) {
  process.exitCode = 1
  console.error(`[bench] failed: ${error instanceof Error ? error.message : String(error)}`)
} finally {
  await cleanUp()
}
