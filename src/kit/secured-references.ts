/**
 * A staff user may only link records they may read: an order's customer, a product in an order line. Without this
 * check a user could attach a record outside their level by guessing its id. Applied by `securedCollections` to every
 * relationship and upload field (in any collection) that points at a secured collection. Only values the change adds
 * are checked, so editing a record that already links something the user cannot see still works.
 */
import { validations, type Field, type PayloadRequest } from 'payload'

import { isStaff } from './access'
import { skipsValidation } from './fields'
import { mapDataFields, type DataField } from './field-paths'

type Ref = { collection: string; id: number | string }
type RelationField = Extract<DataField, { type: 'relationship' | 'upload' }>
type RelationValidate = (value: unknown, options: Record<string, unknown>) => Promise<string | true> | string | true

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === null || value === undefined ? [] : [value])

/** The records a relationship value points at (single or polymorphic, one or many). */
function refsOf(value: unknown, relationTo: string | string[]): Ref[] {
  return asList(value).flatMap((entry): Ref[] => {
    if (Array.isArray(relationTo)) {
      const poly = entry as { relationTo?: string; value?: unknown } | null
      const id = poly?.value && typeof poly.value === 'object' ? (poly.value as { id: number | string }).id : poly?.value
      return poly?.relationTo && (typeof id === 'number' || typeof id === 'string') ? [{ collection: poly.relationTo, id }] : []
    }
    const id = entry && typeof entry === 'object' ? (entry as { id?: number | string }).id : entry
    return typeof id === 'number' || typeof id === 'string' ? [{ collection: relationTo, id }] : []
  })
}

const key = (ref: Ref) => `${ref.collection}:${String(ref.id)}`

/** The refs among `refs` the request's user may not read. */
async function unreadable(req: PayloadRequest, refs: Ref[]): Promise<Ref[]> {
  const missing: Ref[] = []
  for (const collection of new Set(refs.map((ref) => ref.collection))) {
    const ids = refs.filter((ref) => ref.collection === collection).map((ref) => ref.id)
    const found = await req.payload.find({
      collection: collection as never,
      where: { id: { in: ids } },
      depth: 0,
      limit: ids.length,
      pagination: false,
      select: { id: true } as never,
      overrideAccess: false,
      user: req.user,
      req,
    })
    const seen = new Set(found.docs.map((doc) => String((doc as { id: number | string }).id)))
    missing.push(...ids.filter((id) => !seen.has(String(id))).map((id) => ({ collection, id })))
  }
  return missing
}

function guardField(field: RelationField, secured: ReadonlySet<string>): Field {
  const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
  // only the server sets a server-computed reference (fields.ts): nothing a user links to needs guarding
  if (!targets.some((slug) => secured.has(slug)) || skipsValidation(field)) return field
  const original = (field.validate ?? (field.type === 'upload' ? validations.upload : validations.relationship)) as RelationValidate
  const validate: RelationValidate = async (value, options) => {
    const result = await original(value, options)
    const req = options.req as PayloadRequest
    if (result !== true || options.overrideAccess || !isStaff(req)) return result
    const before = new Set(refsOf(options.previousValue, field.relationTo).map(key))
    const added = refsOf(value, field.relationTo).filter((ref) => secured.has(ref.collection) && !before.has(key(ref)))
    if (added.length === 0) return true
    const hidden = await unreadable(req, added)
    return hidden.length === 0 ? true : `You cannot link ${hidden.map((ref) => `${ref.collection} ${ref.id}`).join(', ')}: it is outside your access.`
  }
  return { ...field, validate } as Field
}

/** Returns `fields` with every relationship to a secured collection guarded. */
export const guardSecuredReferences = (fields: readonly Field[], secured: ReadonlySet<string>): Field[] =>
  mapDataFields(fields, (field) => (field.type === 'relationship' || field.type === 'upload' ? guardField(field, secured) : field))
