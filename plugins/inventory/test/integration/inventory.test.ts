import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DataFromCollectionSlug } from 'payload'

import type { DocResponse, ErrorResponse, ListResponse } from '../../../../test/helpers/api-types'
import { startFakeHttpServer, type FakeHttpServer } from '../../../../test/helpers/fake-http-server'
import { ADMIN, CLERK, createCommerceBasics, createStaff } from '../../../../test/helpers/fixtures'
import { drainJobs } from '../../../../test/helpers/drain-jobs'
import { startTestApp, type TestApp } from '../../../../test/helpers/payload'
import { startSmtpSink } from '../../../../test/helpers/smtp-sink'
import { ledgerMismatches } from '../../ledger/check'

type Order = DataFromCollectionSlug<'orders'>
type Level = DataFromCollectionSlug<'inventory-levels'>
type Movement = DataFromCollectionSlug<'stock-movements'>
type Transfer = DataFromCollectionSlug<'stock-transfers'>
type Conflict = { errors: Array<{ message: string; data?: { errors?: Array<{ path: string; message: string; available?: number }> } }> }

let app: TestApp
let token: string
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let sms: FakeHttpServer
let basics: Awaited<ReturnType<typeof createCommerceBasics>>
let staff: Awaited<ReturnType<typeof createStaff>>
const local = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  sink = await startSmtpSink()
  sms = await startFakeHttpServer()
  Object.assign(process.env, { SMTP_URL: sink.url, SMS_PROVIDER_URL: sms.url, SMS_ACCOUNT_SID: 'AC1', SMS_AUTH_TOKEN: 'secret', SMS_FROM: '+15550000000' })
  app = await startTestApp()
  staff = await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  token = await app.login(ADMIN.email, ADMIN.password)
})
afterAll(async () => {
  await app?.close()
  await sink?.stop()
  await sms?.close()
  for (const name of ['SMTP_URL', 'SMS_PROVIDER_URL', 'SMS_ACCOUNT_SID', 'SMS_AUTH_TOKEN', 'SMS_FROM']) delete process.env[name]
})

let codes = 0
async function warehouse(priority: number, extra: Record<string, unknown> = {}) {
  codes += 1
  return app.payload.create({ collection: 'warehouses', data: { code: `W${codes}`, name: `Warehouse ${codes}`, priority, ...extra }, ...local })
}
async function product(sku: string) {
  return app.payload.create({ collection: 'products', data: { sku, name: sku, status: 'active', basePrices: [{ currency: basics.usd.id, amount: 1000 }] }, ...local })
}
const level = (data: Partial<Level> & { product: number; warehouse: number }) => app.payload.create({ collection: 'inventory-levels', data, ...local })
const read = (id: number) => app.payload.findByID({ collection: 'inventory-levels', id, ...local })
const order = <T = DocResponse<Order>>(lines: Array<{ product: number; quantity: number }>) =>
  app.rest.post<T>('/orders', { token, body: { customer: basics.customer.id, website: basics.website.id, currency: 'USD', lines } })
const movementsOf = async (levelId: number) =>
  (await app.payload.find({ collection: 'stock-movements', where: { level: { equals: levelId } }, sort: 'id', pagination: false, ...local })).docs as Movement[]
const expectLedgerAgrees = async () => expect((await ledgerMismatches(app.payload)).mismatches).toEqual([])

