/**
 * Raw SQL access for the few things Payload's operations cannot do atomically (conditional counters, claims,
 * ledgers; FACTS "Atomic updates"): the Drizzle transaction behind a request, and the pg pool for work outside any
 * request. PostgreSQL only.
 */
import { createHash } from 'node:crypto'

import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import pg, { type Pool } from 'pg'
import { APIError, type Payload, type PayloadRequest } from 'payload'

import { renderedSql, type BuiltStatement } from './sql-text'

export type SqlTransaction = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Array<Record<string, unknown>>; rowCount?: number | null }> }

/**
 * The Drizzle transaction the adapter keeps for a transaction id (a request's `transactionID`, which may be a promise),
 * or null when there is none (no id, or one already committed or rolled back).
 */
export async function sessionTransaction(adapter: unknown, transactionID: unknown): Promise<SqlTransaction | null> {
  const id = await transactionID
  if (id === undefined || id === null) return null
  return (adapter as { sessions?: Record<string, { db: SqlTransaction } | undefined> }).sessions?.[String(id)]?.db ?? null
}

/** The Drizzle transaction behind `req`, or null when it has none. */
export const openTransactionOf = (req: Pick<PayloadRequest, 'payload' | 'transactionID'>): Promise<SqlTransaction | null> =>
  sessionTransaction(req.payload.db, req.transactionID)

/**
 * The Drizzle transaction behind `req`. Throws when the request has none: Drizzle would otherwise silently run the
 * statement on the pool, outside the transaction, and a conditional update would no longer roll back with it.
 */
export async function transactionOf(req: PayloadRequest, purpose = 'this statement'): Promise<SqlTransaction> {
  const transaction = await openTransactionOf(req)
  if (!transaction) throw new Error(`${purpose} needs the request's database transaction, and the request has none`)
  return transaction
}

/** The pg pool of the PostgreSQL adapter. */
export function poolOf(payload: Payload): Pool {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool) throw new Error('the database adapter has no pg pool (PostgreSQL only)')
  return pool
}

const sidePools = new WeakMap<Payload, Map<string, Pool>>()

/**
 * A second small pool on the adapter's database, for connections held across an await that itself needs the main
 * pool: a delivery's claim lock stays open while its handler reads (src/kit/deliveries.ts). Held on the main pool,
 * such connections starve it: once every connection holds a claim, every handler waits for one more, forever.
 * Created on first use, one per Payload instance and name; `closePayload` ends them.
 */
export function sidePoolOf(payload: Payload, name: string, max: number): Pool {
  let pools = sidePools.get(payload)
  if (!pools) sidePools.set(payload, (pools = new Map()))
  let pool = pools.get(name)
  if (!pool) {
    // idle clients must not keep a finished script alive, nor linger on a database about to be dropped
    pool = new pg.Pool({ ...poolOf(payload).options, max, idleTimeoutMillis: 5_000, allowExitOnIdle: true })
    pool.on('error', () => {}) // an idle client whose server went away; the next connect() reports real trouble
    pools.set(name, pool)
  }
  return pool
}

/** Ends the pools `sidePoolOf` created for `payload` (at shutdown). */
export async function endSidePools(payload: Payload): Promise<void> {
  const pools = sidePools.get(payload)
  sidePools.delete(payload)
  await Promise.all([...(pools?.values() ?? [])].map((pool) => pool.end()))
}

/**
 * Where a hot read runs: the request's transaction when it has one (an order being placed sees its own writes), else
 * the adapter's pool. Reads only: Drizzle's silent fallback to the pool is the intended one here.
 */
export async function sqlReaderOf(req: PayloadRequest): Promise<SqlTransaction> {
  const transaction = await openTransactionOf(req)
  if (transaction) return transaction
  const adapter = req.payload.db as unknown as { drizzle?: SqlTransaction }
  if (!adapter.drizzle) throw new Error('the database adapter has no Drizzle instance (PostgreSQL only)')
  return adapter.drizzle
}

