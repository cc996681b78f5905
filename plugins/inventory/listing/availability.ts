/**
 * Availability for a page of products in two queries (their tracked levels, the warehouses serving the website),
 * never one per product: the commerce listing's `availability` and the `availability` on product reads.
 */
import type { PayloadRequest } from 'payload'

import { cachedPerRequest, idOf, sameId, type Id } from '../../../src/kit'
import { warehousesServing } from './serving-warehouses'
import { availabilityOf, type AvailabilityStatus } from '../rules/availability'
import { quantityText, toThousandths } from '../rules/quantities'

type LevelDoc = { product: unknown; warehouse: unknown; available?: number | null; lowStockThreshold?: number | null; backorderLimit?: number | null; tracked?: boolean | null }

export type Availability = { status: AvailabilityStatus; quantity: number | null }

async function compute(req: PayloadRequest, products: readonly Id[], website: Id | null): Promise<Map<string, Availability>> {
  const result = new Map<string, Availability>()
  if (products.length === 0) return result
  const levels = (await req.payload.find({
    collection: 'inventory-levels',
    where: { product: { in: [...products] }, variant: { exists: false } },
    pagination: false,
    depth: 0,
    select: { product: true, warehouse: true, available: true, lowStockThreshold: true, backorderLimit: true, tracked: true },
    overrideAccess: true,
    req,
  })).docs as unknown as LevelDoc[]
  const serving = await warehousesServing(req, website)
  for (const product of products) {
    const own = levels.filter((level) => sameId(level.product, product))
    const servingLevels = own.filter((level) => serving.has(String(idOf(level.warehouse))))
    const summaries = (own.some((level) => level.tracked !== false) && servingLevels.length === 0 ? own.map((level) => ({ ...level, available: 0, backorderLimit: 0 })) : servingLevels).map((level) => ({
      available: toThousandths(level.available ?? 0),
      lowStockThreshold: toThousandths(level.lowStockThreshold ?? 0),
      backorderLimit: toThousandths(level.backorderLimit ?? 0),
      tracked: level.tracked !== false,
    }))
    const { status, quantity } = availabilityOf(summaries)
    result.set(String(product), { status, quantity: quantity === null ? null : Number(quantityText(quantity)) })
  }
  return result
}

/** Per request and page, so the listing's two fields share one computation. */
export const availabilityFor = (req: PayloadRequest, products: readonly Id[], website: Id | null) =>
  cachedPerRequest(req, `inventory:availability:${website}:${products.join(',')}`, () => compute(req, products, website))

/** Whether the website lets storefronts see exact quantities (a website field this plugin adds). */
export const showsQuantities = (req: PayloadRequest, website: Id) =>
  cachedPerRequest(req, `inventory:showStockQuantities:${website}`, async () => {
    const doc = await req.payload.findByID({ collection: 'websites', id: website, depth: 0, select: { showStockQuantities: true }, overrideAccess: true, disableErrors: true, req })
    return (doc as { showStockQuantities?: boolean | null } | null)?.showStockQuantities === true
  })