describe('reservation in the order’s transaction', () => {
  it('reserves 3 of 10 on hand through REST, with a reservation movement beside the opening receipt', async () => {
    const main = await warehouse(1)
    const item = await product('RES-1')
    const stock = await level({ product: item.id, warehouse: main.id, onHand: 10 })
    const placed = await order([{ product: item.id, quantity: 3 }])
    expect(placed.status).toBe(201)
    expect(await read(stock.id)).toMatchObject({ onHand: 10, reserved: 3, available: 7 })
    expect((await movementsOf(stock.id)).map((movement) => [movement.kind, movement.quantity, movement.orderLine])).toEqual([
      ['receipt', 10, null],
      ['reservation', 3, placed.body.doc.lines[0].id],
    ])
    await expectLedgerAgrees()
  })

  it('answers 409 naming lines.1.quantity with what is available, and writes nothing (no order, no movement)', async () => {
    const main = await warehouse(1)
    const a = await product('RES-2A')
    const b = await product('RES-2B')
    const levelA = await level({ product: a.id, warehouse: main.id, onHand: 5 })
    const levelB = await level({ product: b.id, warehouse: main.id, onHand: 2 })
    const ordersBefore = (await app.payload.count({ collection: 'orders', overrideAccess: true })).totalDocs
    const refused = await order<Conflict>([{ product: a.id, quantity: 4 }, { product: b.id, quantity: 3 }])
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].data?.errors?.[0]).toMatchObject({ path: 'lines.1.quantity', available: 2 })
    expect((await app.payload.count({ collection: 'orders', overrideAccess: true })).totalDocs).toBe(ordersBefore)
    expect(await read(levelA.id)).toMatchObject({ reserved: 0, available: 5 })
    expect(await movementsOf(levelA.id)).toHaveLength(1)
    expect(await movementsOf(levelB.id)).toHaveLength(1)
  })

  it('splits a line across warehouses by priority, and backorders up to a level’s limit', async () => {
    const first = await warehouse(1)
    const second = await warehouse(2)
    const item = await product('RES-3')
    const high = await level({ product: item.id, warehouse: first.id, onHand: 4 })
    const low = await level({ product: item.id, warehouse: second.id, onHand: 3, backorderLimit: 2 })
    expect((await order([{ product: item.id, quantity: 8 }])).status).toBe(201)
    expect(await read(high.id)).toMatchObject({ reserved: 4, available: 0 })
    expect(await read(low.id)).toMatchObject({ reserved: 4, available: -1 })
    const beyond = await order<Conflict>([{ product: item.id, quantity: 2 }])
    expect(beyond.status).toBe(409)
    expect((await order([{ product: item.id, quantity: 1 }])).status).toBe(201)
    expect(await read(low.id)).toMatchObject({ onHand: 3, reserved: 5, available: -2 })
    await expectLedgerAgrees()
  })

  it('ships complete from one warehouse when the setting says so', async () => {
    await app.payload.updateGlobal({ slug: 'inventory-settings', data: { allocation: 'shipComplete' }, overrideAccess: true })
    try {
      const first = await warehouse(1)
      const second = await warehouse(2)
      const item = await product('RES-4')
      const small = await level({ product: item.id, warehouse: first.id, onHand: 2 })
      const big = await level({ product: item.id, warehouse: second.id, onHand: 6 })
      expect((await order([{ product: item.id, quantity: 5 }])).status).toBe(201)
      expect(await read(small.id)).toMatchObject({ reserved: 0 })
      expect(await read(big.id)).toMatchObject({ reserved: 5 })
      expect((await order([{ product: item.id, quantity: 3 }])).status).toBe(409)
    } finally {
      await app.payload.updateGlobal({ slug: 'inventory-settings', data: { allocation: 'prioritySplit' }, overrideAccess: true })
    }
  })

  it('lets products without levels through (not managed by inventory)', async () => {
    expect((await order([{ product: basics.drill.id, quantity: 1000 }])).status).toBe(201)
  })
  it('plans again on the stock as it is when another transaction takes it between the plan and the reservation', async () => {
    // Main 10 and East 10; the order plans 5 from Main on the committed stock, then waits for Main's row while
    // another transaction reserves 8 there; once that commits, the order's statement changes nothing, answers Main's
    // 2, and the order plans again: 2 from Main and 3 from East
    const main = await warehouse(1)
    const east = await warehouse(2)
    const item = await product('RACE-PLAN')
    const atMain = await level({ product: item.id, warehouse: main.id, onHand: 10 })
    const atEast = await level({ product: item.id, warehouse: east.id, onHand: 10 })
    const other = new pg.Client({ connectionString: process.env.DATABASE_URI })
    const watcher = new pg.Client({ connectionString: process.env.DATABASE_URI })
    await Promise.all([other.connect(), watcher.connect()])
    try {
      await other.query('begin')
      await other.query('update inventory_levels set reserved = reserved + 8, available = available - 8 where id = $1', [atMain.id])
      // its ledger row, as a concurrent order would book it, so the ledger check below still holds
      await other.query(
        `insert into stock_movements (level_id, product_id, warehouse_id, kind, quantity, on_hand_delta, reserved_delta, reason, created_at, updated_at)
         values ($1, $2, $3, 'reservation', 8, 0, 8, 'a concurrent order', now(), now())`,
        [atMain.id, item.id, main.id],
      )
      const placing = order([{ product: item.id, quantity: 5 }])
      let waiting = 0
      for (const deadline = Date.now() + 20_000; waiting === 0 && Date.now() < deadline; ) {
        await new Promise((resolve) => setTimeout(resolve, 50))
        const { rows } = await watcher.query(`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database() and query ilike '%update inventory_levels%'`)
        waiting = rows[0].n
      }
      expect(waiting).toBe(1)
      await other.query('commit')
      const placed = await placing
      expect(placed.status).toBe(201)
      expect(await read(atMain.id)).toMatchObject({ reserved: 10, available: 0 })
      expect(await read(atEast.id)).toMatchObject({ reserved: 3, available: 7 })
      const line = placed.body.doc.lines[0].id
      expect((await movementsOf(atMain.id)).filter((movement) => movement.orderLine === line).map((movement) => movement.quantity)).toEqual([2])
      expect((await movementsOf(atEast.id)).filter((movement) => movement.orderLine === line).map((movement) => movement.quantity)).toEqual([3])
      await expectLedgerAgrees()
    } finally {
      await other.query('rollback').catch(() => undefined)
      await Promise.all([other.end(), watcher.end()])
    }
  })
})

