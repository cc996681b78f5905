/**
 * Creates without the re-read, for collections that ask for it with `custom: { bureau: { createReturnsWritten: true } }`.
 *
 * Payload's create hands its hooks and caller the document as stored, and the PostgreSQL adapter gets it by reading
 * every row back right after inserting them: for an order, a relational query with a sub-select per array table,
 * whose SQL text Drizzle builds anew at each call: the largest single cost of a checkout left in the app (bench/README.md,
 * session 27). Here the document is built first from the data, in the shape the read would give
 * (src/kit/written-document.ts), and its rows are written in one statement (src/kit/document-rows.ts), or, for field
 * kinds that statement does not plan (nested arrays), by the adapter's own `upsertRow` asked for the new id only. A
 * collection with a field type whose stored shape does not follow from its value (blocks, hasMany selects and
 * relationships, polymorphic, localized), an upload or auth collection, or a create with a custom id, asking for
 * `select` or for no result keeps Payload's path unchanged.
 *
 * `BUREAU_VERIFY_WRITTEN_DOCUMENTS=on` (the test suites set it) reads every such document back after its insert and
 * fails the create if the built document differs from the stored one anywhere, naming the paths: every create the
 * tests make proves the shape.
 */
import { getTableColumns } from '@payloadcms/db-postgres/drizzle'
import { upsertRow } from '@payloadcms/drizzle'
import { ValidationError, type Payload, type PayloadRequest, type Where } from 'payload'

import { databaseErrorOf, executeBuilt, sessionTransaction, type SqlTransaction } from './database'
import { planRows, rowsStatement, type RowsPlan, type TableColumns } from './document-rows'
import { snakeName } from './sql-json-documents'
import { differingPaths, storedShape, writtenDocumentSupport, type IdColumnOf, type StoredField } from './written-document'

type Doc = Record<string, unknown>
type CreateArgs = { collection: string; customID?: number | string; data: Doc; req?: Partial<PayloadRequest>; returning?: boolean; select?: unknown }
type Adapter = {
  create: (args: CreateArgs) => Promise<Doc | null>
  findOne: (args: { collection: string; where: Where; req?: Partial<PayloadRequest>; joins: false }) => Promise<Doc | null>
  drizzle: unknown
  primaryDrizzle?: unknown
  idType?: string
  tableNameMap: Map<string, string>
  tables: Record<string, unknown>
  fieldConstraints?: Record<string, Record<string, string> | undefined>
  lastWriteTimestamp?: number
  bureauCreateReturnsWritten?: true
}
type CollectionCustom = { bureau?: { createReturnsWritten?: boolean } }
/** `rows`: the one-statement insert, when every field's rows are planned and no read replica needs the adapter's writes. */
type Plan = { fields: readonly StoredField[]; table: string; rows: RowsPlan | null }

const verifyingWrittenDocuments = () => process.env.BUREAU_VERIFY_WRITTEN_DOCUMENTS === 'on'

/** The collections that opted in and can: their flattened fields and table. Others are logged once, and keep the re-read. */
function plansOf(payload: Payload, adapter: Adapter): Map<string, Plan> {
  const plans = new Map<string, Plan>()
  const localized = Boolean(payload.config.localization)
  for (const [slug, { config, customIDType }] of Object.entries(payload.collections)) {
    if ((config.custom as CollectionCustom | undefined)?.bureau?.createReturnsWritten !== true) continue
    const fields = config.flattenedFields as unknown as readonly StoredField[]
    const table = adapter.tableNameMap.get(snakeName(slug))
    const reason = config.upload ? 'an upload collection' : config.auth ? 'an auth collection' : customIDType ? 'a custom id' : !table ? 'no table found' : writtenDocumentSupport(fields, localized)
    if (reason || !table) {
      payload.logger.warn(`${slug}: creates keep the re-read (${reason})`)
      continue
    }
    plans.set(slug, { fields, table, rows: adapter.primaryDrizzle ? null : planRows(fields, table, tableColumnsOf(adapter), (key) => adapter.tableNameMap.get(key)) })
  }
  return plans
}

/** The adapter's Drizzle tables: each column's key (as its write transform names it), name, and whether it is JSON. */
const tableColumnsOf =
  (adapter: Adapter): TableColumns =>
  (table) => {
    const drizzleTable = adapter.tables[table]
    if (!drizzleTable) return null
    const columns = getTableColumns(drizzleTable as never) as Record<string, { name: string; columnType: string }>
    return new Map(Object.entries(columns).map(([key, column]) => [key, { name: column.name, json: column.columnType === 'PgJsonb' || column.columnType === 'PgJson' }]))
  }

