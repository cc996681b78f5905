/**
 * Payload's own statements, prepared once they repeat. The adapter sends every statement unnamed, so PostgreSQL parses
 * and plans it at each call: an order's re-read after its insert (a relational query with a sub-select per array)
 * cost ~0.5 ms of planning per checkout, the largest single item of the database's time (pg_stat_statements,
 * docs/DECISIONS.md session 26). This names a statement after its text has run `PREPARE_AFTER` times in this process,
 * as pgJDBC does by default (`prepareThreshold=5`): PostgreSQL then parses it once per connection, and after its
 * first five calls keeps a generic plan unless custom plans look cheaper for the values at hand (its own choice).
 *
 * Bounded as pgJDBC is (256 statements): at most `NAMED_KEPT` texts are named per process, each a statement on every
 * connection that runs it (texts beyond stay unnamed); and only parameterized SELECT/INSERT/UPDATE/DELETE/WITH
 * statements: a text with its values inlined never repeats, and utility statements gain nothing. Names derive from the
 * text, so two processes or two connections never disagree. `BUREAU_PREPARED_STATEMENTS=off` (a transaction-mode
 * pooler) leaves everything unnamed, as it does for `executePrepared`.
 */
import type { Payload } from 'payload'

import { preparedStatementsOn, statementNameOf } from './database'

const PREPARE_AFTER = 5
const NAMED_KEPT = 256
const COUNTED_KEPT = 5_000
const ELIGIBLE = /^\s*(select|insert|update|delete|with)\b/i

type Built = { sql: string; params: unknown[] }
type PrepareQuery = (this: unknown, query: Built, fields: unknown, name: string | undefined, ...rest: unknown[]) => unknown
type SessionPrototype = { prepareQuery: PrepareQuery; bureauRepeatsPrepared?: true }

const seen = new Map<string, number>()
const named = new Map<string, string>()

/** The name a statement runs under: its own, or one derived from its text once the text has repeated enough. */
export function repeatedStatementName(query: Built): string | undefined {
  const known = named.get(query.sql)
  if (known) return known
  if (query.params.length === 0 || named.size >= NAMED_KEPT || !ELIGIBLE.test(query.sql)) return undefined
  const count = (seen.get(query.sql) ?? 0) + 1
  if (count < PREPARE_AFTER) {
    // only a count is lost when this resets: a text that keeps repeating is counted again
    if (seen.size >= COUNTED_KEPT) seen.clear()
    seen.set(query.sql, count)
    return undefined
  }
  seen.delete(query.sql)
  const name = statementNameOf('bureau_r_', query.sql)
  named.set(query.sql, name)
  return name
}

/**
 * Wraps the adapter's Drizzle session class (its transactions' sessions share the prototype), once per process. Names
 * given by the caller (`executePrepared`, Drizzle's `.prepare(name)`) are kept.
 */
export function prepareRepeatedStatements(payload: Payload): void {
  const session = (payload.db as { drizzle?: { session?: object } }).drizzle?.session
  const prototype = session ? (Object.getPrototypeOf(session) as SessionPrototype | null) : null
  if (!prototype || typeof prototype.prepareQuery !== 'function' || prototype.bureauRepeatsPrepared) return
  const prepareQuery = prototype.prepareQuery
  prototype.prepareQuery = function (query, fields, name, ...rest) {
    const chosen = name ?? (preparedStatementsOn() ? repeatedStatementName(query) : undefined)
    return prepareQuery.call(this, query, fields, chosen, ...rest)
  }
  prototype.bureauRepeatsPrepared = true
}
