/**
 * POST /api/price-lists/:id/adjust-prices `{ percent, precision?, sku?, currency? }`: the admin's bulk "adjust by %"
 * (rules/adjust.ts) over a list's hand-entered prices, optionally only SKUs containing `sku` and one currency, in one
 * transaction with one `pricing.pricesChanged`. Generated prices are left to their rule. Like the import, it writes
 * many prices with SQL: staff who may update every price only (403 otherwise); a list out of reach answers 404.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import { commitTransaction, Forbidden, initTransaction, killTransaction, NotFound, type Endpoint } from 'payload'

import { emitDomainEvent, isStaff, parseDecimal, staffAccess, transactionOf, validationError, withDomainErrors } from '../../../src/kit'
import { PRICE_LISTS_SLUG, PRODUCT_PRICES_SLUG } from '../collections/slugs'
import { PRICES_CHANGED } from '../events'
import { adjustPrice } from '../rules/adjust'

type Body = { percent?: unknown; precision?: unknown; sku?: unknown; currency?: unknown }

export const adjustPricesEndpoint: Endpoint = {
  path: '/:id/adjust-prices',
  method: 'post',
  handler: async (req) => {
    if (!isStaff(req) || (await staffAccess(req, PRODUCT_PRICES_SLUG, 'update')) !== true) throw new Forbidden(req.t)
    const id = String(req.routeParams?.id ?? '')
    const body = ((await req.json?.().catch(() => null)) ?? {}) as Body
    const percent = typeof body.percent === 'number' ? String(body.percent) : typeof body.percent === 'string' ? body.percent.trim() : ''
    await withDomainErrors(async () => parseDecimal(percent, 2, 'percent'), PRICE_LISTS_SLUG)
    const precision = body.precision === undefined ? 2 : Number(body.precision)
    if (!Number.isInteger(precision) || precision < 0 || precision > 4) throw validationError([{ path: 'precision', message: 'A whole number from 0 to 4' }], PRICE_LISTS_SLUG)
    const sku = typeof body.sku === 'string' ? body.sku.trim() : ''
    const currency = typeof body.currency === 'string' ? body.currency.trim().toUpperCase() : ''
    if (!/^\d{1,9}$/.test(id)) throw new NotFound(req.t)
    const list = await req.payload.findByID({ collection: PRICE_LISTS_SLUG, id, depth: 0, select: {}, overrideAccess: false, user: req.user, disableErrors: true, req })
    if (!list) throw new NotFound(req.t)
    const owns = await initTransaction(req)
    try {
      const db = await transactionOf(req, 'adjusting prices')
      const bySku = sku ? sql` and p.sku ilike ${`%${sku.replace(/[\\%_]/g, (char) => `\\${char}`)}%`}` : sql``
      const inCurrency = currency ? sql` and pp.currency = ${currency}` : sql``
      const found = await db.execute(sql`
        select pp.id, pp.product_id, pp.value from product_prices pp join products p on p.id = pp.product_id
        where pp.price_list_id = ${Number(id)} and pp.generated = false${bySku}${inCurrency} for update of pp`)
      const rows = found.rows.map((row) => ({ id: Number(row.id), product: Number(row.product_id), value: adjustPrice(String(row.value), percent, precision) }))
      const negative = rows.filter((row) => row.value === null).length
      if (negative) throw validationError([{ path: 'percent', message: `${negative} prices would fall below zero` }], PRICE_LISTS_SLUG)
      if (rows.length) {
        await db.execute(sql`
          update product_prices pp set value = r.value, updated_at = now()
          from jsonb_to_recordset(${JSON.stringify(rows.map(({ id: row, value }) => ({ id: row, value })))}::jsonb) as r(id int, value text)
          where pp.id = r.id`)
        await emitDomainEvent(req, PRICES_CHANGED, { priceLists: [Number(id)], products: [...new Set(rows.map((row) => row.product))] })
      }
      if (owns) await commitTransaction(req)
      return Response.json({ updated: rows.length })
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  },
}
