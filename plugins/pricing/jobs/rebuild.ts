/**
 * The rebuild of the combined price lists (Oro's combined price lists), run by the subscriber in a job's transaction:
 * 1. chains: load the assignments, fallbacks and settings, compute every buyer level's chain (rules/chain.ts), create
 *    a combined list for each new distinct chain and build it, rewrite the buyer links, drop lists nobody uses;
 * 2. prices: rebuild only the changed products in the combined lists whose chain holds a changed list.
 * Build, then swap: everything is written in the job's transaction, so readers keep the old prices until it commits
 * (PostgreSQL MVCC) and never see a buyer without prices. Rebuilds take an advisory lock, so two workers never
 * interleave. Lists a price change touches are marked `rebuilding` before that (committed at once, for staff to see);
 * the rebuild marks them `ready` in its transaction.
 *
 * Safe with many jobs at once (one runner's parallel batch, or several nodes): the holder of the lock uses no second
 * connection after taking it, and the one statement a waiting job runs on a second connection — the `rebuilding`
 * mark — never waits for a row lock (`SKIP LOCKED`: a list the holder is writing is being rebuilt anyway). Before,
 * that mark was a plain UPDATE on the pool: it could lock one list and wait for another the holder had updated while
 * the holder went on to update the first, a deadlock PostgreSQL broke by failing one of the two jobs, and it held a
 * pool connection for as long as the holder's transaction lasted (test/integration rebuild-concurrency test).
 */
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import type { Id } from '../../../src/kit'
import { chainFor, chainKey, chainScopes, scopeKey } from '../rules/chain'
import { combinePrices, type ChainLink, type CombinationStrategy, type PriceRow } from '../rules/combine'
import { idArray, transactionDb, type SqlRunner } from './database'
import { loadPricingWorld } from './world'

const REBUILD_LOCK = 7_301_012

export type RebuildRequest = { kind: 'chains' } | { kind: 'prices'; priceLists: Id[]; products: Id[] | null }
export type RebuildReport = { built: number; updated: number; removed: number; prices: number }

type StoredList = { id: number; chainKey: string; chain: ChainLink[]; status: string }

const INSERT_BATCH = 2_000
/** products per step of a full build (about 10 lists × 5,000 products × their tiers in memory at a time) */
const PRODUCTS_PER_CHUNK = 5_000

async function loadPrices(db: SqlRunner, chain: readonly ChainLink[], onlyProducts: SQL): Promise<PriceRow[]> {
  const found = await db.execute(sql`
    select price_list_id, product_id, variant_id, unit, min_quantity::text as min_quantity, currency, value
    from product_prices where price_list_id = any(${idArray(chain.map((link) => link.priceList))})${onlyProducts}`)
  return found.rows.map((row) => ({
    priceList: Number(row.price_list_id),
    product: Number(row.product_id),
    variant: row.variant_id === null ? null : Number(row.variant_id),
    unit: String(row.unit),
    minQuantity: String(row.min_quantity),
    currency: String(row.currency),
    value: String(row.value),
  }))
}

/** Writes combined rows of `list` in batches. */
async function insertCombined(db: SqlRunner, list: StoredList, combined: readonly PriceRow[]): Promise<void> {
  for (let start = 0; start < combined.length; start += INSERT_BATCH) {
    const values = combined
      .slice(start, start + INSERT_BATCH)
      .map((row) => sql`(${list.id}, ${row.product}, ${row.variant}, ${row.unit}, ${String(row.minQuantity)}::numeric, ${row.currency}, ${row.value}, ${row.priceList}, now(), now())`)
    await db.execute(sql`
      insert into combined_prices (combined_list_id, product_id, variant_id, unit, min_quantity, currency, value, price_list_id, updated_at, created_at)
      values ${sql.join(values, sql`, `)}`)
  }
}

/**
 * The product id ranges a full build reads one at a time: a combination is per product, so a chain's prices can be
 * combined range by range, and a chain of lists holding millions of prices never sits in memory at once.
 */
async function productRanges(db: SqlRunner, chain: readonly ChainLink[]): Promise<Array<[number, number]>> {
  const found = await db.execute(sql`
    select min(product_id) as low, max(product_id) as high from product_prices where price_list_id = any(${idArray(chain.map((link) => link.priceList))})`)
  const low = Number(found.rows[0]?.low)
  const high = Number(found.rows[0]?.high)
  if (!Number.isSafeInteger(low) || !Number.isSafeInteger(high)) return []
  const ranges: Array<[number, number]> = []
  for (let from = low; from <= high; from += PRODUCTS_PER_CHUNK) ranges.push([from, Math.min(high, from + PRODUCTS_PER_CHUNK - 1)])
  return ranges
}

