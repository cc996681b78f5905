/**
 * Several independent reads in one statement. A statement is the unit of cost on the hot paths: node-postgres's
 * `writev` alone was 16 % of the app's CPU under the checkout bench (~0.18 ms per statement, bench/README.md
 * "Figures of session 28"), before any SQL building, parsing or PostgreSQL's own work. Reads that depend only on what
 * is known up front (a calculation's products, prices, promotions and tax rules) can then share one round trip.
 *
 * Each read is a SELECT and a parser of its rows. Its rows always come back through JSON (`json_agg`), alone or
 * together, so a parser sees one form either way: ints, text, booleans and json as they are; numeric columns as JSON
 * numbers and timestamps as ISO text without the `Z`, so a read that needs them exact casts them to text itself.
 * Rows keep the read's own `order by`: the aggregate reads the sorted subquery with no join to reorder it (what the
 * PostgreSQL manual names as working for ordered aggregate input).
 */
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { executePrepared, sqlReaderOf } from './database'

export type JsonRow = Record<string, unknown>

/** A read that can share a statement: its SELECT and what its rows mean. */
export type SqlRead<T> = { readonly query: SQL; readonly parse: (rows: JsonRow[]) => T }

/** The rows of a read, as one JSON array column of the shared statement. */
const column = (read: SqlRead<unknown>, index: number) =>
  sql`(select coalesce(json_agg(q), '[]'::json) from (${read.query}) q) as ${sql.raw(`r${index}`)}`

/**
 * Runs `reads` in one statement, in the request's transaction when it has one (`sqlReaderOf`), and answers each one's
 * parsed rows, in order. No reads, no statement.
 */
export async function readTogether(req: PayloadRequest, reads: ReadonlyArray<SqlRead<unknown>>): Promise<unknown[]> {
  if (!reads.length) return []
  const { rows } = await executePrepared(await sqlReaderOf(req), sql`select ${sql.join(reads.map(column), sql`, `)}`)
  const row = rows[0] as JsonRow
  return reads.map((read, index) => read.parse((row[`r${index}`] as JsonRow[] | null) ?? []))
}

/** One read on its own, in the same form as when it shares a statement. */
export const readAlone = async <T>(req: PayloadRequest, read: SqlRead<T>): Promise<T> => (await readTogether(req, [read]))[0] as T
