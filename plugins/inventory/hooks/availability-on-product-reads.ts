import type { CollectionAfterOperationHook } from 'payload'

import type { Id } from '../../../src/kit'
import { availabilityFor } from '../listing/availability'

type ProductDoc = { id: Id; availability?: string | null }

/**
 * Reads that select fields without naming `availability` (the calculation's line loader, the listing's own query)
 * skip it, so internal reads cost nothing extra; so does `select: { availability: false }`.
 */
function wantsAvailability(select: Record<string, unknown> | undefined): boolean {
  if (!select || Object.keys(select).length === 0) return true
  if ('availability' in select) return select.availability !== false
  return !Object.values(select).some((value) => value === true || (typeof value === 'object' && value !== null))
}

/**
 * Fills the virtual `availability` of products read through REST, GraphQL or the local API, for the whole page at
 * once (two queries, not one per product). Quantities are never shown here: only the status.
 */
export const availabilityOnProductReads: CollectionAfterOperationHook = async ({ args, operation, result, req }) => {
  if (operation !== 'find' && operation !== 'findByID') return result
  if (!wantsAvailability((args as { select?: Record<string, unknown> }).select)) return result
  const docs: ProductDoc[] = operation === 'find' ? ((result as { docs?: ProductDoc[] }).docs ?? []) : result ? [result as ProductDoc] : []
  if (docs.length === 0) return result
  const { byProduct } = await availabilityFor(req, docs.map((doc) => doc.id), null)
  for (const doc of docs) doc.availability = byProduct.get(String(doc.id))?.status ?? 'inStock'
  return result
}
