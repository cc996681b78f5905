/** Stamps each level's slot (rules/level-slot.ts) and answers 409 naming the field before the unique index would. */
import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../../src/kit'
import { levelSlot } from '../rules/level-slot'

type LevelData = { product?: unknown; variant?: unknown; warehouse?: unknown; slot?: string }

export const stampLevelSlot: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc as LevelData | undefined), ...(data as LevelData) }
  const product = idOf(merged.product)
  const warehouse = idOf(merged.warehouse)
  // a missing product or warehouse is the required fields' own 400
  if (product === null || warehouse === null) return data
  const variant = idOf(merged.variant)
  data.slot = levelSlot(product, variant, warehouse)
  const taken = await req.payload.find({
    collection: 'inventory-levels',
    where: { slot: { equals: data.slot } },
    limit: 1,
    depth: 0,
    select: {},
    overrideAccess: true,
    req,
  })
  const other = taken.docs.find((doc) => String(doc.id) !== String((originalDoc as { id?: unknown } | undefined)?.id))
  if (other) {
    const path = variant === null ? 'warehouse' : 'variant'
    const message = `This warehouse already has a level for this ${variant === null ? 'product' : 'variant'} (level ${other.id})`
    throw new APIError(message, 409, { errors: [{ path, message }] }, true)
  }
  return data
}
