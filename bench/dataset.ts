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
import { generateProducts, type GeneratedProduct, type GeneratedValue } from './catalog'
import { createCatalogStructure, type CatalogStructure } from './catalog-structure'
import { isMain, spawnTs } from './child'
import { seedCommerce, type CommerceSummary } from './commerce-seed'

export const BENCH_ADMIN = { email: 'bench@bureau.local', password: 'bureau-bench', name: 'Benchmark Administrator' }

export type DatasetSummary = {
  products: number
  schema: 'push' | 'migrations'
  /** variants of the configurable products */
  variants: number
  /** the id of a product from the middle of the catalogue, for the by-id target */
  sampleProductId: number
  /** the leaf category the list-by-category target filters by */
  sampleCategoryId: number
  /** the buyer and the five simple products of the order target */
  customerId: number
  orderProductIds: number[]
  /** price lists, customers, promotions and tax rules (bench/commerce-seed.ts); absent when not asked for */
  commerce: CommerceSummary | null
  timings: { payloadInitMs: number; referenceMs: number; productsMs: number; analyzeMs: number }
}

const migrationDir = path.join(projectRoot, 'src', 'migrations')
const hasMigrations = () =>
  fs.existsSync(migrationDir) && fs.readdirSync(migrationDir).some((file) => /\.(ts|js)$/.test(file) && !file.startsWith('index.'))

/** Parent side: loads the dataset into `uri` in a child process and returns its summary. */
export async function loadDataset(options: { uri: string; secret: string; products: number; commerce: boolean }): Promise<DatasetSummary> {
  const schema = hasMigrations() ? 'migrations' : 'push'
  const { child, message } = spawnTs<DatasetSummary>(import.meta.url, ['--products', String(options.products), ...(options.commerce ? ['--commerce'] : [])], {
    env: {
      ...process.env,
      NODE_ENV: schema === 'push' ? 'development' : 'production',
      DATABASE_URI: options.uri,
      PAYLOAD_SECRET: options.secret,
      BUREAU_JOBS_AUTORUN: 'false',
    },
    timeoutMs: 30 * 60_000,
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

/** The rows the catalog's hooks would store: attribute id, canonical value, `code:value` key, and a row id. */
function valueRows(structure: CatalogStructure, rowPrefix: string, values: GeneratedValue[]) {
  return values.map(({ code, value }, index) => ({ id: `${rowPrefix}-${index}`, attribute: structure.attributes.get(code)!, value, key: `${code}:${value}` }))
}

function productData(structure: CatalogStructure, usd: number, generated: GeneratedProduct) {
  const { usdAmount, name, category, family, attributes, variants, ...product } = generated
  const rowPrefix = product.sku.toLowerCase()
  return {
    ...product,
    // The adapter takes localized fields per locale (the local API's hooks do this mapping otherwise).
    name: { en: name } as never,
    status: 'active' as const,
    type: variants ? ('configurable' as const) : ('simple' as const),
    family: family ? structure.families.get(family)! : null,
    categories: [structure.categories.get(category)!],
    attributeValues: valueRows(structure, `${rowPrefix}-attr`, attributes),
    basePrices: [{ id: `${rowPrefix}-usd`, currency: usd, amount: usdAmount }],
  }
}

/** Child side. */
async function main(products: number, commerce: boolean): Promise<DatasetSummary> {
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
    const website = await payload.create({
      collection: 'websites',
      data: { name: 'Bureau Bench (US)', code: 'bench', url: 'http://127.0.0.1', defaultCurrency: usd.id, currencies: [usd.id] },
      ...local,
    })
    // the buyer of the order-placing target: every order is priced by the calculation pipeline
    const buyer = await payload.create({ collection: 'customers', data: { name: 'Bench Buyer', code: 'BENCH' }, ...local })
    const structure = await createCatalogStructure(payload)
    const referenceMs = since(start)

    // Products go through payload.db.create: the adapter's own insert (the same rows and tables as the local API)
    // without the per-document transaction, validation and hooks. Measured on 2 cores for 10,000 products, in
    // concurrent chunks of 20: local API `payload.create` 34 s, `payload.db.create` 11 s. Chunks match the pool
    // size (BUREAU_DB_POOL, default 20) so every insert has a connection. Array rows need the id the local API
    // would otherwise generate.
    start = Date.now()
    const catalogue = generateProducts(products)
    const chunk = Number(process.env.BUREAU_DB_POOL ?? 20)
    let variants = 0
    for (let index = 0; index < catalogue.length; index += chunk) {
      await Promise.all(
        catalogue.slice(index, index + chunk).map(async (generated) => {
          const created = await payload.db.create({
            collection: 'products',
            data: productData(structure, usd.id, generated),
            // only configurable products need their id back, for their variants
            returning: Boolean(generated.variants),
          })
          for (const value of generated.variants ?? []) {
            const sku = `${generated.sku}-${value.value.toUpperCase()}`
            const rows = valueRows(structure, sku.toLowerCase(), [value])
            await payload.db.create({
              collection: 'product-variants',
              data: { product: created.id, sku, status: 'active', variantValues: rows, combination: rows[0].key },
              returning: false,
            })
            variants += 1
          }
        }),
      )
    }
    const productsMs = since(start)

    const { totalDocs } = await payload.count({ collection: 'products', overrideAccess: true })
    if (totalDocs !== products) throw new Error(`expected ${products} products, found ${totalDocs}`)
    const middle = catalogue[Math.floor(catalogue.length / 2)]
    const found = await payload.find({ collection: 'products', where: { sku: { equals: middle.sku } }, limit: 1, depth: 0, overrideAccess: true })

    const client = new pg.Client({ connectionString: process.env.DATABASE_URI })
    await client.connect()
    let commerceSummary: CommerceSummary | null = null
    try {
      if (commerce) commerceSummary = await seedCommerce(payload, client, website.id)
      // Give the planner statistics, as autovacuum would have on a database that has been running for a while.
      start = Date.now()
      await client.query('analyze')
    } finally {
      await client.end()
    }

    // five simple products for the order target's lines (configurable ones would need a variant each)
    const simple = await payload.find({ collection: 'products', where: { type: { equals: 'simple' } }, limit: 5, depth: 0, overrideAccess: true })

    return { products, variants, schema, sampleProductId: found.docs[0].id, customerId: buyer.id, orderProductIds: simple.docs.map((doc) => doc.id), commerce: commerceSummary, sampleCategoryId: structure.categories.get('screws')!, timings: { payloadInitMs, referenceMs, productsMs, analyzeMs: since(start) } }
  } finally {
    await closePayload(payload)
  }
}

if (isMain(import.meta.url)) {
  const flag = process.argv.indexOf('--products')
  const products = flag === -1 ? 10000 : Number(process.argv[flag + 1])
  if (!Number.isInteger(products) || products < 1) throw new Error('--products must be a positive whole number')
  const summary = await main(products, process.argv.includes('--commerce'))
  process.send?.(summary, () => process.disconnect())
}