describe('stock follows the order', () => {
  it('cancelling releases; a shipped line leaves on hand; a returned one comes back or is written off', async () => {
    const main = await warehouse(1)
    const item = await product('FLOW-1')
    const stock = await level({ product: item.id, warehouse: main.id, onHand: 20 })
    const cancelled = (await order([{ product: item.id, quantity: 4 }])).body.doc
    expect((await app.rest.patch(`/orders/${cancelled.id}`, { token, body: { status: 'cancelled', statusReason: 'customerRequest' } })).status).toBe(200)
    expect(await read(stock.id)).toMatchObject({ onHand: 20, reserved: 0, available: 20 })

    const shipped = (await order([{ product: item.id, quantity: 5 }, { product: item.id, quantity: 2 }])).body.doc
    const lines = (statuses: Array<[string, string?]>) => shipped.lines.map((line, index) => ({ id: line.id, product: item.id, quantity: line.quantity, status: statuses[index][0], returnDisposition: statuses[index][1] ?? 'restock' }))
    expect((await app.rest.patch(`/orders/${shipped.id}`, { token, body: { status: 'confirmed', lines: lines([['shipped'], ['shipped']]) } })).status).toBe(200)
    expect(await read(stock.id)).toMatchObject({ onHand: 13, reserved: 0, available: 13 })
    expect((await app.rest.patch(`/orders/${shipped.id}`, { token, body: { lines: lines([['returned', 'restock'], ['returned', 'broken']]), statusReason: 'damaged' } })).status).toBe(200)
    expect(await read(stock.id)).toMatchObject({ onHand: 18, reserved: 0, available: 18 })
    expect((await movementsOf(stock.id)).map((movement) => movement.kind)).toEqual([
      'receipt', 'reservation', 'release', 'reservation', 'reservation', 'shipment', 'shipment', 'return', 'return-broken',
    ])
    await expectLedgerAgrees()
  })
})

