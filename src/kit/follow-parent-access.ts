/**
 * Staff access levels for records that belong to a secured record: customer users and addresses belong to a
 * customer, and a Sales East manager should reach the people and addresses of the customers in reach — not every
 * company's. Such a collection has no owner or business unit of its own; it follows its parent's, through the
 * relationship paths that lead to the parent (`customer`, `customerUser.customer`):
 *
 * - read follows the parent's read level; create, update and delete follow the parent's update level (changing a
 *   company's people or address book is changing the company);
 * - the level becomes a `Where` on the paths (`customer.owner`, `customer.businessUnit`), AND-combined with the
 *   collection's own access, so lists, REST, GraphQL and population obey it like secured collections do;
 * - a create or update that points the record at a parent out of reach answers 403: checked in the create and
 *   update access functions, on the data they are given, so it holds for every caller whose access Payload checks
 *   and never for a write the code makes with `overrideAccess` — the stock an order reserves is the order's effect,
 *   and a sales rep who may place the order need not be allowed to edit the warehouse (it was a beforeChange hook,
 *   which Payload runs whatever the access; docs/DECISIONS.md).
 *
 * Requests by anyone but staff keep the collection's own access (storefront rules), untouched.
 */
import {
  type Access,
  type AccessArgs,
  type CollectionConfig,
  type Config,
  type Plugin,
  type PayloadRequest,
  type Where,
} from 'payload'

import { isStaff } from './access'
import { idOf } from './ids'
import type { AccessAction } from './access-levels'
import { combineAccess } from './secured-collections'
import { staffAccess } from './staff-permissions'

export type FollowedParent = {
  /** the secured collection whose levels apply */
  parent: string
  /** relationship paths from this collection to the parent's id; any one reaching a parent in reach is enough */
  paths: readonly string[]
  /**
   * The paths whose parent a write must keep in reach when it names one (default: every path). A stock transfer is
   * reached through its destination or its source, but asking for stock names a source out of reach on purpose.
   */
  writePaths?: readonly string[]
}

/** `where` with every field path prefixed (`owner` → `customer.owner`); and/or are kept. */
export function prefixWhere(where: Where, prefix: string): Where {
  if (!prefix) return where
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'and' || key === 'or' ? [key, (value as Where[]).map((inner) => prefixWhere(inner, prefix))] : [`${prefix}.${key}`, value],
    ),
  ) as Where
}

const levelAction = (action: AccessAction): AccessAction => (action === 'read' ? 'read' : 'update')

/** The parent's level for a staff request, through the paths: true, false, or a filter. */
async function levelThrough(req: PayloadRequest, followed: FollowedParent, action: AccessAction): Promise<boolean | Where> {
  const level = await staffAccess(req, followed.parent, levelAction(action))
  if (typeof level === 'boolean') return level
  // through a path that is set: an empty relationship joins as nulls, which a level admitting records without a unit
  // (organization: the system's own) would otherwise take for a parent in reach
  const filters = followed.paths.map((path): Where => ({ and: [{ [path.split('.')[0]]: { exists: true } }, prefixWhere(level, path)] }))
  return filters.length === 1 ? filters[0] : { or: filters }
}

function followedAccess(followed: FollowedParent, collection: CollectionConfig, action: AccessAction, original: Access | undefined): Access {
  return (args: AccessArgs) => {
    const own = original ? original(args) : Boolean(args.req.user)
    if (!isStaff(args.req)) return own
    return (async () => {
      const base = await own
      if (base === false) return false
      // Creating is a yes/no: whether the user may change any parent at all; the data names the one it will be.
      const level = await levelThrough(args.req, followed, action)
      if (level === false) return false
      if ((action === 'create' || action === 'update') && args.data && !(await parentsInReach(args.req, followed, collection, args.data, action === 'update' ? args.id : undefined))) return false
      return action === 'create' ? base : combineAccess(base, level)
    })()
  }
}

/**
 * Whether every parent the written data names (directly, or through another record: `customerUser.customer`) is
 * within the user's update level of the parent. Data that names none (an update of other fields) passes: the update
 * level's filter already keeps the record itself in reach. So does an update of the record `id` that names the
 * parent it already has (the admin's form sends every field): a record reached through another path (a transfer
 * through its source) keeps its other end.
 */
async function parentsInReach(req: PayloadRequest, followed: FollowedParent, collection: CollectionConfig, data: Record<string, unknown>, id?: number | string): Promise<boolean> {
  const level = await staffAccess(req, followed.parent, 'update')
  if (level === true) return true
  for (const path of followed.writePaths ?? followed.paths) {
    const [first, ...rest] = path.split('.')
    if (data[first] === null || data[first] === undefined) continue
    const target = idOf(data[first])
    if (target === null) return false // a value that names no record cannot be proven in reach
    if (id !== undefined && (await storedParent(req, collection.slug, id, first)) === String(target)) continue
    if (level === false) return false
    const field = collection.fields.flatMap((item) => ('fields' in item && item.type === 'row' ? item.fields : [item])).find((item) => 'name' in item && item.name === first)
    const relationTo = field && 'relationTo' in field && typeof field.relationTo === 'string' ? field.relationTo : followed.parent
    const { totalDocs } = await req.payload.count({
      collection: relationTo as never,
      where: { and: [{ id: { equals: target } }, prefixWhere(level, rest.join('.'))] },
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) return false
  }
  return true
}

/** The id a stored record's relationship `field` holds, as text ('' when empty or no such record). */
async function storedParent(req: PayloadRequest, collection: string, id: number | string, field: string): Promise<string> {
  const stored = await req.payload.findByID({ collection: collection as never, id, depth: 0, select: { [field]: true } as never, overrideAccess: true, disableErrors: true, req })
  const value = idOf((stored as Record<string, unknown> | null)?.[field])
  return value === null ? '' : String(value)
}

function follow(collection: CollectionConfig, followed: FollowedParent): CollectionConfig {
  const access = collection.access ?? {}
  return {
    ...collection,
    access: {
      ...access,
      read: followedAccess(followed, collection, 'read', access.read),
      create: followedAccess(followed, collection, 'create', access.create),
      update: followedAccess(followed, collection, 'update', access.update),
      delete: followedAccess(followed, collection, 'delete', access.delete),
    },
  }
}

/** The config transform: collection slug → the parent it follows. Apply after every plugin. */
export const followParentAccess =
  (followers: Readonly<Record<string, FollowedParent>>): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => (followers[collection.slug] ? follow(collection, followers[collection.slug]) : collection)),
  })
