/**
 * Writes ledger rows. Through the local API a row cost ~3.3 ms of a checkout's ~49 (validation, the field hook
 * traversals, an insert and a re-read; bench/README.md, session 20), and a checkout writes one per reserved level:
 * its rows go in one insert, and an `afterChange` hook that handles many documents at once (kit/bulk-hooks.ts, the
 * audit trail's) is called once for all of them.
 * While the collection is as this plugin defines it — these fields only, no field hooks, collection hooks only of
 * the kinds `beforeChange` (none of this plugin's) and `afterChange` (the audit trail's), no versions — those hooks
 * run with the arguments Payload's create gives them, around one insert in the caller's transaction with
 * `returning`; the `afterChange` hooks get the document the create would read back (depth 0).
 * Otherwise the local API writes it as before. Skipped on the direct path: the field validation of data this plugin
 * computed itself.
 * test/integration/ledger-rows.test.ts compares both writers' rows, documents and audit entries.
 */
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { CollectionConfig, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { afterChangeManyOf, isTextLengthCheck, type SqlTransaction } from '../../../src/kit'
import { STOCK_MOVEMENTS_SLUG, StockMovements } from '../collections/stock-movements'

export type MovementRow = {
  level: number
  product: number | null
  warehouse: number | null
  kind: string
  quantity: number
  onHandDelta: number
  reservedDelta: number
  reason: string | null
  order: number | null
  orderLine: string | null
  transfer: number | null
  user: number | null
}

/** The fields this plugin gives the collection, in its order; the row's keys follow it. */
const OWN_FIELDS = (StockMovements as CollectionConfig).fields.map((field) => ('name' in field ? field.name : ''))
const PAYLOAD_FIELDS = ['id', 'createdAt', 'updatedAt']
const WRITE_HOOKS = ['beforeValidate', 'afterRead', 'beforeRead', 'afterOperation'] as const
const FIELD_HOOKS = ['beforeValidate', 'beforeChange', 'afterChange', 'afterRead', 'beforeDuplicate'] as const

type Column = { name: string; getSQLType: () => string; enum?: unknown }
type Adapter = {
  tableNameMap?: Map<string, string>
  tables?: Record<string, Record<string, Column>>
}

/** Whether the collection is still exactly what the direct insert reproduces (another plugin may have extended it). */
export function directlyWritable(config: SanitizedCollectionConfig): boolean {
  if (config.versions || config.upload || config.auth || config.trash) return false
  if (WRITE_HOOKS.some((kind) => (config.hooks?.[kind]?.length ?? 0) > 0)) return false
  // the kit's input guard is the one beforeOperation hook, and it trusts the local API
  if ((config.hooks?.beforeOperation?.length ?? 0) > 1) return false
  const names = config.flattenedFields.map((field) => field.name)
  if (!names.every((name) => OWN_FIELDS.includes(name) || PAYLOAD_FIELDS.includes(name)) || !OWN_FIELDS.every((name) => names.includes(name))) return false
  return config.flattenedFields.every((field) => !('virtual' in field && field.virtual) && FIELD_HOOKS.every((kind) => !((field as { hooks?: Record<string, unknown[] | undefined> }).hooks?.[kind]?.length)))
}

/** The table and its columns by field name, or null when the adapter does not name them all. */
function columnsOf(req: PayloadRequest): { table: string; columns: Record<string, Column> } | null {
  const adapter = req.payload.db as unknown as Adapter
  const table = adapter.tableNameMap?.get(STOCK_MOVEMENTS_SLUG.replace(/-/g, '_'))
  const drizzleTable = table ? adapter.tables?.[table] : undefined
  if (!table || !drizzleTable) return null
  const columns: Record<string, Column> = {}
  for (const name of [...OWN_FIELDS, 'createdAt', 'updatedAt']) {
    const column = drizzleTable[name]
    if (!column?.name) return null
    columns[name] = column
  }
  return { table, columns }
}

type Prepared = { data: Record<string, unknown>; values: Record<string, unknown> }
type Direct = { config: SanitizedCollectionConfig; table: string; columns: Record<string, Column>; prepared: Prepared[] }

/** The rows as the direct insert writes them, after the collection's `beforeChange` hooks; null: the local API writes them. */
async function prepareDirect(req: PayloadRequest, rows: readonly MovementRow[]): Promise<Direct | null> {
  const config = req.payload.collections[STOCK_MOVEMENTS_SLUG as 'stock-movements']?.config
  const direct = config && directlyWritable(config) ? columnsOf(req) : null
  if (!config || !direct) return null
  const prepared: Prepared[] = []
  for (const row of rows) {
    let data: Record<string, unknown> = { ...row }
    for (const hook of config.hooks.beforeChange ?? []) {
      const args = { collection: config, context: req.context, data, operation: 'create' as const, originalDoc: {}, req }
      data = ((await hook(args as never)) as typeof data | undefined) ?? data
    }
    // as the adapter stamps a create: createdAt, then updatedAt a moment later (both ISO, as it reads them back)
    const createdAt = new Date().toISOString()
    const updatedAt = new Date().toISOString()
    prepared.push({ data, values: { ...data, createdAt, updatedAt } })
  }
  return { config, ...direct, prepared }
}

const columnList = ({ columns }: Direct) => sql.join(Object.values(columns).map((column) => sql.identifier(column.name)), sql`, `)

/** The documents the inserted rows are, with the ids the table gave them, through the collection's `afterChange` hooks. */
async function finishDirect(req: PayloadRequest, { config, prepared }: Direct, insertedIds: readonly number[]): Promise<void> {
  // the ids come from the table's sequence in the rows' order
  const ids = [...insertedIds].sort((a, b) => a - b)
  const docs = prepared.map(({ values }, index): Record<string, unknown> => ({ id: ids[index], ...Object.fromEntries(OWN_FIELDS.map((name) => [name, values[name] ?? null])), createdAt: values.createdAt, updatedAt: values.updatedAt }))
  const argsOf = (index: number) => ({ collection: config, context: req.context, data: prepared[index].data, doc: docs[index], operation: 'create' as const, overrideAccess: true, previousDoc: {}, req })
  for (const hook of config.hooks.afterChange ?? []) {
    // a hook that handles several documents at once (the audit trail: one insert for all the rows' entries)
    const many = afterChangeManyOf(hook)
    if (many) {
      await many(docs.map((_, index) => argsOf(index) as never))
      continue
    }
    for (const index of docs.keys()) docs[index] = ((await hook(argsOf(index) as never)) as Record<string, unknown> | undefined) ?? docs[index]
  }
}

/**
 * The rows' insert for another statement to carry (the reservation's: one round trip for both), as
 * `insert … select … from (values …)` with each value cast to its column's type, so the carrier can add a `where`
 * and a `returning id`; `finish` then runs the documents' `afterChange` hooks with the ids it returned. Null when the
 * local API must write the rows (`writeMovements` then), or when the collection has `beforeChange` hooks, which
 * must not run for an insert that may not happen (the kit's check of text lengths may: it only reads).
 */
export async function carriedMovements(req: PayloadRequest, rows: readonly MovementRow[]): Promise<{ insert: SQL; finish: (ids: readonly number[]) => Promise<void> } | null> {
  const config = req.payload.collections[STOCK_MOVEMENTS_SLUG as 'stock-movements']?.config
  if (rows.length === 0 || !config || (config.hooks.beforeChange ?? []).some((hook) => !isTextLengthCheck(hook))) return null
  const direct = await prepareDirect(req, rows)
  if (!direct) return null
  const names = Object.keys(direct.columns)
  const typed = (name: string, value: unknown) => {
    const column = direct.columns[name]
    // an enum's type is its own name, quoted like any identifier
    const type = column.enum ? sql.identifier(column.getSQLType()) : sql.raw(column.getSQLType())
    return sql`${value ?? null}::${type}`
  }
  const values = sql.join(direct.prepared.map(({ values: row }) => sql`(${sql.join(names.map((name) => typed(name, row[name])), sql`, `)})`), sql`, `)
  return {
    insert: sql`insert into ${sql.identifier(direct.table)} (${columnList(direct)}) select * from (values ${values}) as movement`,
    finish: (ids) => finishDirect(req, direct, ids),
  }
}

/** Writes the row in `tx`, the request's transaction (the level's update ran in it just before). */
export const writeMovement = (req: PayloadRequest, tx: SqlTransaction, row: MovementRow): Promise<void> => writeMovements(req, tx, [row])

/**
 * Writes the rows in `tx` with one insert (an order's reservation books a row per line and level); each row's hooks
 * run as for one, in the rows' order.
 */
export async function writeMovements(req: PayloadRequest, tx: SqlTransaction, rows: readonly MovementRow[]): Promise<void> {
  if (rows.length === 0) return
  const direct = await prepareDirect(req, rows)
  if (!direct) {
    for (const row of rows) await req.payload.create({ collection: STOCK_MOVEMENTS_SLUG as 'stock-movements', data: row as never, overrideAccess: true, depth: 0, req })
    return
  }
  const names = Object.keys(direct.columns)
  const inserted = await tx.execute(sql`
    insert into ${sql.identifier(direct.table)} (${columnList(direct)})
    values ${sql.join(direct.prepared.map(({ values }) => sql`(${sql.join(names.map((name) => sql`${values[name] ?? null}`), sql`, `)})`), sql`, `)}
    returning id`)
  await finishDirect(req, direct, inserted.rows.map((row) => Number(row.id)))
}
