/**
 * What a client may send for a field, by field type (pure: a field description in, issues out). Payload hands many
 * wrong values to PostgreSQL unchecked — a NUL byte in any text, an object for a text field (stored as JSON text),
 * `1e309` (stored as Infinity), `1.5` or `2^63` as an id, a number for a select — and answers 500 or, worse,
 * stores them. These rules refuse them with an issue naming the field, before any hook or query runs.
 * Bounds come from input-bounds.ts; `required` and option membership stay Payload's own validation.
 */
import type { FieldIssue } from './errors'
import { INPUT_BOUNDS } from './input-bounds'

/** The part of a sanitized field these rules read (Payload's flattened field). */
export type InputField = {
  name: string
  type: string
  hasMany?: boolean
  localized?: boolean
  min?: number
  max?: number
  maxLength?: number
  maxRows?: number
  relationTo?: string | string[]
  flattenedFields?: readonly InputField[]
  custom?: unknown
}

export type InputContext = {
  /** locale codes: a localized field may arrive as `{ en: …, de: … }` */
  locales: readonly string[]
}

const TEXT_TYPES = new Set(['text', 'email', 'select', 'radio'])
/** Types whose values are free text (select and radio values are option strings). */
const FREE_TEXT_TYPES = new Set(['text', 'textarea', 'code'])
const LONG_TEXT_TYPES = new Set(['textarea', 'code'])

