/**
 * What changed between two versions of a document: a flat list of field paths with the value before and after.
 *
 * Pure: the caller passes both documents and a description of the collection's fields (`Shape`), built from the
 * Payload config by the plugin's wiring. The shape is what makes the comparison exact without guessing:
 * - groups (and named tabs) are walked into: `address.city`;
 * - array and blocks rows are matched by position: `lines.0.quantity`. Two rows at the same position are compared
 *   field by field only when they are the same row (same row `id`, same `blockType`); otherwise, and for rows added
 *   or removed, the whole row is recorded at `lines.2` (`null` on the missing side). An edit in place gives precise
 *   paths, an insertion, removal or reordering gives whole rows, never a misleading field-by-field mix;
 * - relationship and upload values are reduced to ids, however deeply they were populated (`{ id, … }` → `id`,
 *   polymorphic `{ relationTo, value }` keeps `relationTo`), so a populated document equals its unpopulated self;
 * - date fields compare by instant (`Date`, or ISO strings in any precision) and are recorded as ISO strings;
 * - every other field (text, numbers, selects, hasMany values, json, rich text, points) compares as a whole value,
 *   deeply and ignoring key order; `undefined`, `null`, `''` and an empty list (`roles: []`) all mean "no value".
 * Only the fields the shape names are compared, in its order: keys Payload adds to a document that are not fields
 * (`collection` on an auth collection's documents, a join's results) are not changes.
 * Paths are Payload's own field paths, the same as `data.errors[].path` in a validation error.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

export type FieldShape =
  | { kind: 'value' }
  | { kind: 'date' }
  | { kind: 'relationship' }
  | { kind: 'group'; fields: Shape }
  | { kind: 'array'; fields: Shape }
  | { kind: 'blocks'; blocks: Record<string, Shape> }
  /** hidden, virtual and join fields: not stored by this document, or never to be shown */
  | { kind: 'ignored' }

/** field name → shape, in the collection's field order */
export type Shape = Record<string, FieldShape>

export type FieldChange = { path: string; before: Json; after: Json }

export type DiffOptions = {
  /**
   * Fields never recorded: a name matches that field at any depth (`password`), a dotted path without array
   * indexes matches one field (`lines.unitPrice`). Their values appear neither as changes nor inside whole rows.
   */
  exclude?: Iterable<string>
}

type Doc = Record<string, unknown>

/** Document-level keys that change on every save or never change; the audit entry records the id itself. */
export const IGNORED_DOCUMENT_KEYS: ReadonlySet<string> = new Set(['id', 'createdAt', 'updatedAt'])

const VALUE: FieldShape = { kind: 'value' }

const isRecord = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

type Walk = { exclude: ReadonlySet<string>; changes: FieldChange[] }

const isExcluded = (walk: Walk, name: string, namePath: string) => walk.exclude.has(name) || walk.exclude.has(namePath)

const join = (prefix: string, key: string | number) => (prefix ? `${prefix}.${key}` : String(key))


function normaliseScalar(value: unknown): Json {
  if (value === undefined || value === null || value === '') return null
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString()
  if (Array.isArray(value)) return value.map(normaliseScalar)
  if (isRecord(value)) {
    const out: Record<string, Json> = {}
    for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = normaliseScalar(item)
    return out
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value
  return String(value)
}

function normaliseDate(value: unknown): Json {
  if (value === undefined || value === null || value === '') return null
  const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : null
  if (!date || Number.isNaN(date.getTime())) return normaliseScalar(value)
  return date.toISOString()
}

function normaliseRelationship(value: unknown): Json {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.map(normaliseRelationship)
  if (isRecord(value)) {
    if ('relationTo' in value && 'value' in value) {
      return { relationTo: normaliseScalar(value.relationTo), value: normaliseRelationship(value.value) }
    }
    if ('id' in value) return normaliseScalar(value.id)
  }
  return normaliseScalar(value)
}

/** A row's fields, with the row's `id` (and a block's `blockType`) first, so whole rows carry them. */
const rowShape = (field: FieldShape, row: Doc): Shape =>
  field.kind === 'blocks'
    ? { id: VALUE, blockType: VALUE, ...field.blocks[String(row.blockType)] }
    : { id: VALUE, ...(field.kind === 'array' ? field.fields : {}) }

const emptyListAsNull = (value: Json): Json => (Array.isArray(value) && value.length === 0 ? null : value)

/** A field's value as recorded: ids for relationships, ISO dates, rows and groups without excluded fields. */
function normaliseField(value: unknown, field: FieldShape, namePath: string, walk: Walk): Json {
  switch (field.kind) {
    case 'date':
      return normaliseDate(value)
    case 'relationship':
      return emptyListAsNull(normaliseRelationship(value))
    case 'group':
      return isRecord(value) ? normaliseRecord(value, field.fields, namePath, walk) : null
    case 'array':
    case 'blocks':
      if (!Array.isArray(value)) return null
      return value.map((row) => (isRecord(row) ? normaliseRecord(row, rowShape(field, row), namePath, walk) : normaliseScalar(row)))
    case 'ignored':
      return null
    default:
      return emptyListAsNull(normaliseScalar(value))
  }
}

function normaliseRecord(record: Doc, shape: Shape, namePath: string, walk: Walk): Json {
  const out: Record<string, Json> = {}
  for (const [key, field] of Object.entries(shape)) {
    const childPath = join(namePath, key)
    if (field.kind === 'ignored' || isExcluded(walk, key, childPath) || record[key] === undefined) continue
    out[key] = normaliseField(record[key], field, childPath, walk)
  }
  return out
}

/** Deep equality of normalised values; object key order does not matter (jsonb reorders keys). */
export function jsonEqual(a: Json, b: Json): boolean {
  if (a === b) return true
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]))
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => key in b && jsonEqual(a[key], b[key]))
}

