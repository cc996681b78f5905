/**
 * Puts collections under staff role security. For each secured collection this config transform:
 * - adds `owner` (→ users) and `businessUnit` (→ business-units), stamped on create with the creating staff user
 *   and their primary unit; only administrators may set or reassign them, only staff see them;
 * - wraps the collection's read/update/delete access with the level filter of the user's roles, and create with a
 *   yes/no, AND-combined with the collection's own access. Because Payload applies the same access functions to
 *   list views, REST, GraphQL, `where` on relationship paths and relationship population, all of them obey it;
 * - wraps every data field's read/create/update access with the roles' field rules (hidden / read-only);
 * - makes every relationship to a secured collection, in any collection, refuse a link to a record the staff user
 *   may not read (secured-references.ts).
 * Requests by anyone but staff (storefront customer users, anonymous visitors) get the collection's own access,
 * untouched. It runs after every plugin, so plugin collections can opt in with `custom: { bureau: { secured: true } }`
 * and fields plugins add to a secured collection get field rules too.
 */
import type { Access, AccessArgs, AccessResult, CollectionConfig, Config, Field, FieldAccess, FieldHook, Plugin, Where } from 'payload'

import { BUSINESS_UNIT_FIELD, OWNER_FIELD, type AccessAction } from './access-levels'
import { isAdministrator, isStaff, STAFF_COLLECTION } from './access'
import { MissingCollectionError } from './extend-collection'
import { mapDataFields, type DataField } from './field-paths'
import { isRestricted } from './field-rules'
import { guardSecuredReferences } from './secured-references'
import { BUSINESS_UNITS_SLUG, knownStaffRestrictedFields, staffAccess, staffRestrictedFields, userPrimaryUnit } from './staff-permissions'

export type SecuredCollectionsOptions = {
  /** slugs to secure besides the collections marked `custom.bureau.secured` */
  collections: readonly string[]
}

type BureauCollectionCustom = { bureau?: { secured?: boolean } }

/** Whether a collection (config or sanitized config) is under staff role security. */
export const isSecured = (collection: Pick<CollectionConfig, 'custom'> | undefined): boolean =>
  (collection?.custom as BureauCollectionCustom | undefined)?.bureau?.secured === true

/** AND of two access results: false wins, true is neutral, two filters are both required. */
export function combineAccess(a: AccessResult, b: AccessResult): AccessResult {
  if (a === false || b === false) return false
  if (a === true) return b
  if (b === true) return a
  return { and: [a, b] }
}

/** Prefixes every field of a filter, for versions tables where the document lives under `version`. */
function prefixWhere(where: Where, prefix: string): Where {
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'and' || key === 'or' ? [key, (value as Where[]).map((inner) => prefixWhere(inner, prefix))] : [`${prefix}.${key}`, value],
    ),
  ) as Where
}

const loggedIn: Access = ({ req }) => Boolean(req.user)

function securedAccess(slug: string, action: AccessAction, original: Access | undefined, versionsPrefix?: string): Access {
  const own = original ?? loggedIn
  return (args: AccessArgs) => {
    if (!isStaff(args.req)) return own(args)
    return (async () => {
      const base = await own(args)
      if (base === false) return false
      const level = await staffAccess(args.req, slug, action)
      return combineAccess(base, versionsPrefix && typeof level === 'object' ? prefixWhere(level, versionsPrefix) : level)
    })()
  }
}

function ruledFieldAccess(slug: string, path: string, action: AccessAction, original: FieldAccess | undefined): FieldAccess {
  return (args) => {
    if (!isStaff(args.req)) return original ? original(args) : true
    const allowed = original ? original(args) : true
    const known = knownStaffRestrictedFields(args.req, slug, action)
    // synchronous once this request knows its restrictions and the field's own rule answered without waiting
    if (typeof allowed === 'boolean' && known) return allowed && !isRestricted(known, path)
    return (async () => {
      if (!(await allowed)) return false
      return !isRestricted(known ?? (await staffRestrictedFields(args.req, slug, action)), path)
    })()
  }
}