const INT4_MAX = 2_147_483_647

/** A record id as a serial column holds it, or null when it cannot be one (a raw query would fail on it, not miss). */
export function serialIdOf(id: unknown): number | null {
  const number = typeof id === 'number' ? id : typeof id === 'string' && /^\d{1,10}$/.test(id) ? Number(id) : NaN
  return Number.isSafeInteger(number) && number > 0 && number <= INT4_MAX ? number : null
}

/** Ids as one comma-separated text parameter; anything not a safe integer is dropped. */
const idList = (ids: ReadonlyArray<number | string>): string => ids.map(Number).filter(Number.isSafeInteger).join(',')

/** A PostgreSQL `int[]` parameter from serial ids, for `= any(...)` (one parameter however many ids; drizzle would
 * expand a JS array into one parameter each). Anything not a safe integer is dropped. PostgreSQL sees the ids when it
 * plans, which suits a one-off statement over many ids; a prepared statement takes `preparedArray` instead. */
export const sqlIdArray = (ids: ReadonlyArray<number | string>): SQL => sql`string_to_array(${idList(ids)}, ',')::int[]`

const ARRAY_TYPES = { int: sql.raw('int[]'), numeric: sql.raw('numeric[]'), text: sql.raw('text[]') } as const

/**
 * An array parameter (one text parameter, values without commas) for a statement run through `executePrepared`,
 * hidden from the planner behind a sub-select. Where PostgreSQL can fold the array into a constant, every call's
 * custom plan (exact length) looks cheaper than the generic one (ten elements assumed), so it plans every call anew:
 * ~0.2 ms each, half of such a statement's database time (pg_stat_statements, docs/DECISIONS.md session 26). Hidden,
 * both plans assume the same length, and after its first five calls PostgreSQL keeps the generic plan. For `int`,
 * anything not a safe integer is dropped.
 */
export function preparedArray(values: ReadonlyArray<number | string>, type: keyof typeof ARRAY_TYPES): SQL {
  return sql`(select string_to_array(${type === 'int' ? idList(values) : values.join(',')}, ','))::${ARRAY_TYPES[type]}`
}

/** SQLSTATEs with which PostgreSQL fails a transaction to resolve a conflict with another: deadlock, serialization. */
const RETRYABLE_SQLSTATES = new Set(['40P01', '40001'])

/**
 * Whether `error` (or an error it wraps: Drizzle and Payload keep the driver's as `cause`) is PostgreSQL failing the
 * transaction for a deadlock or a serialization conflict — nothing it did was kept, and running it again may succeed.
 */
export function isRetryableTransactionError(error: unknown): boolean {
  return errorChain(error).some((link) => RETRYABLE_SQLSTATES.has(String(link.code)))
}

type DatabaseError = { code?: unknown; constraint?: string; detail?: string }

/**
 * `error` and the errors it wraps, outermost first (at most 5): Drizzle and Payload keep the driver's error as `cause`,
 * GraphQL wraps the thrown error as `originalError`.
 */
function errorChain(error: unknown): DatabaseError[] {
  const chain: DatabaseError[] = []
  let current: unknown = error
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    chain.push(current as DatabaseError)
    current = (current as { cause?: unknown }).cause ?? (current as { originalError?: unknown }).originalError
  }
  return chain
}

/** The driver's error inside `error` (the first in its chain with a code), to read its SQLSTATE, constraint and detail. */
export const databaseErrorOf = (error: unknown): DatabaseError | null => errorChain(error).find((link) => typeof link.code === 'string') ?? null

/**
 * The 409 an order's placement answers when it still conflicted with concurrent orders after its retries: nothing was
 * written and the client may place it again. One wording for the checkout and for the stock reservation inside it.
 */
