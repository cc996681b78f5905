/**
 * Item 8 of the checkout issue, across real processes: 2 app processes (each its own Payload and pool) share one
 * database. 64 concurrent checkouts of one unit against a stock of 10 → exactly 10 orders and 54 answers 409, and
 * the ledger agrees with the levels. An app process SIGKILLed while its checkouts wait inside their transactions
 * leaves no partial order and no orphan reservation.
 */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ledgerMismatches } from '../../plugins/inventory/ledger/check'
import { startAppProcess, stopChildren, type Child } from '../helpers/child-process'
import { ADMIN, createCommerceBasics, createStaff } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let basics: Awaited<ReturnType<typeof createCommerceBasics>>
let token: string
let db: pg.Client
const children: Array<Child & { port: number }> = []

const startApp = async (name: string) => {
  const child = await startAppProcess(name, 'checkout-concurrency', {
    DATABASE_URI: process.env.DATABASE_URI!,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET!,
    PAYLOAD_MIGRATING: 'true',
    BUREAU_JOBS_AUTORUN: 'false',
    BUREAU_DB_POOL: '20',
  })
  children.push(child)
  return child
}

const checkoutAt = (child: Child & { port: number }, product: number, key: string) =>
  fetch(`http://127.0.0.1:${child.port}/api/commerce/checkout`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}`, 'Idempotency-Key': key },
    body: JSON.stringify({ customer: basics.customer.id, website: basics.website.id, lines: [{ product, quantity: 1 }] }),
  })

async function stockedProduct(sku: string, onHand: number) {
  const product = await app.payload.create({ collection: 'products', data: { sku, name: sku, status: 'active', basePrices: [{ currency: basics.usd.id, amount: 500 }] }, overrideAccess: true })
  const warehouse = await app.payload.create({ collection: 'warehouses', data: { code: `WH-${sku}`, name: `Warehouse ${sku}` }, overrideAccess: true })
  const level = await app.payload.create({ collection: 'inventory-levels', data: { product: product.id, warehouse: warehouse.id, onHand }, overrideAccess: true })
  return { product, level }
}

const ordersOf = async (product: number) =>
  Number((await db.query('select count(distinct o.id) from orders o join orders_lines l on l._parent_id = o.id where l.product_id = $1', [product])).rows[0].count)

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  token = await app.login(ADMIN.email, ADMIN.password)
  db = new pg.Client({ connectionString: process.env.DATABASE_URI })
  await db.connect()
  for (const name of ['app-1', 'app-2']) await startApp(name)
}, 240_000)

afterAll(async () => {
  await stopChildren(children)
  await db?.end()
  await app?.close()
})

const inventoryEnabled = !(process.env.BUREAU_DISABLE_PLUGINS ?? '').split(',').map((name) => name.trim()).includes('inventory')

describe.runIf(inventoryEnabled)('checkout never oversells across processes', () => {
  it('64 concurrent checkouts through 2 app processes on a stock of 10: exactly 10 orders, 54 × 409, ledger = levels', async () => {
    const { product, level } = await stockedProduct('RACE-10', 10)
    const answers = await Promise.all(Array.from({ length: 64 }, (_, index) => checkoutAt(children[index % 2], product.id, `race-${index}`)))
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status === 201)).toHaveLength(10)
    expect(statuses.filter((status) => status === 409)).toHaveLength(54)
    expect(await ordersOf(product.id)).toBe(10)
    const after = await app.payload.findByID({ collection: 'inventory-levels', id: level.id, overrideAccess: true })
    expect(after).toMatchObject({ onHand: 10, reserved: 10, available: 0 })
    const reservations = await app.payload.count({ collection: 'stock-movements', where: { level: { equals: level.id }, kind: { equals: 'reservation' } }, overrideAccess: true })
    expect(reservations.totalDocs).toBe(10)
    expect((await ledgerMismatches(app.payload)).mismatches).toEqual([])
  }, 120_000)

  it('a SIGKILL of the app process mid-checkout leaves no partial order and no orphan reservation', async () => {
    const { product, level } = await stockedProduct('KILL-5', 5)
    const victim = children.find((child) => child.name === 'app-1')!
    // Hold the level's row: the victim's checkouts insert their orders, then wait on the reservation UPDATE.
    await db.query('begin')
    await db.query('select id from inventory_levels where id = $1 for update', [level.id])
    const inFlight = Array.from({ length: 3 }, (_, index) => checkoutAt(victim, product.id, `kill-${index}`).catch((error: unknown) => error))
    // Wait until the victim's 3 checkouts wait behind the held row, each inside its open transaction in which it
    // already inserted its order (a RowExclusiveLock on the orders table is held until commit or rollback).
    const deadline = Date.now() + 30_000
    let waiting = 0
    while (waiting < 3 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      waiting = Number((await db.query(`select count(*) from pg_stat_activity where wait_event_type = 'Lock' and pid <> pg_backend_pid() and datname = current_database()`)).rows[0].count)
    }
    expect(waiting).toBe(3)
    const insertedOrders = await db.query(`select count(distinct l.pid) from pg_locks l join pg_class c on c.oid = l.relation where c.relname = 'orders' and l.mode = 'RowExclusiveLock' and l.pid <> pg_backend_pid()`)
    expect(Number(insertedOrders.rows[0].count)).toBe(3)
    const exited = new Promise((resolve) => victim.process.once('exit', resolve))
    process.kill(-victim.process.pid!, 'SIGKILL')
    await exited
    await db.query('rollback')
    const answers = await Promise.all(inFlight)
    expect(answers.every((answer) => answer instanceof Error)).toBe(true)
    // PostgreSQL notices the dead connections and rolls their transactions back
    const gone = Date.now() + 30_000
    while (Date.now() < gone && Number((await db.query(`select count(*) from pg_stat_activity where query ilike '%update inventory_levels%' and pid <> pg_backend_pid()`)).rows[0].count) > 0) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(await ordersOf(product.id)).toBe(0)
    expect(await app.payload.findByID({ collection: 'inventory-levels', id: level.id, overrideAccess: true })).toMatchObject({ onHand: 5, reserved: 0, available: 5 })
    expect((await ledgerMismatches(app.payload)).mismatches).toEqual([])
    // the surviving process sells the whole stock afterwards
    const survivor = children.find((child) => child.name === 'app-2')!
    const after = await Promise.all(Array.from({ length: 6 }, (_, index) => checkoutAt(survivor, product.id, `after-${index}`)))
    expect(after.map((answer) => answer.status).sort()).toEqual([201, 201, 201, 201, 201, 409])
  }, 120_000)
})
