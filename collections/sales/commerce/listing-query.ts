/**
 * The listing page read in three statements of our own instead of Payload's `find` (docs/DECISIONS.md "The commerce
 * listing answers listing cards"): Payload's own query builder (`buildQuery` of `@payloadcms/drizzle`) turns `where`
 * (the reader's, combined with the collection's read access), `sort` and `locale` into the page's ids and the total,
 * exactly as the adapter's `find` does; one hand-written statement then reads the card fields of those ids. What
 * Payload's `find` guarantees for those fields is reproduced here, step by step in its order:
 *   the collection's `beforeOperation` hooks (Bureau's input guard) → `access.read` (403 when refused; a `Where`
 *   is combined with the reader's) → a `where` or `sort` on a field the reader may not read is refused
 *   (`validateQueryPaths`, 400) → the page and the total → localized fields in the locale with Payload's fallback →
 *   each field's `access.read` per document (field rules, staff-only fields) and `hidden` → `afterOperation` hooks.
 * Anything this does not reproduce — a collection with `beforeRead`/`afterRead` hooks, versions or trash, a selected
 * field with hooks, a group, array, rich text, date, polymorphic or localized relation, a sort on a nested path or a
 * has-many table, `locale=all` — answers `null`, and the caller uses Payload's `find`: a slower answer, never another.
 */
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import { buildQuery } from '@payloadcms/drizzle'
import {
  combineQueries,
  executeAccess,
  sanitizeFallbackLocale,
  validateQueryPaths,
  type FlattenedField,
  type PaginatedDocs,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  type SelectType,
  type Where,
} from 'payload'

import { executePrepared, sqlReaderOf } from '../../../src/kit'

export type ListingPageArgs = { where?: Where; sort?: string; page: number; limit: number; locale?: string; select: SelectType }

type Kind = 'column' | 'number' | 'localized' | 'hasOne' | 'hasMany'
type Planned = { field: FlattenedField; kind: Kind; column: string }
type Doc = Record<string, unknown> & { id: number }

const SCALARS = new Set(['text', 'textarea', 'email', 'code', 'select', 'checkbox', 'number'])
const TEXTUAL = new Set(['text', 'textarea'])

// Drizzle, as far as this file uses it (the adapter's instance or the request's transaction)
type Builder = {
  from: (table: unknown) => Builder
  where: (where: SQL | undefined) => Builder
  leftJoin: (table: unknown, on: SQL) => Builder
  orderBy: (...columns: SQL[]) => Builder
  offset: (offset: number) => Builder
  limit: (limit: number) => Builder
} & Record<string, unknown>
type Drizzle = { select: (fields: object) => Builder; selectDistinct: (fields: object) => Builder }
type Adapter = {
  tables: Record<string, Record<string, { name: string; primary?: boolean; table?: unknown }>>
  tableNameMap: Map<string, string>
  countDistinct: (args: { db: unknown; joins: unknown; tableName: string; where: SQL | undefined }) => Promise<number>
}

const hasHooks = (hooks: Record<string, unknown[] | undefined> | undefined, ...names: string[]) => names.some((name) => (hooks?.[name]?.length ?? 0) > 0)

/** How each selected top-level field is read, or null when one of them is beyond this file. */
function plan(collection: SanitizedCollectionConfig, select: SelectType, adapter: Adapter, tableName: string): Planned[] | null {
  const planned: Planned[] = []
  const included = Object.entries(select)
  if (!included.length || included.some(([, value]) => value !== true)) return null
  for (const [name] of included) {
    if (name === 'id') continue
    const field = collection.flattenedFields.find((candidate) => 'name' in candidate && candidate.name === name)
    if (!field || ('virtual' in field && field.virtual) || hasHooks((field as { hooks?: never }).hooks, 'afterRead', 'beforeRead')) return null
    const localized = 'localized' in field && field.localized === true
    const hasMany = 'hasMany' in field && field.hasMany === true
    if (SCALARS.has(field.type) && !hasMany) {
      if (localized && typeof (field as { defaultValue?: unknown }).defaultValue === 'function') return null
      const table = adapter.tables[localized ? `${tableName}_locales` : tableName]
      const column = table?.[name]?.name
      if (!column) return null
      planned.push({ field, kind: localized ? 'localized' : field.type === 'number' ? 'number' : 'column', column })
    } else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string' && !localized) {
      if (!hasMany) {
        const column = adapter.tables[tableName]?.[name]?.name
        if (!column) return null
        planned.push({ field, kind: 'hasOne', column })
      } else {
        const column = Object.values(adapter.tables[`${tableName}_rels`] ?? {}).find((candidate) => candidate.name === `${field.relationTo.replace(/-/g, '_')}_id`)?.name
        if (!column) return null
        planned.push({ field, kind: 'hasMany', column })
      }
    } else return null
  }
  return planned
}