export function orderConflict(): Error {
  return new APIError('The order conflicted with concurrent orders: place it again', 409, undefined, true)
}

type PreparingDatabase = {
  dialect?: { sqlToQuery: (query: SQL) => { sql: string; params: unknown[] } }
  session?: { prepareQuery: (query: { sql: string; params: unknown[] }, fields: undefined, name: string | undefined, arrayMode: false) => { execute: () => Promise<{ rows: Array<Record<string, unknown>>; rowCount?: number | null }> } }
}

/** A prepared statement's name from its text, so every process and connection names one text alike. */
export const statementNameOf = (prefix: string, text: string): string => `${prefix}${createHash('sha1').update(text).digest('hex').slice(0, 24)}`

const statementNames = new Map<string, string>()
const STATEMENT_NAMES_KEPT = 500

/** `pgbouncer`-style poolers in transaction mode cannot keep a connection's prepared statements: BUREAU_PREPARED_STATEMENTS=off. */
export const preparedStatementsOn = () => process.env.BUREAU_PREPARED_STATEMENTS !== 'off'

/**
 * Runs a hot statement as a named prepared statement: PostgreSQL parses it once per connection and, after its first
 * executions, reuses a generic plan instead of planning each call (planning was ~1 ms of the database's CPU per cart
 * price, bench/README.md). Only for statements whose text is fixed and whose values are parameters — every distinct
 * text becomes a statement on each connection — so never for text built from user input (a `where`, a sort).
 * Same result shape and type parsing as `reader.execute` (Drizzle's own prepared query).
 */
export async function executePrepared(reader: SqlTransaction, query: SQL): ReturnType<SqlTransaction['execute']> {
  const db = reader as unknown as PreparingDatabase
  if (!db.dialect || !db.session || !preparedStatementsOn()) return reader.execute(query)
  const rendered = renderedSql(query)
  if (rendered && verifyingSqlText()) sameAsDrizzle(rendered, db.dialect.sqlToQuery(query))
  return executeBuilt(reader, rendered ?? db.dialect.sqlToQuery(query))
}

const verifyingSqlText = () => process.env.BUREAU_VERIFY_SQL_TEXT === 'on'

/** The suites' proof of sql-text.ts: the text and every parameter as Drizzle renders them. */
export function sameAsDrizzle(rendered: BuiltStatement, drizzle: BuiltStatement): void {
  const sameParams = rendered.params.length === drizzle.params.length && rendered.params.every((value, index) => Object.is(value, drizzle.params[index]) || JSON.stringify(value) === JSON.stringify(drizzle.params[index]))
  if (rendered.sql !== drizzle.sql || !sameParams) {
    throw new Error(`sql-text.ts rendered a statement unlike Drizzle:\n${rendered.sql}\n${JSON.stringify(rendered.params)}\nDrizzle:\n${drizzle.sql}\n${JSON.stringify(drizzle.params)}`)
  }
}

/**
 * `executePrepared` for a statement whose text and parameters the caller built itself (its text fixed per shape, so
 * it is named as any hot statement is). Unnamed with BUREAU_PREPARED_STATEMENTS=off.
 */
export async function executeBuilt(reader: SqlTransaction, built: { sql: string; params: unknown[] }): ReturnType<SqlTransaction['execute']> {
  const db = reader as unknown as PreparingDatabase
  if (!db.session) throw new Error('executeBuilt needs a Drizzle database or transaction')
  if (!preparedStatementsOn()) return db.session.prepareQuery(built, undefined, undefined, false).execute()
  let name = statementNames.get(built.sql)
  if (!name) {
    name = statementNameOf('bureau_', built.sql)
    // the map only saves hashing; names are derived from the text, so forgetting one changes nothing on the server
    if (statementNames.size >= STATEMENT_NAMES_KEPT) statementNames.clear()
    statementNames.set(built.sql, name)
  }
  return db.session.prepareQuery(built, undefined, name, false).execute()
}
