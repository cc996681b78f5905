/**
 * SQL text shared by the hand-written document readers (sql-documents.ts, auth-user-rows.ts), which answer a row as
 * one `json_build_object` the way Payload's Drizzle adapter would: names as the adapter's schema spells them, and the
 * two child tables of a document (`<table>_rels` for has-many relationships, `<table>_<array>` for array rows) as
 * JSON arrays in the adapter's order. Only names and fixed literals are spliced into the text; values stay parameters.
 */
export type Column = { name: string }
export type Tables = Record<string, Record<string, Column | undefined> | undefined>

export const quoteIdentifier = (name: string): string => `"${name.replace(/"/g, '""')}"`
export const sqlLiteral = (text: string): string => `'${text.replace(/'/g, "''")}'`
/** A slug or field name as the adapter names its table or column (`customer-users` → `customer_users`). */
/** SQL text: a timestamp column as the adapter answers dates, an ISO instant in UTC with milliseconds. */
export const isoTimestampSql = (column: string): string => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

export const snakeName = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/-/g, '_').toLowerCase()

/**
 * The ids of a has-many relationship `field` to the single collection `relationTo` of the document `t` of `table`,
 * in the order stored, as a JSON array (empty, never null); null when the schema has no rels column for it.
 */
export function relationIdsSql(tables: Tables, table: string, field: string, relationTo: string): string | null {
  const rels = `${table}_rels`
  const target = `${snakeName(relationTo)}_id`
  if (!Object.values(tables[rels] ?? {}).some((column) => column?.name === target)) return null
  return `coalesce((select json_agg(r.${quoteIdentifier(target)} order by r."order") from ${quoteIdentifier(rels)} r where r."parent_id" = t."id" and r."path" = ${sqlLiteral(field)}), '[]'::json)`
}

/** The rows table of the array `field` of `table`, or null when the schema has none. */
export function arrayTableOf(tables: Tables, table: string, field: string): string | null {
  const rows = `${table}_${snakeName(field)}`
  return tables[rows] ? rows : null
}

/**
 * The rows of an array field of the document `t` as a JSON array of objects (empty, never null), in the stored order:
 * `columns` are [key, SQL over the row alias `a`], the row's `id` first.
 */
export function arrayRowsSql(rowsTable: string, columns: ReadonlyArray<readonly [string, string]>): string {
  const object = [[`id`, `a."id"`] as const, ...columns].map(([key, value]) => `${sqlLiteral(key)}, ${value}`).join(', ')
  return `coalesce((select json_agg(json_build_object(${object}) order by a."_order") from ${quoteIdentifier(rowsTable)} a where a."_parent_id" = t."id"), '[]'::json)`
}