const identifier = (name: string) => sql.identifier(name)

/**
 * The card fields of the page, one statement, in the page's order: `ids` is an ordered id array (a literal, or the
 * adapter's own page query as `array(select …)`, whose ORDER BY the array keeps); `total`, when given, is counted in
 * the same statement. Localized values in `locale` and in `fallback` come side by side. `prepared` when the
 * statement's text cannot vary with what the caller sends (no `where` of theirs): then PostgreSQL plans it once per
 * connection (planning was ~0.35 ms of its ~1.1 ms here, bench/README.md).
 */
async function readCards(req: PayloadRequest, tableName: string, planned: readonly Planned[], ids: SQL, total: SQL | null, locale: string, fallback: string | null, prepared = false) {
  const table = identifier(tableName)
  const locales = identifier(`${tableName}_locales`)
  const rels = identifier(`${tableName}_rels`)
  const columns: SQL[] = [sql`p.id`, sql`l._parent_id is not null as "__row"`, total ? sql`${total} as "__total"` : sql`null as "__total"`]
  for (const [index, { field, kind, column }] of planned.entries()) {
    const alias = identifier(`c${index}`)
    if (kind === 'localized') columns.push(sql`l.${identifier(column)} as ${alias}`, sql`f.${identifier(column)} as ${identifier(`f${index}`)}`)
    else if (kind === 'hasMany') {
      columns.push(sql`coalesce((select array_agg(r.${identifier(column)} order by r."order") from ${rels} r
        where r.parent_id = p.id and r.path = ${field.name} and r.${identifier(column)} is not null), '{}') as ${alias}`)
    } else columns.push(sql`p.${identifier(column)} as ${alias}`)
  }
  const reader = await sqlReaderOf(req)
  const query = sql`
    select ${sql.join(columns, sql`, `)} from unnest(${ids}) with ordinality as page(id, ord)
    join ${table} p on p.id = page.id
    left join ${locales} l on l._parent_id = p.id and l._locale = ${locale}
    left join ${locales} f on f._parent_id = p.id and f._locale = ${fallback ?? locale}
    order by page.ord`
  const { rows } = prepared ? await executePrepared(reader, query) : await reader.execute(query)
  return rows
}

/** Payload's fallback for a localized value (afterRead): text falls back when empty too, the rest when missing. */
function localizedValue(field: FlattenedField, value: unknown, fallbackValue: unknown, useFallback: boolean): unknown {
  if (!useFallback || !fallbackValue) return value
  const missing = value === undefined || value === null
  return missing || (TEXTUAL.has(field.type) && value === '') ? fallbackValue : value
}

function toDoc(row: Record<string, unknown>, planned: readonly Planned[], useFallback: boolean): Doc {
  const doc: Doc = { id: Number(row.id) }
  for (const [index, { field, kind }] of planned.entries()) {
    const raw = row[`c${index}`]
    if (kind === 'number') doc[field.name] = raw === null ? null : Number(raw)
    else if (kind === 'hasOne') doc[field.name] = raw === null ? null : Number(raw)
    else if (kind === 'hasMany') doc[field.name] = (raw as Array<number | string>).map(Number)
    else if (kind === 'localized') {
      const value = localizedValue(field, row.__row ? raw : undefined, row[`f${index}`], useFallback)
      const defaultValue = (field as { defaultValue?: unknown }).defaultValue
      if (value !== undefined) doc[field.name] = value
      else if (defaultValue !== undefined) doc[field.name] = defaultValue
    } else doc[field.name] = raw
  }
  return doc
}

