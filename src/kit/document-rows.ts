/**
 * A created document's rows in one INSERT statement. Payload's adapter inserts the main row, then each array table and
 * the hasMany values table in turn: one statement and one round trip each (five for an order), with SQL text Drizzle
 * builds at every call. Here writable CTEs insert them all at once, the children taking the new id from the parent's
 * RETURNING, and the text is kept per shape (which tables get how many rows), so it is built once and, repeated, becomes
 * a prepared statement (src/kit/prepared-repeats.ts).
 *
 * The columns are the adapter's own (its Drizzle tables, the same keys its write transform produces: a group's fields
 * as `group_field`, an array's rows in `<table>_<array>` with `_order`, `_parent_id` and `id`, hasMany texts and numbers
 * in `<table>_texts` / `_numbers` with `order`, `parent_id` and `path`). The values are the stored shape
 * (src/kit/written-document.ts), which is what the read gives back; so writing it stores what the read will answer,
 * and the suites' verification (BUREAU_VERIFY_WRITTEN_DOCUMENTS) reads every such document back to prove it.
 * Arrays inside arrays and hasMany values inside arrays are not planned: such a collection keeps the adapter's writes.
 */
import { quoteIdentifier as quote, snakeName as snake } from './sql-json-documents'
import { isUnstored, type StoredField } from './written-document'

type Doc = Record<string, unknown>
/** A column of a table: the adapter's key for it and its name in PostgreSQL, and whether it holds JSON. */
type Column = { key: string; name: string; json: boolean }
/** Where a scalar of the document goes: its table's column, read from the stored shape along `path`. */
type ScalarSlot = { path: string[]; column: Column }
type ArrayPlan = { field: string[]; table: string; columns: Column[]; slots: ScalarSlot[] }
type ManyPlan = { path: string[]; name: string; table: string; columns: [Column, Column, Column, Column] }
/** `texts`: the statement's text per shape, kept with the plan (two configs in one process plan apart). */
export type RowsPlan = { table: string; slots: ScalarSlot[]; arrays: ArrayPlan[]; many: ManyPlan[]; texts: Map<string, string> }

/** The adapter's tables as the plan needs them: column keys to names, and whether a table exists. */
export type TableColumns = (table: string) => Columns | null

type Columns = Map<string, { name: string; json: boolean }>
/** Where a walk puts the scalars it meets: a table's columns and its slots (the document's, or an array row's). */
type Target = { columns: Columns; slots: ScalarSlot[] }

function columnOf(columns: Columns, key: string): Column | null {
  const column = columns.get(key)
  return column ? { key, ...column } : null
}

/**
 * The plan for a collection's main table `table`, or null when a field's rows are not planned here (the adapter then
 * writes them). `arrayTable` names an array's table as the adapter's table-name map does.
 */
export function planRows(fields: readonly StoredField[], table: string, tableColumns: TableColumns, arrayTable: (key: string) => string | undefined): RowsPlan | null {
  const main = tableColumns(table)
  if (!main) return null
  const plan: RowsPlan = { table, slots: [], arrays: [], many: [], texts: new Map() }
  const document: Target = { columns: main, slots: plan.slots }
  const walk = (list: readonly StoredField[], path: string[], keyPrefix: string, tablePath: string, target: Target): boolean => {
    const inArray = target !== document
    for (const field of list) {
      if (!field.name || isUnstored(field)) continue
      if (field.type === 'group' || field.type === 'tab') {
        if (!walk(field.flattenedFields ?? [], [...path, field.name], `${keyPrefix}${field.name}_`, `${tablePath}${snake(field.name)}_`, target)) return false
      } else if (field.type === 'array') {
        if (inArray) return false
        const name = arrayTable(`${table}_${tablePath}${snake(field.name)}`)
        const columns = name ? tableColumns(name) : null
        if (!name || !columns) return false
        const fixed = ['_order', '_parentID', 'id'].map((key) => columnOf(columns, key))
        if (fixed.some((column) => column === null)) return false
        const array: ArrayPlan = { field: [...path, field.name], table: name, columns: fixed as Column[], slots: [] }
        if (!walk(field.flattenedFields ?? [], [], '', '', { columns, slots: array.slots })) return false
        plan.arrays.push(array)
      } else if (field.hasMany) {
        if (inArray || (field.type !== 'text' && field.type !== 'number')) return false
        const many = field.type === 'text' ? `${table}_texts` : `${table}_numbers`
        const columns = tableColumns(many)
        const named = columns ? ['order', 'parent', 'path', field.type].map((key) => columnOf(columns, key)) : []
        if (named.length !== 4 || named.some((column) => column === null)) return false
        plan.many.push({ path: [...path, field.name], name: [...path, field.name].join('.'), table: many, columns: named as ManyPlan['columns'] })
      } else if (field.name !== 'id') {
        const column = columnOf(target.columns, `${keyPrefix}${field.name}`)
        if (!column) return false
        target.slots.push({ path: [...path, field.name], column })
      }
    }
    return true
  }
  return walk(fields, [], '', '', document) ? plan : null
}