const withFieldRules = (slug: string) => (field: DataField, path: string): Field => {
  if (path === OWNER_FIELD || path === BUSINESS_UNIT_FIELD) return field
  const access = field.access ?? {}
  return {
    ...field,
    access: {
      read: ruledFieldAccess(slug, path, 'read', access.read),
      create: ruledFieldAccess(slug, path, 'create', access.create),
      update: ruledFieldAccess(slug, path, 'update', access.update),
    },
  } as Field
}

const stampOwner: FieldHook = ({ operation, req, value }) =>
  operation === 'create' && (value === null || value === undefined) && isStaff(req) ? req.user?.id : value

const stampBusinessUnit: FieldHook = ({ operation, req, value }) =>
  operation === 'create' && (value === null || value === undefined) && isStaff(req) ? (userPrimaryUnit(req.user) ?? undefined) : value

const staffOnlyField: FieldAccess = ({ req }) => isStaff(req)
const administratorsOnlyField: FieldAccess = ({ req }) => isAdministrator(req)

const ownershipFields = (): Field[] => [
  {
    name: OWNER_FIELD,
    type: 'relationship',
    relationTo: STAFF_COLLECTION,
    index: true,
    access: { read: staffOnlyField, create: administratorsOnlyField, update: administratorsOnlyField },
    hooks: { beforeChange: [stampOwner] },
    admin: { position: 'sidebar', description: 'The staff user who owns this record; set to whoever creates it. Only administrators reassign it.' },
  },
  {
    name: BUSINESS_UNIT_FIELD,
    type: 'relationship',
    relationTo: BUSINESS_UNITS_SLUG,
    index: true,
    access: { read: staffOnlyField, create: administratorsOnlyField, update: administratorsOnlyField },
    hooks: { beforeChange: [stampBusinessUnit] },
    admin: { position: 'sidebar', description: "The business unit this record belongs to; set to the creator's primary unit." },
  },
]

function secureCollection(collection: CollectionConfig): CollectionConfig {
  const { slug } = collection
  const clash = collection.fields.find((field) => 'name' in field && (field.name === OWNER_FIELD || field.name === BUSINESS_UNIT_FIELD))
  if (clash && 'name' in clash) {
    throw new Error(`Collection "${slug}" is secured but already has a field "${clash.name}", which staff security adds itself.`)
  }
  const access = collection.access ?? {}
  return {
    ...collection,
    custom: { ...collection.custom, bureau: { ...(collection.custom as BureauCollectionCustom | undefined)?.bureau, secured: true } },
    access: {
      ...access,
      read: securedAccess(slug, 'read', access.read),
      create: securedAccess(slug, 'create', access.create),
      update: securedAccess(slug, 'update', access.update),
      delete: securedAccess(slug, 'delete', access.delete),
      ...(collection.versions ? { readVersions: securedAccess(slug, 'read', access.readVersions, 'version') } : {}),
    },
    fields: [...mapDataFields(collection.fields, withFieldRules(slug)), ...ownershipFields()],
  }
}

/** The config transform; apply it after every plugin that adds or extends a collection. */
export const securedCollections =
  (options: SecuredCollectionsOptions): Plugin =>
  (config: Config): Config => {
    const collections = config.collections ?? []
    for (const slug of options.collections) {
      if (!collections.some((collection) => collection.slug === slug)) throw new MissingCollectionError('secured-collections', slug)
    }
    const wanted = new Set(options.collections)
    const secured = collections.map((collection) =>
      wanted.has(collection.slug) || isSecured(collection) ? secureCollection(collection) : collection,
    )
    const securedSlugs = new Set(secured.filter(isSecured).map((collection) => collection.slug))
    return {
      ...config,
      collections: secured.map((collection) => ({ ...collection, fields: guardSecuredReferences(collection.fields, securedSlugs) })),
    }
  }