/** Replaces a combined list's prices (all, or only `products`') with the combination of its chain. */
async function buildList(db: SqlRunner, list: StoredList, strategy: CombinationStrategy, products: readonly Id[] | null): Promise<number> {
  const onlyProducts = products ? sql` and product_id = any(${idArray(products)})` : sql``
  await db.execute(sql`delete from combined_prices where combined_list_id = ${list.id}${onlyProducts}`)
  let count = 0
  if (products) {
    const combined = combinePrices(strategy, list.chain, await loadPrices(db, list.chain, sql` and product_id = any(${idArray(products)})`))
    await insertCombined(db, list, combined)
    count = combined.length
  } else {
    for (const [from, to] of await productRanges(db, list.chain)) {
      const combined = combinePrices(strategy, list.chain, await loadPrices(db, list.chain, sql` and product_id between ${from} and ${to}`))
      await insertCombined(db, list, combined)
      count += combined.length
    }
  }
  await db.execute(sql`
    update combined_price_lists set status = 'ready', built_at = now(), updated_at = now(),
      price_count = (select count(*) from combined_prices where combined_list_id = ${list.id})
    where id = ${list.id}`)
  return count
}

async function storedLists(db: SqlRunner): Promise<StoredList[]> {
  const found = await db.execute(sql`select id, chain_key, chain, status from combined_price_lists order by id`)
  return found.rows.map((row) => ({ id: Number(row.id), chainKey: String(row.chain_key), chain: row.chain as ChainLink[], status: String(row.status) }))
}

const poolOf = (req: PayloadRequest): SqlRunner => (req.payload.db as unknown as { drizzle: SqlRunner }).drizzle

const using = (lists: readonly StoredList[], priceLists: readonly Id[]) => {
  const changed = new Set(priceLists.map(String))
  return lists.filter((list) => list.chain.some((link) => changed.has(String(link.priceList))))
}

/**
 * Marks the lists a price change touches as rebuilding, committed at once (before the lock: see above). Lists whose
 * rows another transaction holds are skipped rather than waited for.
 */
export async function markRebuilding(req: PayloadRequest, priceLists: readonly Id[]): Promise<void> {
  const ids = using(await storedLists(poolOf(req)), priceLists).map((list) => list.id)
  if (!ids.length) return
  await poolOf(req).execute(sql`
    update combined_price_lists set status = 'rebuilding', updated_at = now()
    where id in (select id from combined_price_lists where id = any(${idArray(ids)}) order by id for update skip locked)`)
}

async function refreshChains(req: PayloadRequest, db: SqlRunner, now: Date): Promise<RebuildReport> {
  const world = await loadPricingWorld(req, now)
  const links = new Map<string, string | null>()
  const chains = new Map<string, ChainLink[]>()
  for (const scope of chainScopes(world)) {
    const chain = chainFor(world, scope)
    const key = chain.length ? chainKey(world.strategy, chain) : null
    if (key) chains.set(key, chain)
    links.set(scopeKey(scope), key)
  }
  const before = await storedLists(db)
  const known = new Set(before.map((list) => list.chainKey))
  const created: StoredList[] = []
  for (const [key, chain] of chains) {
    if (known.has(key)) continue
    const inserted = await db.execute(sql`
      insert into combined_price_lists (chain_key, chain, status, price_count, updated_at, created_at)
      values (${key}, ${JSON.stringify(chain)}::jsonb, 'rebuilding', 0, now(), now()) returning id`)
    created.push({ id: Number(inserted.rows[0].id), chainKey: key, chain, status: 'rebuilding' })
  }
  let prices = 0
  for (const list of created) prices += await buildList(db, list, world.strategy, null)
  const after = [...before, ...created]
  const idByKey = new Map(after.map((list) => [list.chainKey, list.id]))
  await db.execute(sql`delete from combined_price_list_links`)
  const linkRows = [...links].map(([scope, key]) => sql`(${scope}, ${key === null ? null : (idByKey.get(key) ?? null)}, now(), now())`)
  for (let start = 0; start < linkRows.length; start += INSERT_BATCH) {
    await db.execute(sql`insert into combined_price_list_links (scope, combined_list_id, updated_at, created_at) values ${sql.join(linkRows.slice(start, start + INSERT_BATCH), sql`, `)}`)
  }
  const unused = after.filter((list) => !chains.has(list.chainKey)).map((list) => list.id)
  if (unused.length) {
    await db.execute(sql`delete from combined_prices where combined_list_id = any(${idArray(unused)})`)
    await db.execute(sql`delete from combined_price_lists where id = any(${idArray(unused)})`)
  }
  return { built: created.length, updated: 0, removed: unused.length, prices }
}

async function refreshPrices(req: PayloadRequest, db: SqlRunner, changedLists: readonly Id[], products: readonly Id[] | null): Promise<RebuildReport> {
  const strategy = (await loadPricingWorld(req, new Date(), { settingsOnly: true })).strategy
  const affected = using(await storedLists(db), changedLists)
  let prices = 0
  for (const list of affected) prices += await buildList(db, list, strategy, products)
  return { built: 0, updated: affected.length, removed: 0, prices }
}

/** Brings the combined lists up to date after `request`, inside the transaction of `req`. */
export async function rebuildCombinedLists(req: PayloadRequest, request: RebuildRequest, now = new Date()): Promise<RebuildReport> {
  const db = await transactionDb(req)
  if (request.kind === 'prices') await markRebuilding(req, request.priceLists)
  await db.execute(sql`select pg_advisory_xact_lock(${REBUILD_LOCK})`)
  return request.kind === 'chains' ? refreshChains(req, db, now) : refreshPrices(req, db, request.priceLists, request.products)
}
