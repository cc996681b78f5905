import type { PayloadRequest } from 'payload'

import { sameId, type Id } from '../../../src/kit'

export type ServingWarehouse = { id: Id; priority: number }

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
  const docs = found.docs as unknown as Array<{ id: Id; active?: boolean | null; priority?: number | null; websites?: unknown[] | null }>
  return new Map(
    docs
      .filter((warehouse) => warehouse.active !== false && (website === null || !warehouse.websites?.length || warehouse.websites.some((site) => sameId(site, website))))
      .map((warehouse) => [String(warehouse.id), { id: warehouse.id, priority: warehouse.priority ?? 10 }]),
  )
}
