/**
 * The price export job (item 8), in its delivery's transaction: one list's prices (optionally one currency) read in
 * id order a batch at a time with their SKUs, written as CSV with the import's columns, kept on the export's row.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { transactionOf, type Id } from '../../../src/kit'
import { priceCsvHeader, priceCsvLine } from '../rules/price-export'
import { reportFailure, reportProgress, reportStart } from './progress'

const BATCH = 10_000

async function exportPrices(req: PayloadRequest, id: number): Promise<void> {
  const db = await transactionOf(req, 'the price export')
  const found = await db.execute(sql`select price_list_id, currency, status from price_exports where id = ${id}`)
  const doc = found.rows[0]
  if (!doc || doc.status === 'done') return
  const list = Number(doc.price_list_id)
  const currency = doc.currency ? sql` and pp.currency = ${String(doc.currency).trim().toUpperCase()}` : sql``
  const counted = await db.execute(sql`select count(*) as total from product_prices pp where pp.price_list_id = ${list}${currency}`)
  const total = Number(counted.rows[0].total)
  await reportStart(req, 'price_exports', id, total)
  const lines = [priceCsvHeader()]
  let after = 0
  for (;;) {
    const batch = await db.execute(sql`
      select pp.id, p.sku, v.sku as variant_sku, pp.unit, pp.min_quantity::text as min_quantity, pp.currency, pp.value
      from product_prices pp join products p on p.id = pp.product_id left join product_variants v on v.id = pp.variant_id
      where pp.price_list_id = ${list}${currency} and pp.id > ${after}
      order by pp.id limit ${BATCH}`)
    for (const row of batch.rows) {
      lines.push(
        priceCsvLine({
          priceList: list,
          sku: String(row.sku),
          variantSku: row.variant_sku === null ? null : String(row.variant_sku),
          unit: String(row.unit),
          minQuantity: String(row.min_quantity),
          currency: String(row.currency),
          value: String(row.value),
        }),
      )
    }
    if (batch.rows.length < BATCH) break
    after = Number(batch.rows[batch.rows.length - 1].id)
    await reportProgress(req, 'price_exports', id, lines.length - 1)
  }
  const exported = lines.length - 1
  const file = await db.execute(sql`
    insert into price_csv_files (content, updated_at, created_at) values (${`${lines.join('\r\n')}\r\n`}, now(), now()) returning id`)
  await db.execute(sql`
    update price_exports set status = 'done', csv_id = ${Number(file.rows[0].id)}, total = ${exported}, processed = ${exported},
      message = ${`${exported} prices`}, finished_at = now(), updated_at = now()
    where id = ${id}`)
}

/** Runs export `id` in the transaction of `req`; a crash marks it failed (committed) before the job's retry. */
export async function runPriceExport(req: PayloadRequest, id: Id): Promise<void> {
  try {
    await exportPrices(req, Number(id))
  } catch (error) {
    await reportFailure(req, 'price_exports', Number(id), error)
    throw error
  }
}
