/**
 * An order's create returns the order it wrote instead of reading its rows back (src/kit/create-returns-written.ts):
 * the document equals the stored one, no read follows the insert, and with BUREAU_VERIFY_WRITTEN_DOCUMENTS=on (set for
 * every test suite) a stored value the written document could not know fails the create, naming its path.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Order } from '../../src/payload-types'
import type { DocResponse } from '../helpers/api-types'
import { ADMIN, createCommerceBasics, createStaff } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'
import { statementsDuring } from '../helpers/statements'

let app: TestApp
let token: string
let basics: Awaited<ReturnType<typeof createCommerceBasics>>

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  token = await app.login(ADMIN.email, ADMIN.password)
})
afterAll(() => app?.close())

const orderData = () => ({
  customer: basics.customer.id,
  website: basics.website.id,
  currency: 'USD',
  lines: [
    { product: basics.screw.id, quantity: 3 },
    { product: basics.drill.id, quantity: 1 },
  ],
  shippingAddress: { firstName: 'Ada', lastName: 'Byron', street: '1 Main St', postalCode: '10001', city: 'New York', region: 'NY', country: 'US' },
})

const isOrderReRead = (statement: string) => statement.startsWith('select "orders"."id"')

async function withVerification<T>(setting: 'on' | 'off', work: () => Promise<T>): Promise<T> {
  const before = process.env.BUREAU_VERIFY_WRITTEN_DOCUMENTS
  process.env.BUREAU_VERIFY_WRITTEN_DOCUMENTS = setting
  try {
    return await work()
  } finally {
    process.env.BUREAU_VERIFY_WRITTEN_DOCUMENTS = before
  }
}

describe('an order create returns what it wrote', () => {
  it('is verified in every test suite (vitest.config.ts)', () => {
    expect(process.env.BUREAU_VERIFY_WRITTEN_DOCUMENTS).toBe('on')
  })

  it('answers the same order a read of it answers, through the local API and REST', async () => {
    const created = await app.payload.create({ collection: 'orders', data: orderData() as never, depth: 0, overrideAccess: true })
    const stored = await app.payload.findByID({ collection: 'orders', id: created.id, depth: 0, joins: false, overrideAccess: true })
    expect(created).toEqual(stored)
    expect(created.lines).toHaveLength(2)
    expect(created.shippingAddress?.city).toBe('New York')
    expect(created.billingAddress?.city).toBeNull()

    const response = await app.rest.post<DocResponse<Order>>('/orders?depth=0', { token, body: orderData() })
    expect(response.status).toBe(201)
    const read = await app.payload.findByID({ collection: 'orders', id: response.body.doc.id, depth: 0, joins: false, overrideAccess: true })
    expect(response.body.doc).toEqual(JSON.parse(JSON.stringify(read)))
  })

  it('sends no read of the order after its insert (verification off, as in production)', async () => {
    const statements = await withVerification('off', () => statementsDuring(() => app.payload.create({ collection: 'orders', data: orderData() as never, depth: 0, overrideAccess: true })))
    // the order, its lines and its status history in one statement (src/kit/document-rows.ts)
    const inserts = statements.filter((statement) => statement.includes('insert into "orders'))
    expect(inserts).toHaveLength(1)
    expect(inserts[0]).toMatch(/insert into "orders" .*insert into "orders_lines" .*insert into "orders_status_history"/)
    expect(statements.filter(isOrderReRead)).toEqual([])

    // the same check sees the read when one is made: the verification's
    const verified = await withVerification('on', () => statementsDuring(() => app.payload.create({ collection: 'orders', data: orderData() as never, depth: 0, overrideAccess: true })))
    expect(verified.filter(isOrderReRead)).toHaveLength(1)
  })

  it('answers a unique violation as the adapter does: a ValidationError naming the columns, nothing written', async () => {
    await app.payload.create({ collection: 'orders', data: { ...orderData(), checkoutKey: 'twice' } as never, depth: 0, overrideAccess: true })
    const before = (await app.payload.count({ collection: 'orders', overrideAccess: true })).totalDocs
    const again = app.payload.create({ collection: 'orders', data: { ...orderData(), checkoutKey: 'twice' } as never, depth: 0, overrideAccess: true })
    await expect(again).rejects.toMatchObject({ name: 'ValidationError', data: { errors: [{ path: 'customer_id, checkout_key', message: 'Value must be unique' }] } })
    expect((await app.payload.count({ collection: 'orders', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('fails the create, naming the path, when the stored order differs from the written one, and writes nothing', async () => {
    const db = app.payload.db.drizzle
    // a trigger is something the written document cannot know
    await db.execute(sql.raw(`create function stamp_checkout_key() returns trigger language plpgsql as $$ begin new.checkout_key := 'from-trigger'; return new; end $$`))
    await db.execute(sql.raw(`create trigger stamp_checkout_key before insert on orders for each row execute function stamp_checkout_key()`))
    try {
      const before = (await app.payload.count({ collection: 'orders', overrideAccess: true })).totalDocs
      await expect(withVerification('on', () => app.payload.create({ collection: 'orders', data: orderData() as never, depth: 0, overrideAccess: true }))).rejects.toThrow(
        /differs from the stored one at checkoutKey: null ≠ "from-trigger"/,
      )
      expect((await app.payload.count({ collection: 'orders', overrideAccess: true })).totalDocs).toBe(before)
    } finally {
      await db.execute(sql.raw('drop trigger stamp_checkout_key on orders'))
      await db.execute(sql.raw('drop function stamp_checkout_key()'))
    }
  })
})
