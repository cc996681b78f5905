/**
 * The levels that may serve order lines: tracked levels of the line's product (and variant) in active warehouses
 * that serve the order's website, read in one query for the whole order. A read for planning only: the conditional
 * UPDATE decides (ledger/apply-movement.ts).
 */
import type { PayloadRequest } from 'payload'

import { cachedPerRequest, idOf, sameId, type Id } from '../../../src/kit'
import { warehousesServing } from '../listing/serving-warehouses'
import type { AllocationCandidate, AllocationMode } from '../rules/allocation'
import { toThousandths } from '../rules/quantities'

type LevelDoc = { id: Id; product: unknown; variant?: unknown; warehouse: unknown; available?: number | null; backorderLimit?: number | null; tracked?: boolean | null }

export type LineCandidates = { managed: boolean; candidates: AllocationCandidate[] }

export const allocationMode = (req: PayloadRequest): Promise<AllocationMode> =>
  cachedPerRequest(req, 'inventory:allocation', async () => {
    const settings = await req.payload.findGlobal({ slug: 'inventory-settings', depth: 0, overrideAccess: true, req })
    return (settings as { allocation?: AllocationMode | null }).allocation ?? 'prioritySplit'
  })

export async function loadCandidates(req: PayloadRequest, products: readonly Id[], website: Id | null) {
  if (products.length === 0) return () => ({ managed: false, candidates: [] }) satisfies LineCandidates
  const levels = (await req.payload.find({
    collection: 'inventory-levels',
    where: { product: { in: [...products] } },
    pagination: false,
    depth: 0,
    select: { product: true, variant: true, warehouse: true, available: true, backorderLimit: true, tracked: true },
    overrideAccess: true,
    req,
  })).docs as unknown as LevelDoc[]
  const serving = await warehousesServing(req, website, [...new Set(levels.map((level) => String(idOf(level.warehouse))))])
  return (product: Id, variant: Id | null): LineCandidates => {
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
}
