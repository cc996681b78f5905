/**
 * src/kit/sql-text.ts renders a statement exactly as Drizzle's PostgreSQL dialect does, for the chunk kinds the kit's
 * statements use, and leaves every other kind to Drizzle. (The suites also check every statement they run against
 * Drizzle: BUREAU_VERIFY_SQL_TEXT in vitest.config.ts.)
 */
import { Param, sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import { integer, pgTable, PgDialect, text } from '@payloadcms/db-postgres/drizzle/pg-core'
import { describe, expect, it } from 'vitest'

import { sameAsDrizzle } from '../../src/kit/database'
import { renderedSql } from '../../src/kit/sql-text'

const drizzle = (query: SQL) => {
  const { sql: text, params } = new PgDialect().sqlToQuery(query)
  return { sql: text, params }
}

const levels = pgTable('inventory_levels', { id: integer('id'), sku: text('sku') })
/** An encoder that changes the value, as a column's mapToDriverValue does. */
const upper = { mapToDriverValue: (value: string) => value.toUpperCase() }

describe('renderedSql', () => {
  const rendered: Array<[string, SQL]> = [
    ['text only', sql`select 1`],
    ['values become numbered parameters', sql`select ${1}, ${"it's"}, ${null}, ${true}, ${12n}`],
    ['a Date and a plain object are parameters', sql`select ${new Date(0)}, ${{ a: 1 }}`],
    ['undefined renders nothing', sql`select 1${undefined}`],
    ['nested templates number on', sql`with a as (${sql`select ${1} as x`}) select ${2}, (${sql`select ${3}`})`],
    ['raw text and identifiers', sql`select ${sql.raw('count(*)')} from ${sql.identifier('we"ird')} where ${sql.identifier('id')} = ${5}`],
    ['joined parts', sql`select 1 where ${sql.join([sql`a = ${1}`, sql`b = ${'x'}`, sql`c in ${[1, 2, 3]}`], sql` and `)}`],
    ['an array is a parenthesised list, empty too', sql`select ${[1, sql`now()`, 'b']}, ${[]}`],
    ['an empty template', sql`select 1${sql.empty()}`],
    ['a parameter through its encoder', sql`select ${new Param('shout', upper)}, ${new Param(null, upper)}`],
  ]
  it.each(rendered)('%s: as Drizzle renders it', (_, query) => {
    const ours = renderedSql(query)
    expect(ours).not.toBeNull()
    expect(ours).toEqual(drizzle(query))
  })

  it('numbers the parameters of a real statement shape as Drizzle does (worked example)', () => {
    const query = sql`update inventory_levels set reserved = reserved + ${'2.000'} where id = any(${sql`(select ${'[1,2]'}::jsonb)`}) and ${sql.identifier('tracked')} returning id`
    expect(renderedSql(query)).toEqual({
      sql: 'update inventory_levels set reserved = reserved + $1 where id = any((select $2::jsonb)) and "tracked" returning id',
      params: ['2.000', '[1,2]'],
    })
  })

  const leftToDrizzle: Array<[string, SQL]> = [
    ['a table', sql`select * from ${levels}`],
    ['a column', sql`select ${levels.sku} from inventory_levels`],
    ['a placeholder', sql`select ${sql.placeholder('id')}`],
    ['inlined parameters', sql`select ${'x'}`.inlineParams()],
    ['inlined parameters inside', sql`select 1, ${sql`${'x'}`.inlineParams()}`],
  ]
  it.each(leftToDrizzle)('%s: left to Drizzle', (_, query) => {
    expect(renderedSql(query)).toBeNull()
  })

  it("the suites' check throws where the text or a parameter differs, and passes when both agree", () => {
    const query = sql`select ${1}, ${'a'}`
    const ours = renderedSql(query)!
    expect(() => sameAsDrizzle(ours, drizzle(query))).not.toThrow()
    expect(() => sameAsDrizzle({ ...ours, sql: `${ours.sql} ` }, drizzle(query))).toThrow(/unlike Drizzle/)
    expect(() => sameAsDrizzle({ ...ours, params: [1, 'b'] }, drizzle(query))).toThrow(/unlike Drizzle/)
    expect(() => sameAsDrizzle({ ...ours, params: [1] }, drizzle(query))).toThrow(/unlike Drizzle/)
  })
})
