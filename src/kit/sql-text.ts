/**
 * The text and parameters of a statement the kit runs, rendered without Drizzle's general renderer.
 *
 * Drizzle renders a `sql` template anew at every call, and its renderer is general: each chunk is tested against a
 * dozen entity kinds by walking its prototype chain (`is`), and every chunk's piece becomes an object merged into the
 * next. Our hot statements are only text, parameters, identifiers and nested templates, and rendering them that way
 * cost a checkout ~0.5 ms of the app's CPU (bench/README.md, session 30). This renders exactly those kinds the way
 * Drizzle's PostgreSQL dialect does — the same text, `$1`… in the same order, the same values after each column's
 * encoder — and answers null for anything else (a table, a column, a placeholder, inlined parameters…), which the
 * caller then hands to Drizzle.
 *
 * `BUREAU_VERIFY_SQL_TEXT=on` (the test suites set it) renders every statement both ways and throws where they differ
 * (database.ts), so every statement the tests run proves the renderer.
 */
import { Name, Param, SQL, StringChunk } from '@payloadcms/db-postgres/drizzle'

export type BuiltStatement = { sql: string; params: unknown[] }

/** Drizzle marks its classes with this global symbol, so an entity is recognised whichever copy of Drizzle made it. */
const ENTITY_KIND = Symbol.for('drizzle:entityKind')

/** A Drizzle entity (or an object standing for SQL) this renderer does not know: Drizzle renders it. */
const isForeignEntity = (value: object) => {
  const constructor = (value as { constructor?: unknown }).constructor
  return (typeof constructor === 'function' && ENTITY_KIND in constructor) || typeof (value as { getSQL?: unknown }).getSQL === 'function'
}

const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`

/** `sql.inlineParams()` writes values into the text: Drizzle's renderer does that. */
const inlinesParams = (query: SQL) => (query as unknown as { shouldInlineParams?: boolean }).shouldInlineParams === true

/** Appends `chunks` to `parts` and `params`; false when one of them is not a kind rendered here. */
function renderChunks(chunks: readonly unknown[], parts: string[], params: unknown[]): boolean {
  for (const chunk of chunks) {
    if (chunk === undefined) continue
    if (chunk === null || (typeof chunk !== 'object' && typeof chunk !== 'function' && typeof chunk !== 'symbol')) {
      params.push(chunk)
      parts.push(`$${params.length}`)
    } else if (chunk instanceof StringChunk) {
      parts.push(chunk.value.join(''))
    } else if (chunk instanceof SQL) {
      if (inlinesParams(chunk) || !renderChunks(chunk.queryChunks, parts, params)) return false
    } else if (chunk instanceof Param) {
      const value: unknown = chunk.value
      if (value !== null && typeof value === 'object' && isForeignEntity(value)) return false
      const mapped: unknown = value === null ? null : chunk.encoder.mapToDriverValue(value)
      if (mapped !== null && typeof mapped === 'object' && isForeignEntity(mapped)) return false
      params.push(mapped)
      parts.push(`$${params.length}`)
    } else if (chunk instanceof Name) {
      parts.push(quoteName(chunk.value))
    } else if (Array.isArray(chunk)) {
      // Drizzle writes a JS array as a parenthesised list of its elements, each rendered as a chunk
      parts.push('(')
      for (let index = 0; index < chunk.length; index++) {
        if (index > 0) parts.push(', ')
        if (!renderChunks([chunk[index]], parts, params)) return false
      }
      parts.push(')')
    } else if (typeof chunk === 'object' && !isForeignEntity(chunk)) {
      // any other value (a Date, a Buffer, a plain object) is a parameter, as Drizzle makes it
      params.push(chunk)
      parts.push(`$${params.length}`)
    } else {
      return false
    }
  }
  return true
}

/** The statement's text and parameters as Drizzle's PostgreSQL dialect renders them, or null when only it can. */
export function renderedSql(query: SQL): BuiltStatement | null {
  if (inlinesParams(query)) return null
  const parts: string[] = []
  const params: unknown[] = []
  return renderChunks(query.queryChunks, parts, params) ? { sql: parts.join(''), params } : null
}