const isThenable = (value: unknown): value is PromiseLike<unknown> => typeof (value as { then?: unknown } | null)?.then === 'function'

/**
 * Field-level read access and `hidden`, per document, as Payload's afterRead applies them. An access function that
 * answers synchronously is not awaited: a page calls them once per card and field, and a promise each was measurable.
 */
async function redact(req: PayloadRequest, docs: Doc[], planned: readonly Planned[]): Promise<void> {
  for (const doc of docs) {
    for (const { field } of planned) {
      if (field.hidden === true) {
        delete doc[field.name]
        continue
      }
      if (!field.access?.read) continue
      const allowed = field.access.read({ id: doc.id, data: doc, doc, req, siblingData: doc })
      if (!(isThenable(allowed) ? await allowed : allowed)) delete doc[field.name]
    }
  }
}

/** A sort Payload's adapter reads from the collection's own table (or its locales), or undefined when not one. */
function simpleSort(collection: SanitizedCollectionConfig, sort: string | undefined): { paths: string[] } | undefined {
  if (sort === undefined) return { paths: [] }
  if (!/^-?[A-Za-z0-9_]+$/.test(sort)) return undefined
  const path = sort.replace(/^-/, '')
  if (path === 'id') return { paths: [] }
  const field = collection.flattenedFields.find((candidate) => 'name' in candidate && candidate.name === path)
  if (!field || !SCALARS.has(field.type) && field.type !== 'date' || ('hasMany' in field && field.hasMany) || ('virtual' in field && field.virtual)) return undefined
  return { paths: [path] }
}

