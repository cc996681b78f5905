import type { PayloadRequest } from 'payload'

import { idOf, sameId, type Id } from '../../../src/kit'
import type { StockLow } from '../events'
import { quantityText, toThousandths } from '../rules/quantities'
import { planReplenishment } from '../rules/replenishment'

type LevelDoc = { id: Id; product: unknown; variant?: unknown; warehouse: unknown; available?: number | null; reorderPoint?: number | null; reorderQuantity?: number | null; replenish?: boolean | null }

/**
 * Automatic replenishment of a level set to `replenish`: a transfer request from the warehouse with the most surplus
 * above its own reorder point, else a purchase request (a transfer without a source). Skipped while a request for
 * the level is still open, so a retried delivery or a second crossing never asks twice.
 */
export async function replenishOnStockLow({ data, req }: { data: StockLow; req: PayloadRequest }): Promise<void> {
  const level = (await req.payload.findByID({ collection: 'inventory-levels', id: data.level, depth: 0, overrideAccess: true, disableErrors: true, req })) as LevelDoc | null
  if (!level?.replenish) return
  const variant = idOf(level.variant)
  const sameItem = { product: { equals: idOf(level.product) }, variant: variant === null ? { exists: false } : { equals: variant } }
  const open = await req.payload.count({
    collection: 'stock-transfers',
    where: { ...sameItem, toWarehouse: { equals: idOf(level.warehouse) }, status: { in: ['requested', 'shipped'] } },
    overrideAccess: true,
    req,
  })
  if (open.totalDocs > 0) return
  const others = (await req.payload.find({ collection: 'inventory-levels', where: { ...sameItem, tracked: { not_equals: false } }, pagination: false, depth: 0, overrideAccess: true, req })).docs as unknown as LevelDoc[]
  const sources = others
    .filter((other) => !sameId(other.warehouse, level.warehouse))
    .map((other) => ({ level: other.id, warehouse: idOf(other.warehouse) as Id, available: toThousandths(other.available ?? 0), reorderPoint: toThousandths(other.reorderPoint ?? 0) }))
  const plan = planReplenishment(toThousandths(level.reorderQuantity ?? 0), sources)
  if (!plan) return
  await req.payload.create({
    collection: 'stock-transfers',
    data: {
      product: idOf(level.product) as number,
      variant: variant as number | null,
      fromWarehouse: plan.kind === 'transfer' ? (plan.from.warehouse as number) : null,
      toWarehouse: idOf(level.warehouse) as number,
      quantity: Number(quantityText(plan.quantity)),
      automatic: true,
      note: plan.kind === 'transfer' ? 'Automatic replenishment' : 'Automatic purchase request: no warehouse has surplus',
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
