/**
 * The levels that may serve order lines: tracked levels of the line's product (and variant) in active warehouses
 * that serve the order's website, read in one query for the whole order, made with the order's calculation when it is
 * being placed (kit `registerReadAhead`). A read for planning only: the conditional UPDATE decides
 * (ledger/apply-movement.ts).
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import {
  cachedPerRequest,
  idOf,
  preparedArray,
  readAlone,
  sameId,
  serialIdOf,
  takeReadAhead,
  type Id,
  type ReadAheadRegistration,
  type SqlRead,
} from '../../../src/kit'
import { servesWebsite, servingEntry, type WarehouseFacts } from '../listing/serving-warehouses'
import type { AllocationCandidate, AllocationMode } from '../rules/allocation'
import { toThousandths } from '../rules/quantities'

type LevelDoc = { id: Id; product: unknown; variant?: unknown; warehouse: unknown; available?: number | null; backorderLimit?: number | null; tracked?: boolean | null }

export type LineCandidates = { managed: boolean; candidates: AllocationCandidate[] }

const ALLOCATION_KEY = 'inventory:allocation'

export const allocationMode = (req: PayloadRequest): Promise<AllocationMode> =>
  cachedPerRequest(req, ALLOCATION_KEY, async () => {
    const settings = await req.payload.findGlobal({ slug: 'inventory-settings', depth: 0, overrideAccess: true, req })
    return (settings as { allocation?: AllocationMode | null }).allocation ?? 'prioritySplit'
  })

/**
 * The levels of the order's products with their warehouses, in one hand-written query (a `find` of the levels and
 * another of their warehouses were two local API operations of every checkout), in the order that `find` gave them
 * (newest first), which breaks ties between warehouses of one priority; which warehouse serves the website stays
 * `servesWebsite`'s.
 */
export type OrderCandidates = {
  candidatesOf: (product: Id, variant: Id | null) => LineCandidates
  /** the product and warehouse of a level read here, for its ledger rows */
  levelOf: (level: Id) => { product: Id | null; warehouse: Id | null }
}

type CandidateRow = LevelDoc & { warehouseId: number | null; active: boolean | null; priority: string | number | null; websites: number[]; allocation: AllocationMode | null }

/** The products a reservation asks candidates for, as their key (order does not matter). */
const productsKey = (products: readonly Id[]) => products.map(String).sort().join(',')

/** The levels' rows of `products`, as one read (kit `SqlRead`; numbers as text, exact through JSON). */
function candidateRowsRead(products: readonly Id[]): SqlRead<CandidateRow[]> {
  const ids = products.map((product) => serialIdOf(product)).filter((id): id is number => id !== null)
  return {
    query: sql`
    select l.id, l.product_id as product, l.variant_id as variant, l.warehouse_id as warehouse, l.available::text as available,
           l.backorder_limit::text as "backorderLimit", l.tracked, w.id as "warehouseId", w.active, w.priority::text as priority,
           (select coalesce(array_agg(r.websites_id), '{}') from warehouses_rels r where r.parent_id = w.id and r.path = 'websites') as websites,
           (select allocation from inventory_settings order by created_at desc limit 1) as allocation
      from inventory_levels l left join warehouses w on w.id = l.warehouse_id
     where l.product_id = any(${preparedArray(ids, 'int')})
     order by l.created_at desc, l.id desc`,
    parse: (rows) => rows as unknown as CandidateRow[],
  }
}

/** The stock candidates read with the calculation of an order being placed (kit `registerReadAhead`). */
export const CANDIDATES_READ_AHEAD = 'inventory:candidates'
type CandidatesAhead = { products: string; website: string; rows: CandidateRow[] }

export const candidatesReadAhead: ReadAheadRegistration = {
  name: CANDIDATES_READ_AHEAD,
  plugin: 'inventory',
  read: ({ input, buyer, placing }) => {
    if (!placing) return null
    const products = [...new Set(input.lines.map((line) => line.product))]
    const rows = candidateRowsRead(products)
    const ahead = { products: productsKey(products), website: String(input.website ?? buyer.website) }
    return { query: rows.query, parse: (found): CandidatesAhead => ({ ...ahead, rows: rows.parse(found) }) }
  },
}

export async function loadCandidates(req: PayloadRequest, products: readonly Id[], website: Id | null): Promise<OrderCandidates> {
  if (products.length === 0) return { candidatesOf: () => ({ managed: false, candidates: [] }), levelOf: () => ({ product: null, warehouse: null }) }
  // read with the order's calculation when it was for these products and this website, else now
  const ahead = takeReadAhead<CandidatesAhead>(req, CANDIDATES_READ_AHEAD)
  const levels =
    ahead && ahead.products === productsKey(products) && ahead.website === String(website)
      ? ahead.rows
      : await readAlone(req, candidateRowsRead(products))
  // the settings' allocation mode came with the levels: `allocationMode` answers it without a findGlobal
  if (levels.length > 0) void cachedPerRequest(req, ALLOCATION_KEY, async () => levels[0].allocation ?? 'prioritySplit')
  const serving = new Map(
    levels
      .filter((level) => level.warehouseId !== null)
      .map((level): WarehouseFacts => ({ id: Number(level.warehouseId), active: level.active, priority: level.priority, websites: level.websites }))
      .filter((warehouse) => servesWebsite(warehouse, website))
      .map(servingEntry),
  )
  const placed = new Map(levels.map((level) => [String(level.id), { product: idOf(level.product), warehouse: idOf(level.warehouse) }]))
  const levelOf = (level: Id) => placed.get(String(level)) ?? { product: null, warehouse: null }
  const candidatesOf = (product: Id, variant: Id | null): LineCandidates => {
    const own = levels.filter((level) => sameId(level.product, product) && (variant === null ? idOf(level.variant) === null : sameId(level.variant, variant)))
    const tracked = own.filter((level) => level.tracked !== false)
    return {
      managed: tracked.length > 0,
      candidates: tracked
        .filter((level) => serving.has(String(idOf(level.warehouse))))
        .map((level) => ({
          level: level.id,
          priority: serving.get(String(idOf(level.warehouse)))?.priority ?? 10,
          available: toThousandths(level.available ?? 0),
          backorderLimit: toThousandths(level.backorderLimit ?? 0),
        })),
    }
  }
  return { candidatesOf, levelOf }
}
