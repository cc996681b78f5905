/**
 * A write's audit entries and event deliveries go in with its commit, in one statement (src/kit/commit-inserts.ts):
 * none of them before it, all of them with it, none after a rollback, and a queued insert that fails takes the
 * whole change down with it.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseErrorOf, insertAtCommit, poolOf } from '../../src/kit'
import { ADMIN, createCommerceBasics, createStaff } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'
import { statementsDuring } from '../helpers/statements'

let app: TestApp
let basics: Awaited<ReturnType<typeof createCommerceBasics>>

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
})
afterAll(() => app?.close())

const orderData = () => ({
  customer: basics.customer.id,
  website: basics.website.id,
  currency: 'USD',
  lines: [{ product: basics.screw.id, quantity: 2 }],
  shippingAddress: { firstName: 'Ada', lastName: 'Byron', street: '1 Main St', postalCode: '10001', city: 'New York', region: 'NY', country: 'US' },
})

/** Audit entries and event deliveries about one order, as committed. */
async function lateRowsOf(order: number | string): Promise<{ entries: number; deliveries: number }> {
  const { rows } = await poolOf(app.payload).query<{ entries: string; deliveries: string }>(
    `select (select count(*) from audit_log where collection = 'orders' and document_id = $1) as entries,
            (select count(*) from payload_jobs where input->>'event' = 'order.placed' and (input->'data'->>'orderId') = $1) as deliveries`,
    [String(order)],
  )
  return { entries: Number(rows[0].entries), deliveries: Number(rows[0].deliveries) }
}

async function adminRequest(): Promise<PayloadRequest> {
  const user = (await app.payload.find({ collection: 'users', where: { email: { equals: ADMIN.email } }, limit: 1, overrideAccess: true })).docs[0]
  return createLocalReq({ user: { ...user, collection: 'users' } as never }, app.payload)
}

describe('rows for later readers go in with the commit', () => {
  it('writes an order’s audit entry and its deliveries in one statement, right before COMMIT, and none before', async () => {
    const req = await adminRequest()
    await initTransaction(req)
    let order: { id: number | string } | undefined
    let before: Awaited<ReturnType<typeof lateRowsOf>> | undefined
    const statements = await statementsDuring(async () => {
      order = await app.payload.create({ collection: 'orders', data: orderData() as never, overrideAccess: true, depth: 0, req })
      before = await lateRowsOf(order.id)
      await commitTransaction(req)
    })
    expect(before).toEqual({ entries: 0, deliveries: 0 })
    const late = statements.filter((text) => text.includes('insert into "audit_log"') || text.includes('insert into payload_jobs'))
    expect(late).toHaveLength(1)
    expect(late[0]).toMatch(/^with "bureau_insert_0" as \(.+\), "bureau_insert_1" as \(.+\) select 1$/)
    expect(statements.slice(-2)).toEqual([late[0], 'commit'])
    const after = await lateRowsOf(order!.id)
    expect(after.entries).toBe(1)
    expect(after.deliveries).toBeGreaterThan(0)
  })

  it('writes none of them when the transaction rolls back', async () => {
    const req = await adminRequest()
    await initTransaction(req)
    const order = await app.payload.create({ collection: 'orders', data: orderData() as never, overrideAccess: true, depth: 0, req })
    await killTransaction(req)
    expect(await lateRowsOf(order.id)).toEqual({ entries: 0, deliveries: 0 })
    expect(await app.payload.findByID({ collection: 'orders', id: order.id, overrideAccess: true, disableErrors: true })).toBeNull()
  })

  it('fails the commit, and the change with it, when a queued insert fails', async () => {
    const req = await adminRequest()
    await initTransaction(req)
    const customer = await app.payload.create({ collection: 'customers', data: { name: 'Never committed' }, overrideAccess: true, depth: 0, req })
    // two rows with the same id: the primary key refuses the second
    expect(await insertAtCommit(req, sql`insert into audit_log (id, operation, collection, document_id) values (-1, 'create', 'x', 'x'), (-1, 'create', 'x', 'x')`)).toBe(true)
    const failure: unknown = await commitTransaction(req).then(() => null, (error: unknown) => error)
    expect(databaseErrorOf(failure)?.code).toBe('23505')
    await killTransaction(req)
    expect(await app.payload.findByID({ collection: 'customers', id: customer.id, overrideAccess: true, disableErrors: true })).toBeNull()
    expect((await poolOf(app.payload).query(`select count(*)::int as n from audit_log where id = -1 or (collection = 'customers' and document_id = $1)`, [String(customer.id)])).rows[0].n).toBe(0)
  })

  it('answers false without a transaction, so the caller inserts at once', async () => {
    expect(await insertAtCommit(await createLocalReq({}, app.payload), sql`select 1`)).toBe(false)
  })
})
