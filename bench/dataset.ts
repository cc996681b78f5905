/**
 * Loads the benchmark dataset into an empty database: the schema, then a staff administrator, the USD currency, a
 * website and `--products N` generated products (bench/catalog.ts).
 *
 * The run spawns this file as its own process (`loadDataset`) because the schema needs Payload with non-production
 * semantics while the app under test runs in production: without committed migrations, the Postgres adapter's
 * push at connect (NODE_ENV=development) is what creates the tables. When src/migrations/ holds migrations, the
 * loader runs in production and they are applied, as `npm start` does.
 */
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { closePayload } from '../src/db/close-payload'
import { projectRoot } from '../src/db/resolve'
import { generateProducts } from './catalog'
import { isMain, spawnTs } from './child'

export const BENCH_ADMIN = { email: 'bench@bureau.local', password: 'bureau-bench', name: 'Benchmark Administrator' }

export type DatasetSummary = {
  products: number
  schema: 'push' | 'migrations'
  /** the id of a product from the middle of the catalogue, for the by-id target */
  sampleProductId: number
  timings: { payloadInitMs: number; referenceMs: number; productsMs: number; analyzeMs: number }
}

const migrationDir = path.join(projectRoot, 'src', 'migrations')
const hasMigrations = () =>
  fs.existsSync(migrationDir) && fs.readdirSync(migrationDir).some((file) => /\.(ts|js)$/.test(file) && !file.startsWith('index.'))

/** Parent side: loads the dataset into `uri` in a child process and returns its summary. */
export async function loadDataset(options: { uri: string; secret: string; products: number }): Promise<DatasetSummary> {
  const schema = hasMigrations() ? 'migrations' : 'push'
  const { child, message } = spawnTs<DatasetSummary>(import.meta.url, ['--products', String(options.products)], {
    env: {
      ...process.env,
      NODE_ENV: schema === 'push' ? 'development' : 'production',
      DATABASE_URI: options.uri,
      PAYLOAD_SECRET: options.secret,
      BUREAU_JOBS_AUTORUN: 'false',
    },
    timeoutMs: 10 * 60_000,
  })
  const summary = await message
  // The loader has closed Payload and exits by itself; do not wait on it forever if something keeps it alive.
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
  }
  return summary
}

const since = (start: number) => Date.now() - start

/** Child side. */
async function main(products: number): Promise<DatasetSummary> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  let start = Date.now()
  // Either way getPayload creates the schema at connect: in development by push, in production by applying
  // src/migrations (`prodMigrations` in src/config.ts calls payload.db.migrate), exactly as `npm start` does.
  const payload = await getPayload({ config })
  const schema = process.env.NODE_ENV === 'production' ? 'migrations' : 'push'
  const payloadInitMs = since(start)

  try {
    // The few reference documents go through the local API, so their hooks run as in real use.
    start = Date.now()
    const local = { overrideAccess: true, depth: 0 } as const
    const role = await payload.create({
      collection: 'roles',
      data: { name: 'Administrator', code: 'administrator', administrator: true },
      ...local,
    })
    await payload.create({ collection: 'users', data: { ...BENCH_ADMIN, roles: [role.id] }, ...local })
    const usd = await payload.create({
      collection: 'currencies',
      data: { code: 'USD', name: 'US Dollar', symbol: '$', minorDigits: 2 },
      ...local,
    })
    await payload.create({
      collection: 'websites',
      data: { name: 'Bureau Bench (US)', code: 'bench', url: 'http://127.0.0.1', defaultCurrency: usd.id, currencies: [usd.id] },
      ...local,
    })
    const referenceMs = since(start)

    // Products go through payload.db.create: the adapter's own insert (the same rows and tables as the local API)
    // without the per-document transaction, validation and hooks. Measured on 2 cores for 10,000 products, in
    // concurrent chunks of 20: local API `payload.create` 34 s, `payload.db.create` 11 s. Chunks match the pool
    // size (BUREAU_DB_POOL, default 20) so every insert has a connection. Array rows need the id the local API
    // would otherwise generate.
    start = Date.now()
    const catalogue = generateProducts(products)
    const chunk = Number(process.env.BUREAU_DB_POOL ?? 20)
    for (let index = 0; index < catalogue.length; index += chunk) {
      await Promise.all(
        catalogue.slice(index, index + chunk).map(({ usdAmount, name, ...product }) =>
          payload.db.create({
            collection: 'products',
            data: {
              ...product,
              // The adapter takes localized fields per locale (the local API's hooks do this mapping otherwise).
              name: { en: name } as never,
              status: 'active',
              basePrices: [{ id: `${product.sku.toLowerCase()}-usd`, currency: usd.id, amount: usdAmount }],
            },
            returning: false,
          }),
        ),
      )
    }
    const productsMs = since(start)

    const { totalDocs } = await payload.count({ collection: 'products', overrideAccess: true })
    if (totalDocs !== products) throw new Error(`expected ${products} products, found ${totalDocs}`)
    const middle = catalogue[Math.floor(catalogue.length / 2)]
    const found = await payload.find({ collection: 'products', where: { sku: { equals: middle.sku } }, limit: 1, depth: 0, overrideAccess: true })

    // Give the planner statistics, as autovacuum would have on a database that has been running for a while.
    start = Date.now()
    const client = new pg.Client({ connectionString: process.env.DATABASE_URI })
    await client.connect()
    await client.query('analyze')
    await client.end()

    return { products, schema, sampleProductId: found.docs[0].id, timings: { payloadInitMs, referenceMs, productsMs, analyzeMs: since(start) } }
  } finally {
    await closePayload(payload)
  }
}

if (isMain(import.meta.url)) {
  const flag = process.argv.indexOf('--products')
  const products = flag === -1 ? 2000 : Number(process.argv[flag + 1])
  if (!Number.isInteger(products) || products < 1) throw new Error('--products must be a positive whole number')
  const summary = await main(products)
  process.send?.(summary, () => process.disconnect())
}