describe('an editable order’s changed lines re-reserve', () => {
  it('follows a new quantity, a removed line and an added one; refuses more than is there with 409', async () => {
    const main = await warehouse(1)
    const item = await product('EDIT-1')
    const other = await product('EDIT-2')
    const stock = await level({ product: item.id, warehouse: main.id, onHand: 10 })
    const otherStock = await level({ product: other.id, warehouse: main.id, onHand: 10 })
    const placed = (await order([{ product: item.id, quantity: 2 }, { product: other.id, quantity: 1 }])).body.doc
    const [first] = placed.lines
    const changed = await app.rest.patch(`/orders/${placed.id}`, { token, body: { lines: [{ id: first.id, product: item.id, quantity: 6 }] } })
    expect(changed.status).toBe(200)
    expect(await read(stock.id)).toMatchObject({ reserved: 6, available: 4 })
    expect(await read(otherStock.id)).toMatchObject({ reserved: 0, available: 10 })
    const tooMany = await app.rest.patch<Conflict>(`/orders/${placed.id}`, { token, body: { lines: [{ id: first.id, product: item.id, quantity: 11 }] } })
    expect(tooMany.status).toBe(409)
    expect(tooMany.body.errors[0].data?.errors?.[0]).toMatchObject({ path: 'lines.0.quantity' })
    expect(await read(stock.id)).toMatchObject({ reserved: 6, available: 4 })
    expect((await app.rest.patch(`/orders/${placed.id}`, { token, body: { lines: [{ id: first.id, product: item.id, quantity: 6 }, { product: other.id, quantity: 3 }] } })).status).toBe(200)
    expect(await read(otherStock.id)).toMatchObject({ reserved: 3, available: 7 })
    await expectLedgerAgrees()
  })
})

describe('adjustments, transfers and the ledger check', () => {
  it('adjusts with a reason (400 without), refuses to take available below zero (409)', async () => {
    const main = await warehouse(1)
    const item = await product('ADJ-1')
    const stock = await level({ product: item.id, warehouse: main.id, onHand: 5 })
    const noReason = await app.rest.post<ErrorResponse>(`/inventory-levels/${stock.id}/adjust`, { token, body: { quantity: -2 } })
    expect(noReason.status).toBe(400)
    expect(noReason.body.errors[0].data?.errors?.[0].path).toBe('reason')
    const adjusted = await app.rest.post<DocResponse<Level>>(`/inventory-levels/${stock.id}/adjust`, { token, body: { quantity: -2, reason: 'Counted 3 on the shelf' } })
    expect(adjusted.status).toBe(201)
    expect(adjusted.body.doc).toMatchObject({ onHand: 3, available: 3 })
    expect((await app.rest.post(`/inventory-levels/${stock.id}/adjust`, { token, body: { quantity: -4, reason: 'Too many' } })).status).toBe(409)
    expect((await app.rest.post(`/inventory-levels/${stock.id}/adjust`, { body: { quantity: 1, reason: 'anonymous' } })).status).toBe(404)
    const clerk = await app.login(CLERK.email, CLERK.password)
    expect((await app.rest.post('/inventory-levels/999999/adjust', { token: clerk, body: { quantity: 1, reason: 'x' } })).status).toBe(404)
    const rawEdit = await app.rest.patch<DocResponse<Level>>(`/inventory-levels/${stock.id}`, { token, body: { onHand: 100, reserved: 50, available: 7 } })
    expect(rawEdit.body.doc).toMatchObject({ onHand: 3, reserved: 0, available: 3 })
  })

  it('moves stock with a transfer: shipped out of the source, received into the destination; no going back', async () => {
    const from = await warehouse(1)
    const to = await warehouse(2)
    const item = await product('TRF-1')
    const source = await level({ product: item.id, warehouse: from.id, onHand: 10 })
    const created = await app.rest.post<DocResponse<Transfer>>('/stock-transfers', { token, body: { product: item.id, fromWarehouse: from.id, toWarehouse: to.id, quantity: 4 } })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await app.rest.patch(`/stock-transfers/${id}`, { token, body: { status: 'shipped' } })).status).toBe(200)
    expect(await read(source.id)).toMatchObject({ onHand: 6, available: 6 })
    expect((await app.rest.patch(`/stock-transfers/${id}`, { token, body: { status: 'received' } })).status).toBe(200)
    const destination = (await app.payload.find({ collection: 'inventory-levels', where: { product: { equals: item.id }, warehouse: { equals: to.id } }, ...local })).docs[0]
    expect(destination).toMatchObject({ onHand: 4, available: 4 })
    expect((await app.rest.patch(`/stock-transfers/${id}`, { token, body: { status: 'shipped' } })).status).toBe(409)
    const tooMuch = await app.rest.post<DocResponse<Transfer>>('/stock-transfers', { token, body: { product: item.id, fromWarehouse: from.id, toWarehouse: to.id, quantity: 7 } })
    expect((await app.rest.patch(`/stock-transfers/${tooMuch.body.doc.id}`, { token, body: { status: 'shipped' } })).status).toBe(409)
    expect(await read(source.id)).toMatchObject({ onHand: 6 })
    const check = await app.rest.get<{ levels: number; mismatches: unknown[] }>('/inventory-levels/ledger-check', { token })
    expect(check.status).toBe(200)
    expect(check.body.mismatches).toEqual([])
    expect(check.body.levels).toBeGreaterThan(5)
    expect((await app.rest.get('/inventory-levels/ledger-check')).status).toBe(403)
  })
})

