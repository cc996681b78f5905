/**
 * A process's copy of rows that every calculation reads and staff rarely change (the active promotions, an area's tax
 * rules), never stale and never shared between processes: each read sends the fingerprint of the copy it holds, and
 * the database computes the tables' fingerprint in the same statement (so in the same snapshot as the request's other
 * reads, its transaction's own writes included) and sends the rows only when the two differ. A hit costs a scan of
 * the tables' row versions instead of building, sending and parsing the rows' JSON; any number of app processes each
 * keep their own copy, and none can serve what another changed.
 */
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

/**
 * SQL text: a fingerprint of the current versions of every row of `tables`. PostgreSQL writes a new row version on
 * every update, whoever writes it (Payload, a hook's raw UPDATE, a migration, psql), with a new `ctid` (even within one
 * transaction, where `xmin` stays the same); a delete changes the count or the sum. A fingerprint equal to an earlier
 * one means no row was written since, short of a 32-bit hash collision in the sum. Not exported: statements take it
 * through `fingerprintCte`, which computes it once however often the statement uses it.
 */
function rowVersionsFingerprint(tables: readonly string[]): SQL {
  const parts = tables.map(
    (table) =>
      sql`(select count(*)::text || '.' || coalesce(sum(hashtext(t.ctid::text || t.xmin::text)), 0)::text from ${sql.identifier(table)} t)`,
  )
  return sql`(${sql.join(parts, sql` || ':' || `)})`
}

/**
 * SQL text for a `with` list: `f`, one row whose `fingerprint` column is `rowVersionsFingerprint(tables)`. Materialized:
 * the statement compares the fingerprint in every `unlessFingerprint` and also returns it, and PostgreSQL would
 * otherwise inline the CTE into each use and scan the tables once per use (the tax facts scanned them three times:
 * about half of a cart's database time, measured with pg_stat_statements in session 24).
 */
export const fingerprintCte = (tables: readonly string[]): SQL => sql`f as materialized (select ${rowVersionsFingerprint(tables)} as fingerprint)`

/**
 * SQL: `then` when `fingerprint` (a column of the statement, e.g. from a CTE) differs from the `known` one the caller
 * holds, else null. PostgreSQL runs the subqueries of a CASE branch only when the branch is taken, so a hit never
 * builds the rows.
 */
export const unlessFingerprint = (fingerprint: SQL, known: string | undefined, then: SQL): SQL =>
  sql`case when ${fingerprint} = ${known ?? ''} then null else ${then} end`

/** A copy and the fingerprint of the rows it was made from. */
export type HeldCopy<T> = { readonly fingerprint: string; readonly value: T }

/** The copies a process keeps, at most `maxEntries` keys (the least recently used key is dropped first). */
export class FingerprintedCache<T> {
  readonly #entries = new Map<string, HeldCopy<T>>()

  constructor(private readonly maxEntries: number) {}

  /**
   * The copy held for `key`, taken before the read: send its fingerprint, and hand it back to `settle`. Another request
   * of this process may replace or drop the key's copy while this one's read is under way; the copy taken here is the
   * one the database compared against.
   */
  held(key: string): HeldCopy<T> | undefined {
    const copy = this.#entries.get(key)
    if (copy) {
      this.#entries.delete(key) // re-inserted last: the most recently used
      this.#entries.set(key, copy)
    }
    return copy
  }

  /**
   * The value as of `fingerprint`: `fresh` when the database sent rows (they are parsed, kept for the next reads and
   * returned), else the `held` copy the read compared against, which must carry that very fingerprint.
   */
  settle(key: string, held: HeldCopy<T> | undefined, fingerprint: string, fresh: (() => T) | null): T {
    if (!fresh) {
      if (!held || held.fingerprint !== fingerprint) throw new Error(`the database sent no rows for ${key}, but the copy sent was not at its fingerprint`)
      return held.value
    }
    const copy = { fingerprint, value: deepFreeze(fresh()) }
    this.#entries.delete(key)
    if (this.#entries.size >= this.maxEntries) this.#entries.delete(this.#entries.keys().next().value as string)
    this.#entries.set(key, copy)
    return copy.value
  }
}

/** A shared copy must never be changed by one request for the next: freezing makes any such write throw. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}
