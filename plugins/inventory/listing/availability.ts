/**
 * Availability for a page of products in one query (their tracked levels, each marked whether its warehouse serves
 * the website, and the website's `showStockQuantities`), never one per product: the commerce listing's `availability`
 * and `stockQuantity`, and the `availability` on product reads. The listing runs it on every page, so it is one
 * hand-written statement (two local API finds and a findByID cost three round trips and ~2 ms of CPU, measured);
 * which warehouse serves a website is the rule of serving-warehouses.ts, the same in SQL.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { cachedPerRequest, executePrepared, preparedArray, serialIdOf, sqlReaderOf, type Id } from '../../../src/kit'
import { availabilityOf, type AvailabilityStatus } from '../rules/availability'
import { quantityText, toThousandths } from '../rules/quantities'

type LevelRow = { product: number; serving: boolean; available: number | null; lowStockThreshold: number | null; backorderLimit: number | null; tracked: boolean | null }

export type Availability = { status: AvailabilityStatus; quantity: number | null }
export type PageAvailability = {
  byProduct: Map<string, Availability>
  /** whether the website lets storefronts see exact quantities (a website field this plugin adds); false for none */
  showsQuantities: boolean
}

async function compute(req: PayloadRequest, products: readonly Id[], website: Id | null): Promise<PageAvailability> {
  const byProduct = new Map<string, Availability>()
  const ids = products.map(serialIdOf).filter((id): id is number => id !== null)
  const site = website === null ? null : (serialIdOf(website) ?? 0)
  const reader = await sqlReaderOf(req)
  // an active warehouse serves the website when it names none or names this one (no website: every active one)
  const serves = site === null
    ? sql`coalesce(w.active, true)`
    : sql`coalesce(w.active, true) and (not exists (select 1 from warehouses_rels r where r.parent_id = w.id and r.path = 'websites')
        or exists (select 1 from warehouses_rels r where r.parent_id = w.id and r.path = 'websites' and r.websites_id = ${site}))`
  const { rows } = await executePrepared(reader, sql`
    select
      ${site === null ? sql`false` : sql`coalesce((select show_stock_quantities from websites where id = ${site}), false)`} as shows,
      coalesce((
        select json_agg(json_build_object('product', l.product_id, 'serving', ${serves}, 'available', l.available,
          'lowStockThreshold', l.low_stock_threshold, 'backorderLimit', l.backorder_limit, 'tracked', l.tracked))
        from inventory_levels l join warehouses w on w.id = l.warehouse_id
        where l.product_id = any(${preparedArray(ids, 'int')}) and l.variant_id is null
      ), '[]'::json) as levels`)
  const row = rows[0] as { shows: boolean; levels: LevelRow[] }
  for (const product of products) {
    const own = row.levels.filter((level) => String(level.product) === String(product))
    const servingLevels = own.filter((level) => level.serving)
    const summaries = (own.some((level) => level.tracked !== false) && servingLevels.length === 0 ? own.map((level) => ({ ...level, available: 0, backorderLimit: 0 })) : servingLevels).map((level) => ({
      available: toThousandths(level.available ?? 0),
      lowStockThreshold: toThousandths(level.lowStockThreshold ?? 0),
      backorderLimit: toThousandths(level.backorderLimit ?? 0),
      tracked: level.tracked !== false,
    }))
    const { status, quantity } = availabilityOf(summaries)
    byProduct.set(String(product), { status, quantity: quantity === null ? null : Number(quantityText(quantity)) })
  }
  return { byProduct, showsQuantities: row.shows === true }
}

/** Per request and page, so the listing's two fields share one computation. */
export const availabilityFor = (req: PayloadRequest, products: readonly Id[], website: Id | null): Promise<PageAvailability> =>
  cachedPerRequest(req, `inventory:availability:${website}:${products.join(',')}`, () => compute(req, products, website))
