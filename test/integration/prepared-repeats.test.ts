/**
 * Payload's own statements become named prepared statements once they repeat (src/kit/prepared-repeats.ts), on the
 * connection that runs them, and answer exactly what they answered unnamed; BUREAU_PREPARED_STATEMENTS=off keeps
 * every statement unnamed (a transaction-mode pooler cannot keep them).
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commitTransaction, createLocalReq, initTransaction, type PayloadRequest } from 'payload'

import { transactionOf } from '../../src/kit'
import { createCommerceBasics, createStaff } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let basics: Awaited<ReturnType<typeof createCommerceBasics>>

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
})

afterAll(() => app?.close())

/** The statements named by the kit on the transaction's connection, as PostgreSQL lists them. */
async function namedOnConnection(req: PayloadRequest): Promise<string[]> {
  const tx = await transactionOf(req)
  const { rows } = await tx.execute(sql`select statement from pg_prepared_statements where name like 'bureau_r_%'`)
  return rows.map((row) => String(row.statement))
}

describe('repeated statements are prepared', () => {
  it('names the adapter’s repeated read on its connection, and the named read answers the same document', async () => {
    const req = await createLocalReq({}, app.payload)
    await initTransaction(req)
    try {
      // a where no other test uses: its text is new to this process
      const read = () => app.payload.find({ collection: 'products', where: { and: [{ sku: { equals: 'SCREW' } }, { id: { greater_than: 0 } }] }, depth: 1, overrideAccess: true, req })
      const first = await read()
      for (let run = 0; run < 5; run++) await read()
      const named = await namedOnConnection(req)
      expect(named.some((statement) => statement.includes('"products"') && statement.includes('"sku"'))).toBe(true)
      const again = await read()
      expect(again.docs).toEqual(first.docs)
      expect(again.docs.map((doc) => doc.id)).toEqual([basics.screw.id])
    } finally {
      await commitTransaction(req)
    }
  })

  it('keeps every statement unnamed with BUREAU_PREPARED_STATEMENTS=off', async () => {
    const setting = process.env.BUREAU_PREPARED_STATEMENTS
    process.env.BUREAU_PREPARED_STATEMENTS = 'off'
    const req = await createLocalReq({}, app.payload)
    await initTransaction(req)
    try {
      // a text of its own (the connection may hold the first test's statements)
      const read = () => app.payload.find({ collection: 'products', where: { and: [{ sku: { equals: 'DRILL' } }, { weight: { greater_than: 1 } }] }, depth: 0, overrideAccess: true, req })
      const before = await namedOnConnection(req)
      for (let run = 0; run < 7; run++) expect((await read()).docs.map((doc) => doc.id)).toEqual([basics.drill.id])
      expect(await namedOnConnection(req)).toEqual(before)
      expect(before.some((statement) => statement.includes('"weight"'))).toBe(false)
    } finally {
      if (setting === undefined) delete process.env.BUREAU_PREPARED_STATEMENTS
      else process.env.BUREAU_PREPARED_STATEMENTS = setting
      await commitTransaction(req)
    }
  })
})