describe('low stock', () => {
  it('emits stock.low once per crossing: managers get email and SMS, and a replenishing level asks the warehouse with most surplus', async () => {
    const manager = await app.payload.create({ collection: 'users', data: { email: 'stock.manager@test.local', password: 'manager-password', phone: '+15551234567', roles: [staff.administratorRole.id] }, ...local })
    const low = await warehouse(1, { managers: [manager.id] })
    const rich = await warehouse(2)
    const poor = await warehouse(3)
    const item = await product('LOW-1')
    const stock = await level({ product: item.id, warehouse: low.id, onHand: 10, lowStockThreshold: 3, reorderQuantity: 8, replenish: true })
    await level({ product: item.id, warehouse: rich.id, onHand: 30, reorderPoint: 10 })
    await level({ product: item.id, warehouse: poor.id, onHand: 12, reorderPoint: 10 })
    await app.payload.jobs.run({ queue: 'default' })
    const mailsBefore = sink.received.length
    expect((await order([{ product: item.id, quantity: 6 }])).status).toBe(201) // 4 left: not low yet
    expect((await order([{ product: item.id, quantity: 2 }])).status).toBe(201) // 2 left: crosses
    expect((await order([{ product: item.id, quantity: 1 }])).status).toBe(201) // 1 left: still low, no second event
    expect(await read(stock.id)).toMatchObject({ available: 1, lowStock: true })
    // every installed plugin's order subscribers queue jobs too: run until the queue is done
    await drainJobs(app.payload)
    // (with the tasks plugin the manager is also told of the task it creates: a separate mail)
    const alerts = sink.received.slice(mailsBefore).filter((mail) => mail.subject.startsWith('Low stock: LOW-1'))
    if (alerts.length === 0) {
      // seen once in a full run and never reproduced: say what the alert's delivery did, for whoever meets it next
      const jobs = await app.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'event-inventory-alert-managers' } }, pagination: false, ...local })
      console.error('no low-stock mail; alert deliveries:', JSON.stringify(jobs.docs.map((job) => ({ id: job.id, input: job.input, completedAt: job.completedAt, hasError: job.hasError, totalTried: job.totalTried, error: job.error, log: job.log }))))
    }
    expect(alerts.map((mail) => [mail.to, mail.subject])).toEqual([[['stock.manager@test.local'], `Low stock: LOW-1 in ${low.name}`]])
    const texts = sms.received.filter((request) => request.form.get('Body')?.includes('LOW-1'))
    expect(texts.map((request) => request.form.get('To'))).toEqual(['+15551234567'])
    const transfers = (await app.payload.find({ collection: 'stock-transfers', where: { product: { equals: item.id } }, ...local })).docs
    expect(transfers.map((transfer) => [transfer.fromWarehouse, transfer.toWarehouse, transfer.quantity, transfer.status, transfer.automatic])).toEqual([[rich.id, low.id, 8, 'requested', true]])
  })
})

