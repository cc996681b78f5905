import { APIError, ValidationError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

import { forgetPerRequest } from '../../../src/kit/request-cache'
import { loadUnitTree, UNIT_TREE_CACHE_KEY } from '../../../src/kit/staff-permissions'
import { wouldCreateCycle, type TreeId } from '../../../src/kit/tree'
import { idOf } from '../../../src/kit/ids'

/** A unit can be neither its own parent nor the parent of one of its ancestors: the tree must stay a tree. */
export const rejectUnitCycles: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !('parent' in data)) return data
  const parent = idOf(data.parent)
  if (parent === null) return data
  // Read the chart fresh: the per-request cache may predate an earlier change in the same request.
  forgetPerRequest(req, UNIT_TREE_CACHE_KEY)
  const units = await loadUnitTree(req)
  if (wouldCreateCycle(units, originalDoc?.id, parent)) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'parent', message: 'A unit cannot sit under itself or under one of its own sub-units.' }],
    })
  }
  return data
}

/**
 * Deleting a unit that still has sub-units would silently turn them into separate organizations (and change who
 * reaches their records), so it is refused until they are moved or deleted first.
 */
export const keepUnitsWithChildren: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const children = await req.payload.count({ collection: collection.slug as never, where: { parent: { equals: id } }, overrideAccess: true, req })
  if (children.totalDocs > 0) {
    throw new APIError(`This business unit still has ${children.totalDocs} sub-unit(s); move or delete them first.`, 409, undefined, true)
  }
}