/** The page as Payload's `find` answers it (depth 0, no joins), or null when this file cannot answer it alike. */
export async function findListingPage(req: PayloadRequest, slug: 'products', incoming: ListingPageArgs): Promise<PaginatedDocs<Doc> | null> {
  const collection = req.payload.collections[slug]
  const config = collection.config
  const localization = req.payload.config.localization
  if (config.versions || config.trash || hasHooks(config.hooks as never, 'beforeRead', 'afterRead')) return null
  if (config.flattenedFields.some((field) => 'virtual' in field && typeof field.virtual === 'string')) return null
  const adapter = req.payload.db as unknown as Adapter
  const tableName = adapter.tableNameMap.get(slug.replace(/-/g, '_'))
  if (!tableName) return null

  // 1. the collection's beforeOperation hooks, on the arguments Payload's find would pass them
  let args = { collection, ...incoming, depth: 0, joins: false, overrideAccess: false, req } as Record<string, unknown>
  for (const hook of config.hooks.beforeOperation ?? []) {
    args = ((await hook({ args: args as never, collection: config, context: req.context, operation: 'read', overrideAccess: false, req })) as typeof args | undefined) ?? args
  }
  const { where, sort, page, limit, select, locale: askedLocale } = args as unknown as ListingPageArgs

  // the locale as Payload's local API settles it (createLocalReq), and its fallback (none when localization is off)
  const locale = localization ? (askedLocale || req.locale || localization.defaultLocale) : null
  const settled = localization ? sanitizeFallbackLocale({ fallbackLocale: undefined as never, locale: locale as string, localization }) : false
  if (localization && !localization.localeCodes.includes(locale as string)) return null
  if (settled && (typeof settled !== 'string' || !localization || !localization.localeCodes.includes(settled))) return null
  const fallback = settled || null
  const sorted = simpleSort(config, sort)
  const planned = plan(config, select, adapter, tableName)
  if (!sorted || !planned) return null

  // 2. collection access (throws 403 when refused), combined with the reader's where
  const access = await executeAccess({ req }, config.access.read)
  const fullWhere = combineQueries(where ?? {}, access)
  // 3. a where or sort on a field the reader may not read is refused, as Payload refuses it
  await validateQueryPaths({ collectionConfig: config, overrideAccess: false, req, where: where ?? {} })
  if (sorted.paths.length) await validateQueryPaths({ collectionConfig: config, overrideAccess: false, req, where: Object.fromEntries(sorted.paths.map((path) => [path, { exists: true }])) })

  // 4. the page's ids and the total, with the adapter's own query builder and count
  const query = buildQuery({ adapter: adapter as never, fields: config.flattenedFields, locale: locale ?? undefined, sort, tableName, where: fullWhere })
  if (query.joins.some((join) => join.isOneToMany) && query.orderBy.some(({ column }) => query.joins.some((join) => join.isOneToMany && join.table === (column as { table?: unknown }).table))) return null
  const db = (await sqlReaderOf(req)) as unknown as Drizzle
  const table = adapter.tables[tableName]
  const order = () => query.orderBy.map(({ column, order: direction }) => direction(column as never))
  const offset = (page - 1) * limit
  // the caller's own where makes the text vary without bound; access alone gives one text per role's reach
  const fixedText = where === undefined || Object.keys(where).length === 0
  const read = (ids: SQL, count: SQL | null) => readCards(req, tableName, planned, ids, count, locale ?? 'en', fallback, fixedText)
  let rows: Array<Record<string, unknown>>
  let total: number
  if (!query.joins.length) {
    // one statement: the adapter's page query (as its findMany runs it without joins) as an ordered id array, the
    // count as its countDistinct, and the cards
    const ids = db.select({ id: table.id }).from(table).where(query.where).orderBy(...order()).offset(offset).limit(limit)
    rows = await read(sql`array${ids}`, sql`(select count(*) from ${identifier(tableName)} where ${query.where ?? sql`true`})`)
    // an empty page (past the end, or nothing matches) still needs the total
    total = rows.length ? Number(rows[0].__total) : await adapter.countDistinct({ db, joins: [], tableName, where: query.where })
  } else {
    // as the adapter's findMany: distinct ids with the sort's columns, over the where's joins; then the cards
    const selected = Object.fromEntries(Object.entries(query.selectFields).filter(([, column]) => !column || (column as { primary?: boolean }).primary || query.orderBy.some((by) => by.column === column)))
    let idsQuery = db.selectDistinct(selected).from(table).where(query.where)
    for (const join of query.joins) idsQuery = (idsQuery[join.type ?? 'leftJoin'] as Builder['leftJoin'])(join.table, join.condition)
    const [pageRows, counted] = await Promise.all([
      idsQuery.orderBy(...order()).offset(offset).limit(limit) as unknown as Promise<Array<{ id: number }>>,
      adapter.countDistinct({ db, joins: query.joins, tableName, where: query.where }),
    ])
    if (!pageRows.length) {
      // exactly the adapter's findMany answer for an empty distinct page (totals 0 even past the end): parity first
      return { docs: [], hasNextPage: false, hasPrevPage: false, limit, nextPage: null, page: 1, pagingCounter: 0, prevPage: null, totalDocs: 0, totalPages: 0 }
    }
    rows = await read(sql`string_to_array(${pageRows.map((row) => Number(row.id)).join(',')}, ',')::int[]`, null)
    total = counted
  }

  // 5. the card fields, localized with Payload's fallback, then field access per document
  const useFallback = fallback !== null && fallback !== locale
  const docs = rows.map((row) => toDoc(row, planned, useFallback))
  await redact(req, docs, planned)

  const counted = total > 0
  const totalPages = counted ? Math.ceil(total / limit) : 1
  let result: PaginatedDocs<Doc> = {
    docs,
    totalDocs: counted ? total : docs.length,
    limit,
    totalPages,
    page,
    pagingCounter: counted ? (page - 1) * limit + 1 : 1,
    hasPrevPage: counted && page > 1,
    hasNextPage: counted && totalPages > page,
    prevPage: counted && page > 1 ? page - 1 : null,
    nextPage: counted && totalPages > page ? page + 1 : null,
  }
  // 6. the collection's afterOperation hooks
  for (const hook of config.hooks.afterOperation ?? []) {
    result = ((await hook({ args: args as never, collection: config, operation: 'find', overrideAccess: false, req, result: result as never })) as typeof result | undefined) ?? result
  }
  return result
}
