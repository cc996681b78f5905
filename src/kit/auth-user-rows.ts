/**
 * The database read behind every authenticated request, in one prepared statement instead of the adapter's query
 * builder. Payload's JWT strategy reads the user with `findByID` (src: auth/strategies/jwt.js) on every request, and
 * its Drizzle `findOne` built the relational query anew each time: ~1.5 ms of CPU per request of the ~2 ms of the
 * whole findByID here (bench/README.md), for a row, its relationships and its sessions.
 *
 * Only the adapter's `findOne` is replaced, and only for what it can answer exactly: an auth collection without
 * join fields, drafts or trash, every field of a plain kind (text, email, number, checkbox, select, date, a
 * single-collection relationship, arrays of plain fields), no localized field; and only the call `findByID` makes
 * with access overridden (where = the id alone, no select, no joins to resolve). Payload's operation still runs
 * around it: its hooks, hidden fields, API-key decryption and the session check see the same row shape as before.
 * Anything else goes to the adapter. test/integration/auth-user-rows.test.ts compares both reads field by field.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'

import { executePrepared, serialIdOf, sessionTransaction, type SqlTransaction } from './database'
import { arrayRowsSql, arrayTableOf, isoTimestampSql, quoteIdentifier as quote, relationIdsSql, snakeName as snake, sqlLiteral as literal, type Tables } from './sql-json-documents'
type FieldShape = { name: string; type: string; localized?: boolean; hasMany?: boolean; relationTo?: unknown; virtual?: unknown; flattenedFields?: FieldShape[] }
type FindOneArgs = { collection: string; where?: unknown; select?: unknown; joins?: unknown; draftsEnabled?: boolean; req?: { transactionID?: unknown } }
type Adapter = { bureauAdapterFindOne?: (args: FindOneArgs) => Promise<unknown>; findOne: (args: FindOneArgs) => Promise<unknown>; tables?: Tables; tableNameMap?: Map<string, string>; drizzle?: SqlTransaction }

const PLAIN = new Set(['text', 'textarea', 'email', 'number', 'checkbox', 'select', 'radio', 'date'])

/** A stored value as the adapter answers it: dates as ISO strings in UTC with milliseconds, the rest as stored. */
function valueOf(tables: Tables, table: string, field: FieldShape, alias: string): string | null {
  if (field.localized) return null
  if (PLAIN.has(field.type) && !field.hasMany) {
    const column = tables[table]?.[field.name]?.name
    if (!column) return null
    const value = `${alias}.${quote(column)}`
    return field.type === 'date' ? isoTimestampSql(value) : value
  }
  if (field.type === 'relationship' && typeof field.relationTo === 'string' && !field.hasMany) {
    const column = tables[table]?.[field.name]?.name
    return column ? `${alias}.${quote(column)}` : null
  }
  return null
}

/** The SQL of one top-level field over the row `t` of `table`, or null when the adapter must answer it. */
function fieldSql(tables: Tables, table: string, field: FieldShape): string | null {
  const plain = valueOf(tables, table, field, 't')
  if (plain) return plain
  if (field.type === 'relationship' && typeof field.relationTo === 'string' && field.hasMany && !field.localized) {
    return relationIdsSql(tables, table, field.name, field.relationTo)
  }
  if (field.type === 'array' && field.flattenedFields && !field.localized) {
    const rows = arrayTableOf(tables, table, field.name)
    if (!rows) return null
    const columns: Array<[string, string]> = []
    for (const sub of field.flattenedFields) {
      if (sub.name === 'id' || sub.virtual) continue
      const value = valueOf(tables, rows, sub, 'a')
      if (!value) return null
      columns.push([sub.name, value])
    }
    return arrayRowsSql(rows, columns)
  }
  return null
}

type RowReader = (db: SqlTransaction, id: number, req?: PayloadRequest) => Promise<Record<string, unknown> | null>

/**
 * Something every request of a collection's users needs next, read in the same statement as the user when the request
 * authenticates, and kept on the request: a staff user's roles (access.ts), which the first access check would
 * otherwise read in a statement of its own. `select` is SQL over the user's row `t`; `keep` gets its value.
 */
export type AuthReadCompanion = { select: string; keep: (req: PayloadRequest, id: number, value: unknown) => void }

/**
 * The request a user is being read for while it authenticates. Payload's findByID hands the adapter only the
 * transaction id, so the request travels beside the call (AsyncLocalStorage: per call chain, never shared between
 * requests).
 */
const authenticating = new AsyncLocalStorage<{ req: PayloadRequest; id: number }>()

