/**
 * `npm run bench [-- --products N --duration S --connections C --warmup S --no-build --processes P]`: builds the app
 * into its own dist dir, loads a generated dataset into a fresh `bureau_bench` database, serves it with `next start`,
 * and measures product reads against a bare Node server on the same machine. With `--processes 2` it instead compares
 * the app served by 1 and by 2 processes (bench/scale.ts). See bench/README.md.
 */
import { parseArgs } from 'node:util'

import { resolvePayloadSecret } from '../src/db/secret'
import { BENCH_DIST_DIR, buildApp, hasBuild, startApp } from './app-server'
import { startCeiling } from './ceiling'
import { BENCH_DATABASE, prepareBenchDatabase } from './database'
import { BENCH_ADMIN, loadDataset } from './dataset'
import { measure, type LoadSettings, type Measurement } from './load'
import { printTable, serverLogFile, writeResults } from './report'
import { measureScale, printScaleTable } from './scale'
import { buildTargets, type CatalogSamples } from './targets'
import { checkoutTarget, countOversells, stockProducts } from './checkout'

const { values: flags } = parseArgs({
  options: {
    products: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    processes: { type: 'string', default: '1' },
  },
})

const positive = (name: string, value: string, allowZero = false) => {
  const number = Number(value)
  if (!Number.isInteger(number) || number < (allowZero ? 0 : 1)) throw new Error(`--${name} must be a whole number${allowZero ? '' : ' above 0'}`)
  return number
}
const products = positive('products', flags.products)
const processes = positive('processes', flags.processes)
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
    log(`loading ${products} products into ${BENCH_DATABASE} …`)
    const dataset = await loadDataset({ uri: database.uri, secret: app.PAYLOAD_SECRET, products })
    const datasetMs = Date.now() - start
    log(`dataset (schema by ${dataset.schema}): ${seconds(datasetMs)}, of which ${products} products and ${dataset.variants} variants ${seconds(dataset.timings.productsMs)}`)

    start = Date.now()
    const ceiling = await startCeiling()
    cleanups.push(ceiling.stop)
    const server = await startApp(app, serverLogFile(startedAt))
    cleanups.push(server.stop)
    const serverStartMs = Date.now() - start
    log(`next start on ${server.url} ready in ${seconds(serverStartMs)}; ceiling on ${ceiling.url}`)

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
    const measurements: Measurement[] = []
    // the checkout (issue 8): stock 1,000 products, check out 3 random lines per request, count oversells after
    const stocked = await stockProducts(server.url, token, 1000)
    const checkout = checkoutTarget(server.url, { token, customerId: dataset.customerId, productIds: stocked })
    for (const target of [...buildTargets(server.url, ceiling.url, samples), checkout]) {
      log(`${target.name}: ${settings.warmupS} s warm-up, ${settings.durationS} s × ${settings.connections} connections`)
      const measurement = await measure(target, settings)
      measurements.push(measurement)
      log(`  ${measurement.requestsPerSec.toFixed(0)} req/s in ${seconds(measurement.elapsedMs)}`)
    }

    const ceilingRps = measurements[0].requestsPerSec
    printTable(measurements, ceilingRps)
    const checkoutRun = measurements[measurements.length - 1]
    const oversells = await countOversells(server.url, token)
    const orders = checkoutRun.requests - checkoutRun.non2xx
    log(`checkout: ${(orders / settings.durationS).toFixed(0)} orders/s placed (${orders} orders, ${checkoutRun.non2xx} × 409 sold out), p50 ${checkoutRun.p50} ms, p99 ${checkoutRun.p99} ms; oversells: ${oversells.oversoldUnits} units on ${oversells.oversoldLevels} of ${oversells.levels} levels; ledger mismatches: ${oversells.ledgerMismatches}`)
    const file = writeResults(startedAt, {
      settings: { ...settings, products, build: flags['no-build'] ? 'reused' : 'built', database: database.server },
      dataset,
      timings: { buildMs, datasetMs, serverStartMs },
      measurements: measurements.map((measurement) => ({ ...measurement, ratioToCeiling: measurement.requestsPerSec / ceilingRps })),
      checkout: { ordersPerSec: orders / settings.durationS, orders, soldOut: checkoutRun.non2xx, p50: checkoutRun.p50, p99: checkoutRun.p99, oversells },
    })
    log(`results: ${file}`)
  }
} catch (error) {
  process.exitCode = 1
  console.error(`[bench] failed: ${error instanceof Error ? error.message : String(error)}`)
} finally {
  await cleanUp()
}
