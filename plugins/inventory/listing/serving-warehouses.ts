import type { PayloadRequest } from 'payload'

import { sameId, type Id } from '../../../src/kit'

export type ServingWarehouse = { id: Id; priority: number }

/** A warehouse as read: whether it is active, its priority, the websites it names (none: it serves every website). */
export type WarehouseFacts = { id: Id; active?: boolean | null; priority?: number | string | null; websites?: unknown[] | null }

/** Whether the warehouse serves `website` (no website: every active warehouse serves). */
export const servesWebsite = (warehouse: WarehouseFacts, website: Id | null): boolean =>
  warehouse.active !== false && (website === null || !warehouse.websites?.length || warehouse.websites.some((site) => sameId(site, website)))

export const servingEntry = (warehouse: WarehouseFacts): [string, ServingWarehouse] => [
  String(warehouse.id),
  { id: warehouse.id, priority: warehouse.priority === null || warehouse.priority === undefined ? 10 : Number(warehouse.priority) },
]

/**
 * The active warehouses that serve `website` (a warehouse naming no website serves all; no website: every active
 * one), by id; one query. Allocation and availability both count only these.
 */
export async function warehousesServing(req: PayloadRequest, website: Id | null, ids?: readonly string[]): Promise<Map<string, ServingWarehouse>> {
  if (ids && ids.length === 0) return new Map()
  const found = await req.payload.find({
    collection: 'warehouses',
    where: ids ? { id: { in: [...ids] } } : {},
    pagination: false,
    depth: 0,
    select: { active: true, priority: true, websites: true },
    overrideAccess: true,
    req,
  })
  const docs = found.docs as unknown as WarehouseFacts[]
  return new Map(docs.filter((warehouse) => servesWebsite(warehouse, website)).map(servingEntry))
}