const valueAt = (doc: Doc, path: readonly string[]): unknown => path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Doc)[key] : undefined), doc)

/** A value as a text parameter PostgreSQL casts to the column's type (jsonb from its JSON text). */
const parameter = (value: unknown, column: Column): unknown => (value === undefined || value === null ? null : column.json ? JSON.stringify(value) : value)

export type RowsStatement = { sql: string; params: unknown[] }

const TEXTS_KEPT = 200

/** The statement inserting `shaped` (a stored shape, src/kit/written-document.ts) by `plan`; it answers the new id. */
export function rowsStatement(plan: RowsPlan, shaped: Doc): RowsStatement {
  const params: unknown[] = []
  const placeholder = (value: unknown, column: Column) => {
    params.push(parameter(value, column))
    return `$${params.length}`
  }
  const rowsOf = plan.arrays.map((array) => (valueAt(shaped, array.field) as Doc[] | undefined) ?? [])
  const valuesOf = plan.many.map((many) => (valueAt(shaped, many.path) as unknown[] | undefined) ?? [])
  const shape = `${rowsOf.map((rows) => rows.length).join(',')}:${valuesOf.map((values) => values.length).join(',')}`
  // the parameters in the text's order; the text itself only depends on the shape
  const mainValues = plan.slots.map((slot) => placeholder(valueAt(shaped, slot.path), slot.column))
  const arrayValues = plan.arrays.map((array, index) =>
    rowsOf[index].map((row, order) => [
      placeholder(order + 1, array.columns[0]),
      placeholder(row.id, array.columns[2]),
      ...array.slots.map((slot) => placeholder(valueAt(row, slot.path), slot.column)),
    ]),
  )
  const manyValues = plan.many.map((many, index) =>
    valuesOf[index].map((value, order) => [placeholder(order + 1, many.columns[0]), placeholder(many.name, many.columns[2]), placeholder(value, many.columns[3])]),
  )
  let text = plan.texts.get(shape)
  if (!text) {
    const parts = [`${quote('bureau_parent')} as (insert into ${quote(plan.table)} (${plan.slots.map((slot) => quote(slot.column.name)).join(', ')}) values (${mainValues.join(', ')}) returning "id")`]
    const parent = `(select "id" from ${quote('bureau_parent')})`
    plan.arrays.forEach((array, index) => {
      if (arrayValues[index].length === 0) return
      const columns = [array.columns[0], array.columns[1], array.columns[2], ...array.slots.map((slot) => slot.column)].map((column) => quote(column.name)).join(', ')
      const rows = arrayValues[index].map(([order, id, ...rest]) => `(${[order, parent, id, ...rest].join(', ')})`).join(', ')
      parts.push(`${quote(`bureau_a${index}`)} as (insert into ${quote(array.table)} (${columns}) values ${rows})`)
    })
    plan.many.forEach((many, index) => {
      if (manyValues[index].length === 0) return
      const rows = manyValues[index].map(([order, path, value]) => `(${order}, ${parent}, ${path}, ${value})`).join(', ')
      const columns = many.columns.map((column) => quote(column.name)).join(', ')
      parts.push(`${quote(`bureau_m${index}`)} as (insert into ${quote(many.table)} (${columns}) values ${rows})`)
    })
    text = `with ${parts.join(', ')} select "id" from ${quote('bureau_parent')}`
    if (plan.texts.size >= TEXTS_KEPT) plan.texts.clear()
    plan.texts.set(shape, text)
  }
  return { sql: text, params }
}