describe('low stock, several levels in one order', () => {
  it('flips the flags of every level the order took below its threshold and queues stock.low once per level, also for two lines on one level', async () => {
    const site = await warehouse(4)
    const [a, b, c] = [await product('LOW-2A'), await product('LOW-2B'), await product('LOW-2C')]
    const levelA = await level({ product: a.id, warehouse: site.id, onHand: 5, lowStockThreshold: 3 })
    const levelB = await level({ product: b.id, warehouse: site.id, onHand: 5, lowStockThreshold: 3 })
    const levelC = await level({ product: c.id, warehouse: site.id, onHand: 5, lowStockThreshold: 3 })
    const alertsOf = async (levels: number[]) =>
      (await app.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'event-inventory-alert-managers' } }, pagination: false, ...local })).docs
        .map((job) => (job.input as { data?: { level?: number } }).data?.level)
        .filter((id): id is number => id !== undefined && levels.includes(Number(id)))
        .map(Number)
    const placed = await order([{ product: a.id, quantity: 1 }, { product: b.id, quantity: 3 }, { product: a.id, quantity: 2 }, { product: c.id, quantity: 1 }])
    expect(placed.status).toBe(201)
    expect(await read(levelA.id)).toMatchObject({ available: 2, reserved: 3, lowStock: true })
    expect(await read(levelB.id)).toMatchObject({ available: 2, reserved: 3, lowStock: true })
    expect(await read(levelC.id)).toMatchObject({ available: 4, reserved: 1, lowStock: false })
    expect((await alertsOf([levelA.id, levelB.id, levelC.id])).sort((x, y) => x - y)).toEqual([levelA.id, levelB.id].sort((x, y) => x - y))
    // a refused order (short on C) changes no level and queues nothing
    expect((await order([{ product: c.id, quantity: 2 }, { product: c.id, quantity: 3 }])).status).toBe(409)
    expect(await read(levelC.id)).toMatchObject({ available: 4, lowStock: false })
    expect(await alertsOf([levelC.id])).toEqual([])
    await expectLedgerAgrees()
  })
})

describe('availability', () => {
  it('shows a status on product reads (REST and GraphQL) and never a quantity', async () => {
    const main = await warehouse(1)
    const plenty = await product('AV-1')
    const few = await product('AV-2')
    const none = await product('AV-3')
    await level({ product: plenty.id, warehouse: main.id, onHand: 50, lowStockThreshold: 5 })
    await level({ product: few.id, warehouse: main.id, onHand: 3, lowStockThreshold: 5 })
    await level({ product: none.id, warehouse: main.id, onHand: 0, backorderLimit: 0 })
    const listed = await app.rest.get<ListResponse<{ sku: string; availability: string }>>('/products?where[sku][like]=AV-&sort=sku&depth=0', { token })
    expect(listed.body.docs.map((doc) => [doc.sku, doc.availability])).toEqual([['AV-1', 'inStock'], ['AV-2', 'lowStock'], ['AV-3', 'outOfStock']])
    expect(JSON.stringify(listed.body.docs)).not.toContain('onHand')
    const single = await app.rest.get<{ availability: string }>(`/products/${few.id}`)
    expect(single.body.availability).toBe('lowStock')
    const graphql = await app.graphql<{ data: { Products: { docs: Array<{ sku: string; availability: string }> } } }>(`{ Products(where: { sku: { like: "AV-" } }, sort: "sku") { docs { sku availability } } }`)
    expect(graphql.body.data.Products.docs.map((doc) => doc.availability)).toEqual(['inStock', 'lowStock', 'outOfStock'])
  })
})