export const isPositiveId = (value: unknown): boolean => {
  const id = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 && id <= INPUT_BOUNDS.maxId
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * Text: a string. A text field marked `custom: { bureau: { acceptsScalars: true } }` also takes a finite number or
 * a boolean, which a hook turns into canonical text (attribute values take `2.5` and `true`, README "Catalog").
 * Objects and lists are always refused: Payload would store them as JSON text.
 */
function textIssue(value: unknown, maxChars: number, scalarsAllowed = false): string | null {
  if (scalarsAllowed && ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean')) return null
  if (typeof value !== 'string') return 'Must be text'
  if (value.includes('\u0000')) return 'May not contain NUL characters'
  if (value.length > maxChars) return `May be at most ${maxChars} characters long`
  return null
}

function numberIssue(value: unknown, field: InputField): string | null {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  if (typeof number !== 'number' || Number.isNaN(number)) return 'Must be a number'
  if (!Number.isFinite(number) || Math.abs(number) > INPUT_BOUNDS.numberMagnitude) {
    return `Must be a finite number between -${INPUT_BOUNDS.numberMagnitude} and ${INPUT_BOUNDS.numberMagnitude}`
  }
  if (typeof field.max === 'number' && number > field.max) return `Must be at most ${field.max}`
  if (typeof field.min === 'number' && number < field.min) return `Must be at least ${field.min}`
  return null
}

function relationIssue(value: unknown, field: InputField): string | null {
  if (Array.isArray(field.relationTo)) {
    // polymorphic: { relationTo, value }
    if (!isPlainObject(value) || typeof value.relationTo !== 'string' || !field.relationTo.includes(value.relationTo)) {
      return `Must be { relationTo, value } with relationTo one of ${field.relationTo.join(', ')}`
    }
    const inner = isPlainObject(value.value) ? value.value.id : value.value
    return isPositiveId(inner) ? null : 'Must name a document by its id (a positive whole number)'
  }
  const id = isPlainObject(value) ? value.id : value
  return isPositiveId(id) ? null : 'Must name a document by its id (a positive whole number)'
}

/** Years 1–9999: PostgreSQL timestamps reach further, JavaScript dates and ISO strings do not agree beyond. */
const EARLIEST_DATE = Date.UTC(1, 0, 1) - 1
const LATEST_DATE = Date.UTC(9999, 11, 31, 23, 59, 59, 999)

function dateIssue(value: unknown): string | null {
  const time = typeof value === 'string' && value.length <= 64 && !value.includes('\u0000') ? Date.parse(value) : typeof value === 'number' ? value : NaN
  return Number.isFinite(time) && time > EARLIEST_DATE && time <= LATEST_DATE ? null : 'Must be a date between the years 1 and 9999'
}

/** One value of a scalar field (a single value of a hasMany field). */
function scalarIssue(value: unknown, field: InputField): string | null {
  const scalars = FREE_TEXT_TYPES.has(field.type) && (field.custom as { bureau?: { acceptsScalars?: boolean } } | undefined)?.bureau?.acceptsScalars === true
  if (TEXT_TYPES.has(field.type)) return textIssue(value, field.maxLength ?? INPUT_BOUNDS.textChars, scalars)
  if (LONG_TEXT_TYPES.has(field.type)) return textIssue(value, field.maxLength ?? INPUT_BOUNDS.longTextChars, scalars)
  if (field.type === 'number') return numberIssue(value, field)
  if (field.type === 'checkbox') return typeof value === 'boolean' ? null : 'Must be true or false'
  if (field.type === 'date') return dateIssue(value)
  if (field.type === 'relationship' || field.type === 'upload') return relationIssue(value, field)
  return null
}

function rowsIssue(value: unknown[], field: InputField): string | null {
  const max = Math.min(field.maxRows ?? INPUT_BOUNDS.arrayRows, INPUT_BOUNDS.arrayRows)
  return value.length > max ? `May have at most ${max} ${field.type === 'array' ? 'rows' : 'values'}` : null
}

/** Issues of one field's value at `path`. null and undefined are left to Payload (`required`, defaults). */
export function fieldValueIssues(field: InputField, value: unknown, path: string, context: InputContext): FieldIssue[] {
  if (value === undefined) return []
  // A localized field written for several locales at once.
  if (field.localized && isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => context.locales.includes(key))) {
    if (field.type !== 'group' && field.type !== 'json' && field.type !== 'richText') {
      return Object.values(value).flatMap((inner) => fieldValueIssues({ ...field, localized: false }, inner, path, context))
    }
  }
  if (value === null) {
    return field.type === 'group' || field.type === 'tab' ? [{ path, message: 'Must be an object' }] : []
  }
  switch (field.type) {
    case 'group':
    case 'tab':
      return isPlainObject(value) ? dataIssues(field.flattenedFields ?? [], value, context, path) : [{ path, message: 'Must be an object' }]
    case 'array': {
      // The admin's form sends an array without rows as its row count, 0; Payload reads that as no rows.
      if (value === 0) return []
      if (!Array.isArray(value)) return [{ path, message: 'Must be a list of rows' }]
      const tooMany = rowsIssue(value, field)
      if (tooMany) return [{ path, message: tooMany }]
      return value.flatMap((row, index) =>
        isPlainObject(row) ? dataIssues(field.flattenedFields ?? [], row, context, `${path}.${index}`) : [{ path: `${path}.${index}`, message: 'Must be an object' }],
      )
    }
    case 'blocks': {
      if (value === 0) return []
      if (!Array.isArray(value)) return [{ path, message: 'Must be a list of blocks' }]
      const tooMany = rowsIssue(value, field)
      if (tooMany) return [{ path, message: tooMany }]
      return value.flatMap((row, index) => (isPlainObject(row) ? [] : [{ path: `${path}.${index}`, message: 'Must be an object' }]))
    }
    case 'richText':
      return isPlainObject(value) ? [] : [{ path, message: 'Must be a rich text document' }]
    case 'json':
      // PostgreSQL's jsonb cannot hold a NUL character (\u0000), anywhere inside the value.
      return JSON.stringify(value).includes('\\u0000') ? [{ path, message: 'May not contain NUL characters' }] : []
    case 'point':
    case 'join':
      return []
    default: {
      if (field.hasMany) {
        if (!Array.isArray(value)) return [{ path, message: 'Must be a list' }]
        const tooMany = rowsIssue(value, field)
        if (tooMany) return [{ path, message: tooMany }]
        const message = value.map((item) => (item === null ? 'May not be empty' : scalarIssue(item, field))).find(Boolean)
        return message ? [{ path, message }] : []
      }
      const message = scalarIssue(value, field)
      return message ? [{ path, message }] : []
    }
  }
}

/** Issues of a document's data against its fields; keys that are no field are left to Payload (it drops them). */
export function dataIssues(fields: readonly InputField[], data: Record<string, unknown>, context: InputContext, prefix = ''): FieldIssue[] {
  return fields.flatMap((field) =>
    field.name && field.name !== 'id' && Object.hasOwn(data, field.name)
      ? fieldValueIssues(field, data[field.name], prefix ? `${prefix}.${field.name}` : field.name, context)
      : [],
  )
}

/** Operators whose operand is not a value of the field itself. */
const SHAPE_FREE_OPERATORS = new Set(['exists', 'near', 'within', 'intersects'])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const TEXT_MATCH_OPERATORS = new Set(['like', 'not_like', 'contains'])

/**
 * Finds the field a `where` path names: dotted through groups, arrays and tabs; `x.id` and `relation.field` stop
 * at the relationship (the related collection checks its own paths in its own query).
 */
function fieldAt(fields: readonly InputField[], path: string): InputField | 'id' | null {
  const [head, ...rest] = path.split('.')
  if (head === 'id' && rest.length === 0) return 'id'
  const field = fields.find((candidate) => candidate.name === head)
  if (!field) return null
  if (rest.length === 0) return field
  if (field.type === 'relationship' || field.type === 'upload') return rest.length === 1 && rest[0] === 'id' ? { ...field, hasMany: false } : null
  if (field.flattenedFields) return fieldAt(field.flattenedFields, rest.join('.'))
  return null
}

function operandIssue(field: InputField | 'id', operator: string, operand: unknown): string | null {
  if (SHAPE_FREE_OPERATORS.has(operator)) return null
  if (typeof operand === 'string' && operand.includes('\u0000')) return 'May not contain NUL characters'
  const values = LIST_OPERATORS.has(operator) ? (Array.isArray(operand) ? operand : typeof operand === 'string' ? operand.split(',') : [operand]) : [operand]
  if (values.length > INPUT_BOUNDS.arrayRows) return `May list at most ${INPUT_BOUNDS.arrayRows} values`
  for (const value of values) {
    if (value === null || value === undefined) continue
    if (field === 'id' || field.type === 'relationship' || field.type === 'upload') {
      if (TEXT_MATCH_OPERATORS.has(operator)) return 'Ids cannot be matched as text'
      if (field !== 'id' && Array.isArray(field.relationTo) && isPlainObject(value)) continue
      if (!isPositiveId(value)) return 'Must be an id (a positive whole number)'
    } else if (field.type === 'number') {
      const issue = numberIssue(value, { ...field, min: undefined, max: undefined })
      if (issue) return issue
    } else if (field.type === 'date') {
      const issue = dateIssue(value)
      if (issue) return issue
    } else if (typeof value === 'object') {
      return 'Must be a value, not an object or a list'
    } else if (typeof value === 'string' && value.length > INPUT_BOUNDS.longTextChars) {
      return `May be at most ${INPUT_BOUNDS.longTextChars} characters long`
    }
  }
  return null
}

/**
 * Issues of a `where` filter: each condition's operand must fit the field it compares (an id is a positive whole
 * number, a number is finite, no NUL bytes). Paths Payload does not know are left to Payload (a QueryError).
 */
export function whereIssues(fields: readonly InputField[], where: unknown, depth = 0): FieldIssue[] {
  if (!isPlainObject(where)) return where === undefined || where === null ? [] : [{ path: 'where', message: 'Must be an object' }]
  if (depth > INPUT_BOUNDS.jsonDepth) return [{ path: 'where', message: 'Nested too deep' }]
  return Object.entries(where).flatMap(([key, condition]): FieldIssue[] => {
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(condition)) return [{ path: `where.${key}`, message: 'Must be a list of conditions' }]
      return condition.flatMap((inner) => whereIssues(fields, inner, depth + 1))
    }
    if (key.includes('\u0000')) return [{ path: 'where', message: 'May not contain NUL characters' }]
    const field = fieldAt(fields, key)
    if (!field || !isPlainObject(condition)) return []
    return Object.entries(condition).flatMap(([operator, operand]) => {
      const message = operandIssue(field, operator, operand)
      return message ? [{ path: key, message: `${message} (where ${key} ${operator})` }] : []
    })
  })
}
