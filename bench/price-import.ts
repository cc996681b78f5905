/**
 * Price CSV import at scale (pricing item 8: "100,000 rows import in under a minute"): a fresh database, 10,000
 * products, one price list assigned to the website, and a CSV of 100,000 prices (each product × USD/EUR × five
 * quantity tiers). Prints the time from upload to the import job done — first as 100,000 new prices, then the same
 * file again as 100,000 updates by slot — and the rebuild of the combined list the import queued.
 *
 *   npx tsx bench/price-import.ts [--products 10000]      (BUREAU_BENCH_PG_PORT moves the embedded PostgreSQL)
 */
import crypto from 'node:crypto'

import { closePayload } from '../src/db/close-payload'
import { prepareBenchDatabase } from './database'

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? Number(process.argv[at + 1]) : fallback
}
const PRODUCTS = arg('products', 10_000)
const TIERS = [1, 10, 50, 100, 500]
const CURRENCIES = ['USD', 'EUR']

const log = (message: string) => console.log(`[price-import] ${message}`)
const since = (start: number) => Date.now() - start

function priceCsv(): { text: string; rows: number } {
  const lines = ['sku,unit,minQuantity,currency,value']
  for (let product = 0; product < PRODUCTS; product += 1) {
    const sku = `BENCH-${String(product).padStart(6, '0')}`
    for (const currency of CURRENCIES) {
      TIERS.forEach((tier, index) => lines.push(`${sku},item,${tier},${currency},${(10 + (product % 90) - index * 0.5).toFixed(4)}`))
    }
  }
  return { text: lines.join('\n'), rows: lines.length - 1 }
}

async function main(): Promise<void> {
  const database = await prepareBenchDatabase(log)
  // the schema is pushed (development): this branch's collections have no migration yet
  Object.assign(process.env, { DATABASE_URI: database.uri, NODE_ENV: 'development', BUREAU_JOBS_AUTORUN: 'false' })
  process.env.PAYLOAD_SECRET ??= crypto.randomBytes(24).toString('hex')
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  const local = { overrideAccess: true, depth: 0 } as const
  try {
    const usd = await payload.create({ collection: 'currencies', data: { code: 'USD', name: 'US Dollar', minorDigits: 2 }, ...local })
    await payload.create({ collection: 'currencies', data: { code: 'EUR', name: 'Euro', minorDigits: 2 }, ...local })
    const website = await payload.create({ collection: 'websites', data: { name: 'Bench', code: 'bench', defaultCurrency: usd.id }, ...local })
    const list = await payload.create({ collection: 'price-lists', data: { name: 'Bench list' }, ...local })
    await payload.create({ collection: 'price-list-assignments', data: { priceList: list.id, website: website.id, sortOrder: 1 }, ...local })
    let start = Date.now()
    for (let index = 0; index < PRODUCTS; index += 20) {
      await Promise.all(
        Array.from({ length: Math.min(20, PRODUCTS - index) }, (_, offset) => {
          const sku = `BENCH-${String(index + offset).padStart(6, '0')}`
          return payload.db.create({ collection: 'products', data: { sku, name: { en: sku } as never, status: 'active', type: 'simple' }, returning: false })
        }),
      )
    }
    log(`${PRODUCTS} products in ${since(start)} ms`)
    await payload.jobs.run({ queue: 'default', limit: 100 })

    const csv = priceCsv()
    const file = { data: Buffer.from(csv.text), mimetype: 'text/csv', name: 'bench-prices.csv', size: Buffer.byteLength(csv.text) }
    const importOnce = async (label: string) => {
      start = Date.now()
      const created = await payload.create({ collection: 'price-imports', data: { priceList: list.id }, file, ...local })
      const uploadMs = since(start)
      await payload.jobs.run({ queue: 'default', where: { taskSlug: { equals: 'event-pricing-import-prices' } } })
      const done = await payload.findByID({ collection: 'price-imports', id: created.id, ...local })
      if (done.status !== 'done') throw new Error(`import ${created.id} ended ${done.status}: ${done.message}`)
      log(`${label}: ${csv.rows} rows (${(file.size / 1e6).toFixed(1)} MB) in ${since(start)} ms (upload ${uploadMs} ms) — ${done.message}`)
      start = Date.now()
      await payload.jobs.run({ queue: 'default', where: { taskSlug: { equals: 'event-pricing-rebuild-prices' } } })
      log(`${label}: rebuild of the combined list the import queued: ${since(start)} ms`)
      return done
    }
    await importOnce('new prices')
    await importOnce('same file again (updates by slot)')
  } finally {
    await closePayload(payload)
    await database.stop()
  }
}

await main()
