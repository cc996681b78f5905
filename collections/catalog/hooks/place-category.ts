import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { validationError } from '../../../src/kit/errors'
import { placeCategory, repathDescendants, slugify, SLUG_PATTERN, type PlacedCategory } from '../rules/category-tree'
import { idOf } from '../../../src/kit/ids'
import type { Id } from '../../../src/kit/ids'

const COLLECTION = 'categories'
/**
 * Categories whose re-path update is in flight, per request: their place is computed already, so their own hooks
 * stay out. Not a `context` flag: a bulk update saves its documents in parallel on one shared `req`, and a flag a
 * nested update merges into `req.context` would make a sibling category skip its own placement.
 */
const syncing = new WeakMap<object, Set<string>>()
const isSyncing = (req: PayloadRequest, id: unknown) => id !== undefined && id !== null && syncing.get(req)?.has(String(id)) === true

type CategoryDoc = { id: Id; title?: string | null; slug?: string | null; parent?: unknown; ancestors?: unknown[] | null; path?: string | null }

const placed = (doc: CategoryDoc): PlacedCategory => ({
  id: doc.id,
  ancestors: (doc.ancestors ?? []).map((ancestor) => idOf(ancestor) as Id),
  path: doc.path ?? '',
})

async function findCategory(req: PayloadRequest, id: Id): Promise<CategoryDoc | null> {
  const doc = await req.payload.findByID({ collection: COLLECTION, id, depth: 0, overrideAccess: true, disableErrors: true, req })
  return doc as unknown as CategoryDoc | null
}

/**
 * Derives the slug (from the title when none is given), refuses a parent that is the category itself or one of its
 * descendants, and sets ancestors, path and level from the parent's. A path must be unique: two siblings cannot
 * share a slug.
 */
export const placeCategoryInTree: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'update' && isSyncing(req, (originalDoc as CategoryDoc | undefined)?.id)) return data
  const before = (operation === 'update' ? originalDoc : {}) as Partial<CategoryDoc>
  const category = { ...before, ...data } as Partial<CategoryDoc>
  const slug = typeof category.slug === 'string' && category.slug.trim() ? category.slug.trim() : slugify(category.title ?? '')
  if (!SLUG_PATTERN.test(slug)) {
    throw validationError([{ path: 'slug', message: 'A slug is lower-case letters and digits joined by "-", e.g. power-tools' }], COLLECTION)
  }
  const parentId = idOf(category.parent)
  const parent = parentId === null ? null : await findCategory(req, parentId)
  if (parentId !== null && !parent) throw validationError([{ path: 'parent', message: `Category ${parentId} does not exist` }], COLLECTION)
  const result = placeCategory({ id: before.id, slug }, parent ? placed(parent) : null)
  if (!result.ok) throw validationError([{ path: 'parent', message: result.message }], COLLECTION)
  const clash = await req.payload.find({
    collection: COLLECTION,
    where: { and: [{ path: { equals: result.placement.path } }, ...(before.id !== undefined ? [{ id: { not_equals: before.id } }] : [])] },
    select: { path: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  if (clash.docs.length) {
    throw validationError([{ path: 'slug', message: `Another category already has the path "${result.placement.path}"` }], COLLECTION)
  }
  return { ...data, slug, parent: parentId, ...result.placement }
}

/** After a category moved or changed slug, every descendant takes the new ancestors and path above it. */
export const repathDescendantsOnMove: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || isSyncing(req, (doc as CategoryDoc).id)) return doc
  const before = previousDoc as CategoryDoc
  const after = placed(doc as CategoryDoc)
  if (before.path === after.path) return doc
  const found = await req.payload.find({
    collection: COLLECTION,
    where: { ancestors: { equals: after.id } },
    select: { ancestors: true, path: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const descendants = repathDescendants(
    { id: after.id, before: { path: before.path ?? '' }, after: { ...after, level: after.ancestors.length } },
    (found.docs as unknown as CategoryDoc[]).map(placed),
  )
  const inFlight = syncing.get(req) ?? new Set<string>()
  syncing.set(req, inFlight)
  for (const descendant of descendants) {
    inFlight.add(String(descendant.id))
    try {
      await req.payload.update({
        collection: COLLECTION,
        id: descendant.id,
        // serial ids: numbers
        data: { ancestors: descendant.ancestors.map(Number), path: descendant.path, level: descendant.level },
        depth: 0,
        overrideAccess: true,
        req,
      })
    } finally {
      inFlight.delete(String(descendant.id))
    }
  }
  return doc
}
