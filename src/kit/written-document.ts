/**
 * The document a create would read back, built from what it writes. Payload's PostgreSQL adapter inserts a document's
 * rows and then reads them all again (one relational query with a sub-select per array table) only to hand the hooks
 * and the caller the document it was given, in its stored shape. For the field types below that shape follows from the
 * written data alone, as the adapter's read transform makes it (@payloadcms/drizzle transform/read): a value never
 * written reads as null, an array without rows as [], a number from its numeric column, a date as an ISO string, a
 * relationship as the id its column holds, JSON as it round-trips through jsonb, hasMany texts and numbers as lists
 * (their rows in the `_texts` and `_numbers` tables, [] when none).
 *
 * Field types whose stored shape takes more than its value (blocks, hasMany selects and relationships, polymorphic
 * relationships, points, localized fields) are not supported: `writtenDocumentSupport` names the first, and such a collection keeps
 * the re-read. Pure: no Payload import, so the rules are unit-tested with worked values.
 */

/** The part of a sanitized (flattened) field these rules read. */
export type StoredField = {
  name?: string
  type: string
  hasMany?: boolean
  localized?: boolean
  virtual?: boolean | string
  relationTo?: string | string[]
  flattenedFields?: readonly StoredField[]
}

/** How a relationship's column holds ids: integer (serial ids) or text. */
export type IdColumnOf = (collection: string) => 'number' | 'text'

type Data = Record<string, unknown>

const SCALAR_TYPES = new Set(['text', 'email', 'textarea', 'code', 'select', 'radio', 'checkbox', 'number', 'date', 'json', 'richText', 'relationship', 'upload'])
const NESTED_TYPES = new Set(['group', 'tab', 'array'])
/** Fields with no column of their own: the read leaves them out (virtual, join) or they hold no data (ui). */
const UNREAD_TYPES = new Set(['join', 'ui'])

/** A field the adapter stores nothing for: virtual, a join, or presentational. */
export const isUnstored = (field: StoredField): boolean => field.virtual === true || typeof field.virtual === 'string' || UNREAD_TYPES.has(field.type)

/** Null when every field's stored shape follows from its written value; else why not (the first such field's path). */
export function writtenDocumentSupport(fields: readonly StoredField[], localized: boolean, path = ''): string | null {
  for (const field of fields) {
    if (isUnstored(field)) continue
    const at = `${path}${field.name ?? '(unnamed)'}`
    if (!field.name) return `${at}: a ${field.type} field without a name`
    if (localized && field.localized) return `${at}: localized`
    if (NESTED_TYPES.has(field.type)) {
      const nested = writtenDocumentSupport(field.flattenedFields ?? [], localized, `${at}.`)
      if (nested) return nested
      continue
    }
    if (!SCALAR_TYPES.has(field.type)) return `${at}: ${field.type} fields are stored apart`
    if (field.hasMany && field.type !== 'text' && field.type !== 'number') return `${at}: hasMany ${field.type} values are stored apart`
    if (Array.isArray(field.relationTo)) return `${at}: polymorphic relationships are stored apart`
  }
  return null
}

/** A relationship value as its column returns it: the id alone, as the column's type. */
function storedId(value: unknown, idColumn: 'number' | 'text'): unknown {
  const id = value !== null && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
  if (id === null || id === undefined || id === '') return null
  return idColumn === 'number' ? Number(id) : String(id)
}

function storedScalar(field: StoredField, value: unknown, idColumnOf: IdColumnOf): unknown {
  if (field.hasMany) {
    // one row per value; no rows read as []
    const values = Array.isArray(value) ? (value as unknown[]) : []
    return field.type === 'number' ? values.map(Number) : values.map(String)
  }
  if (value === undefined || value === null) return null
  switch (field.type) {
    case 'number':
      return Number(value)
    case 'date':
      return new Date(value as string | number | Date).toISOString()
    case 'json':
    case 'richText':
      // written with JSON.stringify into jsonb, read back parsed
      return JSON.parse(JSON.stringify(value)) as unknown
    case 'relationship':
    case 'upload':
      return storedId(value, idColumnOf(field.relationTo as string))
    case 'checkbox':
      return value
    default:
      // text columns: the adapter writes a non-string text value as JSON, any other value as PostgreSQL casts it
      if (typeof value === 'string') return value
      return field.type === 'text' && value ? JSON.stringify(value) : String(value)
  }
}

/**
 * The stored shape of `data` under `fields` (a document, a group's value or an array row), without the document's id.
 * Returns null when an array row has no id yet: the adapter would make one up, and only a read could tell it.
 */
export function storedShape(fields: readonly StoredField[], data: Data, idColumnOf: IdColumnOf): Data | null {
  const shaped: Data = {}
  for (const field of fields) {
    if (isUnstored(field) || !field.name) continue
    const value = data[field.name]
    if (field.type === 'group' || field.type === 'tab') {
      const group = storedShape(field.flattenedFields ?? [], value !== null && typeof value === 'object' ? (value as Data) : {}, idColumnOf)
      if (group === null) return null
      shaped[field.name] = group
    } else if (field.type === 'array') {
      const rows: Data[] = []
      for (const row of Array.isArray(value) ? (value as Data[]) : []) {
        if (typeof row?.id !== 'string' || row.id === '') return null
        const stored = storedShape(field.flattenedFields ?? [], row, idColumnOf)
        if (stored === null) return null
        rows.push({ id: row.id, ...stored })
      }
      shaped[field.name] = rows
    } else if (field.name !== 'id') {
      shaped[field.name] = storedScalar(field, value, idColumnOf)
    }
  }
  return shaped
}

/** Paths where two documents differ once both are plain JSON (undefined dropped, keys unordered), at most `limit`. */
export function differingPaths(a: unknown, b: unknown, limit = 5): string[] {
  const left = JSON.parse(JSON.stringify(a ?? null)) as unknown
  const right = JSON.parse(JSON.stringify(b ?? null)) as unknown
  const found: string[] = []
  const walk = (x: unknown, y: unknown, at: string) => {
    if (found.length >= limit) return
    if (x !== null && y !== null && typeof x === 'object' && typeof y === 'object' && Array.isArray(x) === Array.isArray(y)) {
      const keys = new Set([...Object.keys(x), ...Object.keys(y)])
      for (const key of keys) walk((x as Data)[key], (y as Data)[key], at ? `${at}.${key}` : key)
      return
    }
    if (x !== y) found.push(`${at || '(document)'}: ${JSON.stringify(x)} ≠ ${JSON.stringify(y)}`)
  }
  walk(left, right, '')
  return found
}
