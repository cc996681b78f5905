/**
 * The SQL ceiling of the commerce listing (issue 12 item 11): a bare `node:http` server with a `pg` pool answering
 * `GET /?customer=&group=&website=&currency=` with the same first page `GET /api/commerce/products` answers — 24
 * products newest first (Payload's default sort), each one's listing card (LISTING_CARD_SELECT: sku, English name,
 * type, unit, status, brand, images, categories) and price tiers in the buyer's combined list —
 * from one hand-written SQL query over the same tables. No framework, no access rules, no hooks: what the database
 * and Node can do at best for this page, in its own process like the app.
 */
import http from 'node:http'
import type { ChildProcess } from 'node:child_process'
import pg from 'pg'

import { stopGroup } from '../src/scripts/processes'
import { isMain, spawnTs } from './child'

export type SqlCeiling = { url: string; stop: () => Promise<void> }

const PAGE = 24

/** The buyer's first combined list (customer → group → website link), the page, and each product's tiers. */
const QUERY = `
  with link as (
    select combined_list_id from combined_price_list_links
    where scope = any($1::text[]) order by array_position($1::text[], scope) limit 1
  ), page as (
    select p.id, p.sku, p.type, coalesce(p.unit::text, 'item') as unit, l.name, p.status, p.brand_id as brand, p.created_at
    from products p left join products_locales l on l._parent_id = p.id and l._locale = 'en'
    order by p.created_at desc limit ${PAGE}
  )
  select page.id, page.sku, page.type, page.unit, page.name, page.status, page.brand,
    coalesce((select array_agg(r.media_id order by r."order") from products_rels r where r.parent_id = page.id and r.path = 'images' and r.media_id is not null), '{}') as images,
    coalesce((select array_agg(r.categories_id order by r."order") from products_rels r where r.parent_id = page.id and r.path = 'categories' and r.categories_id is not null), '{}') as categories,
    (select json_agg(json_build_object('minQuantity', cp.min_quantity, 'unit', cp.unit, 'value', cp.value, 'priceList', cp.price_list_id) order by cp.min_quantity)
       from combined_prices cp join link on cp.combined_list_id = link.combined_list_id
       where cp.currency = $2 and cp.product_id = page.id and cp.variant_id is null and cp.unit = page.unit) as tiers,
    (select count(*) from products)::int as total
  from page order by page.created_at desc`

type Row = { id: number; sku: string; type: string; unit: string; name: string | null; status: string | null; brand: number | null; images: number[]; categories: number[]; tiers: Array<{ minQuantity: string; unit: string; value: string; priceList: number }> | null; total: number }

export async function startSqlCeiling(databaseUri: string): Promise<SqlCeiling> {
  const { child, message } = spawnTs<{ port: number }>(import.meta.url, [], { detached: true, timeoutMs: 30_000, env: { ...process.env, BENCH_SQL_CEILING_URI: databaseUri } })
  const { port } = await message
  return { url: `http://127.0.0.1:${port}`, stop: () => stopGroup(child as ChildProcess) }
}

function answer(rows: Row[], currency: string) {
  return {
    docs: rows.map(({ tiers, total: _total, ...product }) => ({
      ...product,
      price: tiers?.length
        ? { value: tiers[0].value, currency, unit: product.unit, priceList: tiers[0].priceList, tiers: tiers.map((tier) => ({ ...tier, minQuantity: Number(tier.minQuantity) })) }
        : null,
    })),
    totalDocs: rows[0]?.total ?? 0,
    limit: PAGE,
    page: 1,
  }
}

if (isMain(import.meta.url)) {
  const pool = new pg.Pool({ connectionString: process.env.BENCH_SQL_CEILING_URI, max: 10 })
  const server = http.createServer(async (request, response) => {
    try {
      const query = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams
      const [website, group, customer] = ['website', 'group', 'customer'].map((name) => query.get(name))
      const currency = (query.get('currency') ?? 'USD').toUpperCase()
      const scopes = [...(customer ? [`c:${website}:${customer}`] : []), ...(group ? [`g:${website}:${group}`] : []), `w:${website}`]
      const { rows } = await pool.query<Row>(QUERY, [scopes, currency])
      const body = JSON.stringify(answer(rows, currency))
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) })
      response.end(body)
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' })
      response.end(String(error))
    }
  })
  server.listen(0, '127.0.0.1', () => {
    const address = server.address()
    if (address && typeof address === 'object') process.send?.({ port: address.port })
  })
  process.on('SIGTERM', () => server.close(() => void pool.end().finally(() => process.exit(0))))
  process.on('disconnect', () => process.exit(0))
}