/** The statement reading one document of `slug` as the adapter's findOne answers it, or null (see above). */
export function authUserRowReader(payload: Payload, slug: string, companion?: AuthReadCompanion): RowReader | null {
  const collection = payload.collections[slug as never] as { config: { auth?: unknown; flattenedFields: FieldShape[]; joins?: Record<string, unknown[]>; versions?: { drafts?: unknown }; trash?: boolean } } | undefined
  const adapter = payload.db as unknown as Adapter
  if (!collection?.config.auth || !adapter.tables) return null
  const config = collection.config
  if (config.versions?.drafts || config.trash || Object.values(config.joins ?? {}).some((joins) => joins.length)) return null
  const table = adapter.tableNameMap?.get(snake(slug)) ?? snake(slug)
  if (!adapter.tables[table]?.id) return null
  const parts = [`'id', t."id"`]
  for (const field of config.flattenedFields) {
    if (field.name === 'id') continue
    if (field.type === 'join') return null
    // virtual fields (hasAPIKey) have no column; the adapter answers nothing for them either
    if (field.virtual) continue
    const value = fieldSql(adapter.tables, table, field)
    if (!value) return null
    parts.push(`${literal(field.name)}, ${value}`)
  }
  // json_build_object takes at most 100 arguments
  if (parts.length > 50) return null
  const alongside = companion ? `, ${companion.select} as companion` : ''
  const select = sql.raw(`select json_build_object(${parts.join(', ')}) as doc${alongside} from ${quote(table)} t where t."id" = `)
  return async (db, id, req) => {
    const query: SQL = sql`${select}${id}`
    const { rows } = await executePrepared(db, query)
    const row = rows[0] as { doc?: Record<string, unknown>; companion?: unknown } | undefined
    if (row && companion && req) companion.keep(req, id, row.companion)
    return row?.doc ?? null
  }
}

/** The id of `where` when it is exactly what findByID passes with access overridden: `{ and: [{ id: { equals } }] }`. */
function idAlone(where: unknown): number | null {
  const and = (where as { and?: unknown[] } | undefined)?.and
  if (!Array.isArray(and) || and.length !== 1) return null
  const only = and[0] as Record<string, unknown>
  if (Object.keys(only).length !== 1 || typeof only.id !== 'object' || only.id === null) return null
  const condition = only.id as Record<string, unknown>
  if (Object.keys(condition).length !== 1 || !('equals' in condition)) return null
  return serialIdOf(condition.equals)
}

const noSelect = (select: unknown) => select === undefined || (typeof select === 'object' && select !== null && Object.keys(select).length === 0)
const noJoins = (joins: unknown) => joins === undefined || joins === false || (typeof joins === 'object' && joins !== null && Object.keys(joins).length === 0)

/**
 * Replaces the adapter's findOne for the auth collections it can answer exactly (at init, once per Payload). A
 * collection with a companion reads it along when a request authenticates: a findByID with access overridden for a
 * request that has no user yet, which is how Payload's JWT strategy reads the user.
 */
export function installAuthUserReads(payload: Payload, companions: Record<string, AuthReadCompanion> = {}): void {
  const adapter = payload.db as unknown as Adapter & { bureauAuthUserReads?: true }
  if (adapter.bureauAuthUserReads) return
  const readers = new Map<string, RowReader>()
  const companionReaders = new Map<string, RowReader>()
  for (const collection of payload.config.collections) {
    if (!collection.auth) continue
    const reader = authUserRowReader(payload, collection.slug)
    if (reader) readers.set(collection.slug, reader)
    const companion = companions[collection.slug]
    const withCompanion = reader && companion ? authUserRowReader(payload, collection.slug, companion) : null
    if (withCompanion) companionReaders.set(collection.slug, withCompanion)
  }
  if (!readers.size) return
  if (companionReaders.size) {
    const findByID = payload.findByID
    payload.findByID = ((options: Parameters<typeof findByID>[0]) => {
      const id = serialIdOf(options.id)
      const req = options.req as PayloadRequest | undefined
      if (!companionReaders.has(options.collection) || !req || req.user || options.overrideAccess !== true || id === null) return findByID(options)
      return authenticating.run({ req, id }, () => findByID(options))
    }) as typeof findByID
  }
  const original = adapter.findOne.bind(adapter)
  // kept for the test that compares both reads
  adapter.bureauAdapterFindOne = original
  adapter.findOne = async (args) => {
    const reader = readers.get(args.collection)
    const id = reader ? idAlone(args.where) : null
    if (!reader || id === null || !noSelect(args.select) || !noJoins(args.joins) || args.draftsEnabled) return original(args)
    const db = (await sessionTransaction(adapter, args.req?.transactionID)) ?? adapter.drizzle
    if (!db) return original(args)
    const scope = authenticating.getStore()
    const companionReader = scope?.id === id ? companionReaders.get(args.collection) : undefined
    return companionReader ? companionReader(db, id, scope!.req) : reader(db, id)
  }
  adapter.bureauAuthUserReads = true
}
