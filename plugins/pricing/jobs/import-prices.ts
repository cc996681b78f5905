/**
 * The price import job (item 8), in its delivery's transaction: parse and check the CSV (rules/), resolve lists, SKUs
 * and variants with three queries, then upsert by slot with one multi-row `INSERT … ON CONFLICT (slot) DO UPDATE`
 * per batch (rows passed as one JSON parameter), then one `pricing.pricesChanged` for the touched lists and products.
 * Prices written here are hand prices (`generated = false`): they beat a rule's, as the admin's do. Progress is
 * committed on the pool as batches go (jobs/progress.ts); the result and the rejected rows with the import's row.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { emitDomainEvent, formatDecimal, QUANTITY_SCALE, transactionOf, type Id } from '../../../src/kit'
import { PRICES_CHANGED } from '../events'
import { priceSlotOf } from '../hooks/price-slot'
import { parseCsv } from '../rules/csv'
import { quantityText } from '../rules/price-export'
import { listLookup, resolveRows, type ResolvedPrice } from '../rules/price-import-resolve'
import { checkRecords, readHeader, type RowError } from '../rules/price-import-rows'
import { reportFailure, reportProgress, reportStart } from './progress'

const BATCH = 5_000
/** Rejected rows kept on the import (the count is always complete). */
const KEPT_ERRORS = 1_000
/** Above this many touched products the rebuild takes the lists whole (one event either way). */
const PRODUCTS_PER_EVENT = 10_000

type Db = Awaited<ReturnType<typeof transactionOf>>

const jsonText = (values: readonly string[]) => JSON.stringify(values)

async function lookupsFor(db: Db, skus: readonly string[], variantSkus: readonly string[]) {
  const lists = await db.execute(sql`select id, name from price_lists`)
  const products = await db.execute(sql`select id, sku from products where sku in (select jsonb_array_elements_text(${jsonText(skus)}::jsonb))`)
  const variants = variantSkus.length
    ? await db.execute(sql`select id, sku, product_id from product_variants where sku in (select jsonb_array_elements_text(${jsonText(variantSkus)}::jsonb))`)
    : { rows: [] }
  return {
    lists: listLookup(lists.rows.map((row) => ({ id: Number(row.id), name: String(row.name) }))),
    products: new Map(products.rows.map((row) => [String(row.sku), Number(row.id)])),
    variants: new Map(variants.rows.map((row) => [String(row.sku), { id: Number(row.id), product: Number(row.product_id) }])),
  }
}

async function upsert(db: Db, prices: readonly ResolvedPrice[], owner: unknown, unit: unknown): Promise<{ created: number; total: number }> {
  const rows = prices.map((price) => {
    const minQuantity = quantityText(formatDecimal(price.minQuantity, QUANTITY_SCALE))
    return {
      price_list_id: price.priceList,
      product_id: price.product,
      variant_id: price.variant,
      unit: price.unit,
      min_quantity: minQuantity,
      currency: price.currency,
      value: price.value,
      slot: priceSlotOf({ priceList: price.priceList, product: price.product, variant: price.variant, unit: price.unit, minQuantity, currency: price.currency }),
    }
  })
  const found = await db.execute(sql`
    with written as (
      insert into product_prices (price_list_id, product_id, variant_id, unit, min_quantity, currency, value, slot, generated, owner_id, business_unit_id, updated_at, created_at)
      select r.price_list_id, r.product_id, r.variant_id, r.unit, r.min_quantity, r.currency, r.value, r.slot, false, ${owner}::int, ${unit}::int, now(), now()
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as r(price_list_id int, product_id int, variant_id int, unit text, min_quantity numeric, currency text, value text, slot text)
      on conflict (slot) do update set value = excluded.value, generated = false, updated_at = now()
      returning (xmax = 0) as inserted)
    select count(*) filter (where inserted) as created, count(*) as total from written`)
  return { created: Number(found.rows[0].created), total: Number(found.rows[0].total) }
}

type Outcome = { status: 'done' | 'failed'; total: number; created: number; updated: number; errors: RowError[]; message: string }

async function finish(db: Db, id: number, outcome: Outcome): Promise<void> {
  await db.execute(sql`
    update price_imports set status = ${outcome.status}, total = ${outcome.total}, processed = ${outcome.total}, created = ${outcome.created},
      updated = ${outcome.updated}, rejected = ${outcome.errors.length}, row_errors = ${JSON.stringify(outcome.errors.slice(0, KEPT_ERRORS))}::jsonb,
      message = ${outcome.message}, finished_at = now(), updated_at = now()
    where id = ${id}`)
}

async function importPrices(req: PayloadRequest, db: Db, id: number): Promise<void> {
  const found = await db.execute(sql`
    select f.content, i.price_list_id, i.owner_id, i.business_unit_id, i.status
    from price_imports i left join price_csv_files f on f.id = i.csv_id where i.id = ${id}`)
  const doc = found.rows[0]
  if (!doc || doc.status === 'done') return
  const csv = parseCsv(String(doc.content ?? ''))
  const total = csv.records.length
  await reportStart(req, 'price_imports', id, total)
  const header = readHeader(csv.header, { defaultList: doc.price_list_id === null ? null : String(doc.price_list_id) })
  if ('errors' in header) {
    await finish(db, id, { status: 'failed', total, created: 0, updated: 0, errors: header.errors, message: 'The header row is not a price CSV: nothing imported' })
    return
  }
  const currencies = await db.execute(sql`select code from currencies`)
  const checked = checkRecords(csv.records, header.columns, {
    currencies: new Set(currencies.rows.map((row) => String(row.code).toUpperCase())),
    defaultList: doc.price_list_id === null ? null : String(doc.price_list_id),
  })
  const lookups = await lookupsFor(db, [...new Set(checked.rows.map((row) => row.sku))], [...new Set(checked.rows.flatMap((row) => (row.variantSku ? [row.variantSku] : [])))])
  const resolved = resolveRows(checked.rows, lookups)
  const errors = [...checked.errors, ...resolved.errors].sort((a, b) => a.row - b.row)
  let created = 0
  let written = 0
  for (let start = 0; start < resolved.prices.length; start += BATCH) {
    const batch = await upsert(db, resolved.prices.slice(start, start + BATCH), doc.owner_id, doc.business_unit_id)
    created += batch.created
    written += batch.total
    await reportProgress(req, 'price_imports', id, errors.length + written)
  }
  const lists = [...new Set(resolved.prices.map((price) => String(price.priceList)))].map(Number)
  const products = [...new Set(resolved.prices.map((price) => String(price.product)))].map(Number)
  if (lists.length) await emitDomainEvent(req, PRICES_CHANGED, { priceLists: lists as Id[], products: products.length > PRODUCTS_PER_EVENT ? null : products })
  const message = `${written} prices written (${created} new, ${written - created} updated), ${errors.length} rows rejected`
  await finish(db, id, { status: 'done', total, created, updated: written - created, errors, message })
}

/** Runs import `id` in the transaction of `req`; a crash marks it failed (committed) before the job's retry. */
export async function runPriceImport(req: PayloadRequest, id: Id): Promise<void> {
  const db = await transactionOf(req, 'the price import')
  try {
    await importPrices(req, db, Number(id))
  } catch (error) {
    await reportFailure(req, 'price_imports', Number(id), error)
    throw error
  }
}
