/**
 * A hot read of a few fields of documents by id in one hand-written query, answering what the local API's
 * `find({ where: { id: { in } }, select, depth: 0, overrideAccess: true, locale })` answers for those fields. The
 * calculation reads 20 products per cart this way: the local API's find cost about 2 ms of CPU per call here (query
 * building, the afterRead traversal of every field), this query a fraction of it (bench/profile-price.ts).
 *
 * Only shapes whose stored form is plain are read this way: scalar fields, single-collection relationships (one or
 * many), arrays of those, and localized text (the requested locale, else the fallback locale as Payload's fallback
 * does). Table and column names come from the adapter's own schema. A field of any other kind, with an afterRead
 * hook, or a collection with drafts, trash or afterRead hooks makes `sqlDocumentRead` answer null, and the caller
 * uses the local API instead — so the answer never differs from Payload's.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { preparedArray, serialIdOf } from './database'
import type { JsonRow, SqlRead } from './read-together'
import type { Id } from './ids'
import { arrayRowsSql, arrayTableOf, quoteIdentifier as quote, relationIdsSql, snakeName as snake, sqlLiteral as literal, type Tables } from './sql-json-documents'

type FieldShape = {
  name: string
  type: string
  localized?: boolean
  hasMany?: boolean
  relationTo?: unknown
  hooks?: { afterRead?: unknown[] }
  flattenedFields?: FieldShape[]
}

/** The read of some documents by id (read-together.ts), keyed by id as text. */
export type SqlDocumentRead = (ids: readonly Id[]) => SqlRead<Map<string, Record<string, unknown>>>

const SCALARS = new Set(['text', 'textarea', 'email', 'number', 'checkbox', 'select', 'radio'])
const hasHooks = (field: FieldShape) => Boolean(field.hooks?.afterRead?.length)

/** The plain column of a scalar or a single-collection relationship (hasOne) in `table`, or null. */
function plainColumn(tables: Tables, table: string, field: FieldShape, alias: string): string | null {
  if (field.localized || hasHooks(field)) return null
  const isScalar = SCALARS.has(field.type) && !(field.type === 'select' && field.hasMany) && !(field.type === 'text' && field.hasMany) && !(field.type === 'number' && field.hasMany)
  const isReference = (field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string' && !field.hasMany
  if (!isScalar && !isReference) return null
  const column = tables[table]?.[field.name]?.name
  return column ? `${alias}.${quote(column)}` : null
}

type Context = { tables: Tables; table: string; locale: string | null; fallback: string | null }

/** The SQL expression of one top-level field over `t`, as JSON-able SQL, or null when its shape is not supported. */
function fieldExpression(context: Context, field: FieldShape): string | null {
  const { tables, table } = context
  if (hasHooks(field)) return null
  if (field.type === 'text' && field.localized && !field.hasMany) {
    const locales = `${table}_locales`
    const column = tables[locales]?.[field.name]?.name
    if (!column || !context.locale) return null
    const at = (alias: string, locale: string) =>
      `left join ${quote(locales)} ${alias} on ${alias}."_parent_id" = t."id" and ${alias}."_locale" = ${literal(locale)}`
    // [present, text]: Payload leaves the key out when the document has no text in that locale (and no fallback)
    if (!context.fallback || context.fallback === context.locale) return `(select json_build_array(l."_parent_id" is not null, l.${quote(column)}) from (select 1) o ${at('l', context.locale)})`
    // Payload's fallback: the requested locale's text unless it is empty, then the fallback locale's when it has one
    const text = `coalesce(nullif(l.${quote(column)}, ''), nullif(f.${quote(column)}, ''), l.${quote(column)})`
    return `(select json_build_array(l."_parent_id" is not null or nullif(f.${quote(column)}, '') is not null, ${text}) from (select 1) o ${at('l', context.locale)} ${at('f', context.fallback)})`
  }
  if (field.localized) return null
  const plain = plainColumn(tables, table, field, 't')
  if (plain) return plain
  if ((field.type === 'relationship' || field.type === 'upload') && field.hasMany && typeof field.relationTo === 'string') {
    return relationIdsSql(tables, table, field.name, field.relationTo)
  }
  if (field.type === 'array' && field.flattenedFields) {
    const rows = arrayTableOf(tables, table, field.name)
    if (!rows) return null
    const columns: Array<[string, string]> = []
    for (const sub of field.flattenedFields) {
      if (sub.name === 'id') continue
      const column = plainColumn(tables, rows, sub, 'a')
      if (!column) return null
      columns.push([sub.name, column])
    }
    return arrayRowsSql(rows, columns)
  }
  return null
}

function buildRead(payload: Payload, slug: string, fields: readonly string[], locale: string | null): SqlDocumentRead | null {
  const collection = payload.collections[slug as never] as { config: { flattenedFields: FieldShape[]; hooks?: { afterRead?: unknown[] }; versions?: { drafts?: unknown }; trash?: boolean } } | undefined
  const adapter = payload.db as unknown as { tables?: Tables; tableNameMap?: Map<string, string> }
  if (!collection || !adapter.tables) return null
  const config = collection.config
  if (config.hooks?.afterRead?.length || config.versions?.drafts || config.trash) return null
  const table = adapter.tableNameMap?.get(snake(slug)) ?? snake(slug)
  if (!adapter.tables[table]?.id) return null
  const localization = payload.config.localization
  const context: Context = {
    tables: adapter.tables,
    table,
    locale: localization ? (locale ?? localization.defaultLocale) : null,
    fallback: localization && localization.fallback ? localization.defaultLocale : null,
  }
  const parts: string[] = [`'id', t."id"`]
  const localized: string[] = []
  for (const name of new Set(fields)) {
    if (name === 'id') continue
    const field = config.flattenedFields.find((candidate) => candidate.name === name)
    // a field the collection does not have is not in Payload's answer either
    if (!field) continue
    const expression = fieldExpression(context, field)
    if (!expression) return null
    if (field.localized) localized.push(name)
    parts.push(`${literal(name)}, ${expression}`)
  }
  // json_build_object takes at most 100 arguments
  if (parts.length > 50) return null
  const select = sql.raw(`select json_build_object(${parts.join(', ')}) as doc from ${quote(table)} t where t."id" = any(`)
  const parse = (rows: JsonRow[]) =>
    new Map(
      rows.map((row) => {
        const doc = row.doc as Record<string, unknown>
        for (const name of localized) {
          const [present, text] = doc[name] as [boolean, unknown]
          if (present) doc[name] = text
          else delete doc[name]
        }
        return [String(doc.id), doc]
      }),
    )
  return (ids) => ({ query: sql`${select}${preparedArray(ids.map(serialIdOf).filter((id): id is number => id !== null), 'int')})`, parse })
}

const reads = new WeakMap<object, Map<string, SqlDocumentRead | null>>()

/**
 * The read of `fields` of `slug` in `locale` (the default when undefined) for some ids, to run alone or with other
 * reads in one statement (read-together.ts); built once per config; null when a field or the collection needs the
 * local API (see above).
 */
export function sqlDocumentRead(payload: Payload, slug: string, fields: readonly string[], locale?: string | null): SqlDocumentRead | null {
  let built = reads.get(payload.config)
  if (!built) reads.set(payload.config, (built = new Map()))
  const key = `${slug}|${locale ?? ''}|${fields.join(',')}`
  if (!built.has(key)) built.set(key, buildRead(payload, slug, fields, locale ?? null))
  return built.get(key) ?? null
}