function sameRow(field: FieldShape, before: unknown, after: unknown): boolean {
  if (!isRecord(before) || !isRecord(after)) return false
  if (field.kind === 'blocks' && before.blockType !== after.blockType) return false
  const [idBefore, idAfter] = [before.id ?? null, after.id ?? null]
  return idBefore === null || idAfter === null || String(idBefore) === String(idAfter)
}

function diffRows(before: unknown, after: unknown, field: FieldShape, path: string, namePath: string, walk: Walk): void {
  const rowsBefore = Array.isArray(before) ? before : []
  const rowsAfter = Array.isArray(after) ? after : []
  for (let index = 0; index < Math.max(rowsBefore.length, rowsAfter.length); index++) {
    const [rowBefore, rowAfter] = [rowsBefore[index], rowsAfter[index]]
    const rowPath = join(path, index)
    if (sameRow(field, rowBefore, rowAfter)) {
      const shape = rowShape(field, rowAfter as Doc)
      diffRecords(rowBefore as Doc, rowAfter as Doc, shape, rowPath, namePath, walk, false)
      continue
    }
    const whole = (row: unknown) =>
      row === undefined ? null : isRecord(row) ? normaliseRecord(row, rowShape(field, row), namePath, walk) : normaliseScalar(row)
    const [valueBefore, valueAfter] = [whole(rowBefore), whole(rowAfter)]
    if (!jsonEqual(valueBefore, valueAfter)) walk.changes.push({ path: rowPath, before: valueBefore, after: valueAfter })
  }
}

/**
 * `before`/`after` null means the whole record is absent on that side (created, deleted, row added). A key missing
 * from a present `after` is unknown, not cleared (the request selected fewer fields, or may not read it), so it is
 * not compared; Payload always returns cleared fields as null.
 */
function diffRecords(before: Doc | null, after: Doc | null, shape: Shape, path: string, namePath: string, walk: Walk, top: boolean) {
  for (const [key, field] of Object.entries(shape)) {
    if (top && IGNORED_DOCUMENT_KEYS.has(key)) continue
    const childNamePath = join(namePath, key)
    if (field.kind === 'ignored' || isExcluded(walk, key, childNamePath)) continue
    if (after !== null && !(key in after)) continue
    const [valueBefore, valueAfter] = [before?.[key], after?.[key]]
    const childPath = join(path, key)
    if (field.kind === 'group') {
      // A group that is null (cleared, or not stored yet) compares like an absent record: every value counts.
      const side = (value: unknown) => (isRecord(value) ? value : null)
      diffRecords(side(valueBefore), side(valueAfter), field.fields, childPath, childNamePath, walk, false)
    } else if (field.kind === 'array' || field.kind === 'blocks') {
      diffRows(valueBefore, valueAfter, field, childPath, childNamePath, walk)
    } else {
      const [normalBefore, normalAfter] = [
        normaliseField(valueBefore, field, childNamePath, walk),
        normaliseField(valueAfter, field, childNamePath, walk),
      ]
      if (!jsonEqual(normalBefore, normalAfter)) walk.changes.push({ path: childPath, before: normalBefore, after: normalAfter })
    }
  }
}

/**
 * The changes from `before` to `after`: `before` null for a created document (every field that has a value),
 * `after` null for a deleted one. An empty list means nothing recorded changed.
 */
export function diffDocuments(before: Doc | null, after: Doc | null, shape: Shape, options: DiffOptions = {}): FieldChange[] {
  const walk: Walk = { exclude: new Set(options.exclude ?? []), changes: [] }
  diffRecords(before, after, shape, '', '', walk, true)
  return walk.changes
}
