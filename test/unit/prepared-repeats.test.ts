/**
 * Which statements src/kit/prepared-repeats.ts names: a parameterized SELECT/INSERT/UPDATE/DELETE/WITH from its fifth
 * run in the process on (pgJDBC's prepareThreshold), under a name derived from its text; never a statement without
 * parameters or a utility statement. Each case uses its own text: the counts are the process's.
 */
import { createHash } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { repeatedStatementName } from '../../src/kit/prepared-repeats'

const runs = (query: { sql: string; params: unknown[] }, times: number) => Array.from({ length: times }, () => repeatedStatementName(query))

describe('repeatedStatementName', () => {
  it('names a repeated parameterized statement from its fifth run on, the same name every time after', () => {
    const query = { sql: 'select "products"."id" from "products" where "products"."sku" = $1', params: ['A-1'] }
    const names = runs(query, 7)
    expect(names.slice(0, 4)).toEqual([undefined, undefined, undefined, undefined])
    const expected = `bureau_r_${createHash('sha1').update(query.sql).digest('hex').slice(0, 24)}`
    expect(names.slice(4)).toEqual([expected, expected, expected])
    // the values do not matter, only the text
    expect(repeatedStatementName({ sql: query.sql, params: ['B-2'] })).toBe(expected)
  })

  it('counts each text apart', () => {
    const first = { sql: 'update "orders" set "status" = $1 where "orders"."id" = $2', params: ['shipped', 1] }
    const second = { sql: 'update "orders" set "status" = $1 where "orders"."id" = $2 returning "id"', params: ['shipped', 1] }
    runs(first, 4)
    expect(repeatedStatementName(second)).toBeUndefined()
    expect(repeatedStatementName(first)).toMatch(/^bureau_r_[0-9a-f]{24}$/)
    expect(repeatedStatementName(second)).toBeUndefined()
  })

  it('leaves statements without parameters and utility statements unnamed however often they run', () => {
    expect(runs({ sql: 'select count(*) from "products"', params: [] }, 8).every((name) => name === undefined)).toBe(true)
    expect(runs({ sql: 'begin', params: [] }, 8).every((name) => name === undefined)).toBe(true)
    expect(runs({ sql: 'create index if not exists "x_idx" on "x" ("y") where "y" > $1', params: [1] }, 8).every((name) => name === undefined)).toBe(true)
  })

  it('names inserts, deletes and WITH statements too', () => {
    for (const sql of ['insert into "audit_log" ("operation") values ($1)', 'delete from "carts" where "id" = $1', 'with t as (select $1::int as v) select v from t']) {
      expect(runs({ sql, params: [1] }, 5)[4]).toMatch(/^bureau_r_/)
    }
  })
})