/**
 * A unique violation answered as the adapter answers it (a ValidationError on the field its index guards, named from
 * the adapter's constraint map or else the violation's detail); any other error unchanged.
 */
function asAdapterError(adapter: Adapter, args: CreateArgs, table: string, error: unknown): unknown {
  const cause = databaseErrorOf(error)
  if (cause?.code !== '23505') return error
  const constraints = adapter.fieldConstraints?.[table] ?? {}
  const constraint = cause.constraint ?? ''
  const path = constraints[constraint] ?? constraints[constraint.replace(`${table}_`, '')] ?? /Key \(([^)]+)\)=/.exec(cause.detail ?? '')?.[1] ?? null
  const message = args.req?.t ? args.req.t('error:valueMustBeUnique') : 'Value must be unique'
  return new ValidationError({ collection: args.collection, errors: [{ message, path: path ?? '' }], req: args.req }, args.req?.t)
}

/** The document's rows in one statement (src/kit/document-rows.ts); the new id. */
async function insertRows(adapter: Adapter, args: CreateArgs, table: string, rows: RowsPlan, shaped: Doc): Promise<number | string> {
  const writer = (await writerOf(adapter, args.req)) as SqlTransaction
  try {
    const inserted = await executeBuilt(writer, rowsStatement(rows, shaped))
    adapter.lastWriteTimestamp = Date.now() // as the adapter marks a write (reads after it may go to the primary)
    return inserted.rows[0].id as number | string
  } catch (error) {
    throw asAdapterError(adapter, args, table, error)
  }
}

/** The document's rows by the adapter's own `upsertRow`, asked for the new id only (the kinds `planRows` leaves out). */
async function insertByAdapter(adapter: Adapter, args: CreateArgs, plan: Plan): Promise<number | string> {
  const inserted = (await upsertRow({
    adapter: adapter as never,
    collectionSlug: args.collection,
    customID: args.customID,
    data: args.data,
    db: (await writerOf(adapter, args.req)) as never,
    fields: plan.fields as never,
    ignoreResult: 'idOnly',
    operation: 'create',
    req: args.req,
    tableName: plan.table,
  })) as { id: number | string }
  return inserted.id
}

/** The transaction of `req`, as Payload's create picks it (a write goes to the primary when replicas are set). */
async function writerOf(adapter: Adapter, req: Partial<PayloadRequest> | undefined): Promise<unknown> {
  return (await sessionTransaction(adapter, req?.transactionID)) ?? adapter.primaryDrizzle ?? adapter.drizzle
}

async function verify(adapter: Adapter, args: CreateArgs, doc: Doc): Promise<void> {
  const stored = await adapter.findOne({ collection: args.collection, where: { id: { equals: doc.id } }, req: args.req, joins: false })
  const differences = differingPaths(doc, stored)
  if (differences.length > 0) throw new Error(`${args.collection} ${String(doc.id)}: the created document differs from the stored one at ${differences.join('; ')}`)
}

/** Wraps the adapter's `create` once per adapter; installed at init, after every collection is sanitized. */
export function createReturnsWritten(payload: Payload): void {
  const adapter = payload.db as unknown as Adapter
  if (adapter.bureauCreateReturnsWritten || typeof adapter.create !== 'function') return
  const plans = plansOf(payload, adapter)
  adapter.bureauCreateReturnsWritten = true
  if (plans.size === 0) return
  const idColumnOf: IdColumnOf = (slug) => {
    const idType = (payload.collections as Record<string, { customIDType?: string } | undefined>)[slug]?.customIDType
    if (idType) return idType === 'number' ? 'number' : 'text'
    return adapter.idType === 'uuid' ? 'text' : 'number'
  }
  const create = adapter.create
  adapter.create = async function (this: Adapter, args: CreateArgs) {
    const plan = plans.get(args.collection)
    if (!plan || args.returning === false || args.select) return create.call(this, args)
    const data = args.data
    // the timestamps the insert would give (upsertRow sets createdAt, the write transform updatedAt), given first
    const now = new Date().toISOString()
    if (data.createdAt === undefined) data.createdAt = now
    if (data.updatedAt === undefined) data.updatedAt = now
    const shaped = storedShape(plan.fields, data, idColumnOf)
    if (shaped === null) return create.call(this, args)
    const id = plan.rows && args.customID === undefined ? await insertRows(this, args, plan.table, plan.rows, shaped) : await insertByAdapter(this, args, plan)
    const doc = { id, ...shaped }
    if (verifyingWrittenDocuments()) await verify(this, args, doc)
    return doc
  }
}
