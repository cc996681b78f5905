import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Plugin } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { emitDomainEvent, eventTaskSlug, requestForOwnTransaction, subscribeToDomainEvent, type DomainEventName } from '../../src/kit'
import { drainJobs } from '../helpers/drain-jobs'
import { ADMIN, createCommerceBasics, createStaff } from '../helpers/fixtures'
import type { Order } from '../../src/payload-types'
import type { DocResponse } from '../helpers/api-types'
import { startTestApp, type TestApp } from '../helpers/payload'

/** A probe plugin recording what its subscribers receive, the way a real plugin subscribes. */
const delivered: Array<{ event: string; data: Record<string, unknown> }> = []
const probe: Plugin = (config) => {
  for (const event of ['order.placed', 'order.statusChanged', 'order.line.statusChanged'] satisfies DomainEventName[]) {
    subscribeToDomainEvent(config, {
      event,
      name: `probe:${event}`,
      handler: ({ event: name, data }) => {
        delivered.push({ event: name, data })
      },
    })
  }
  // what each delivery finds in req.context before writing its own mark there
  subscribeToDomainEvent(config, {
    event: 'order.placed',
    name: 'probe:context',
    handler: ({ eventId, req }) => {
      contextsSeen.push({ eventId, found: req.context.probeMark, loader: req.payloadDataLoader })
      req.context.probeMark = eventId
    },
  })
  return config
}
const contextsSeen: Array<{ eventId: string; found: unknown; loader: unknown }> = []

let app: TestApp
let basics: Awaited<ReturnType<typeof createCommerceBasics>>

beforeAll(async () => {
  app = await startTestApp({ extraPlugins: [probe] })
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
})
afterAll(() => app?.close())

const count = async (collection: 'orders' | 'payload-jobs') =>
  (await app.payload.count({ collection, overrideAccess: true })).totalDocs

const probeJobs = async () =>
  (await app.payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: eventTaskSlug('probe:order.placed') } }, overrideAccess: true })).totalDocs

const orderData = () => ({ customer: basics.customer.id, currency: 'USD', lines: [{ product: basics.screw.id, quantity: 2 }] })

describe('queuing an event’s deliveries', () => {
  type JobRow = { id: number; taskSlug?: string | null; queue?: string | null; totalTried?: number | null; hasError?: boolean | null; processing?: boolean | null; completedAt?: string | null; input?: { event?: string; eventId?: string; data?: Record<string, unknown> } }
  const jobsAfter = async (id: number) =>
    (await app.payload.find({ collection: 'payload-jobs', where: { id: { greater_than: id } }, sort: 'id', pagination: false, depth: 0, overrideAccess: true })).docs as unknown as JobRow[]
  const lastJobId = async () => Number((await app.payload.find({ collection: 'payload-jobs', sort: '-id', limit: 1, depth: 0, overrideAccess: true })).docs[0]?.id ?? 0)
  const queuedAsPayloadWould = (job: JobRow) => expect(job).toMatchObject({ queue: 'default', totalTried: 0, hasError: false, processing: false })

  it('in the order’s transaction, queues every subscriber’s delivery at once: one event id, Payload’s defaults, delivered by the runner', async () => {
    delivered.length = 0
    const before = await lastJobId()
    const req = await createLocalReq({}, app.payload)
    await initTransaction(req)
    const order = await app.payload.create({ collection: 'orders', data: orderData(), req, overrideAccess: true })
    await commitTransaction(req)
    const placed = (await jobsAfter(before)).filter((job) => job.input?.event === 'order.placed')
    expect(placed.map((job) => job.taskSlug)).toEqual(expect.arrayContaining([eventTaskSlug('probe:order.placed'), eventTaskSlug('lifetime-sales:order-placed')]))
    expect(new Set(placed.map((job) => job.input?.eventId)).size).toBe(1)
    for (const job of placed) {
      queuedAsPayloadWould(job)
      expect(job.completedAt ?? null).toBeNull()
      expect(job.input?.data).toMatchObject({ orderId: order.id, orderNumber: order.orderNumber })
    }
    await drainJobs(app.payload)
    expect(delivered).toEqual([expect.objectContaining({ event: 'order.placed', data: expect.objectContaining({ orderId: order.id }) })])
  })

  it('without a transaction, queues them through Payload’s jobs.queue, delivered the same way', async () => {
    const order = await app.payload.create({ collection: 'orders', data: orderData(), overrideAccess: true })
    await drainJobs(app.payload)
    delivered.length = 0
    const before = await lastJobId()
    // no customer: the lifetime-sales subscriber counts nothing twice
    const data = { orderId: order.id, orderNumber: order.orderNumber ?? null, customer: null, currency: 'USD', grandTotal: 0 }
    const queued = await emitDomainEvent(await createLocalReq({}, app.payload), 'order.placed', data)
    const jobs = (await jobsAfter(before)).filter((job) => job.input?.event === 'order.placed')
    expect(jobs).toHaveLength(queued)
    jobs.forEach(queuedAsPayloadWould)
    const probeJob = jobs.find((job) => job.taskSlug === eventTaskSlug('probe:order.placed'))
    expect(probeJob?.input?.data).toEqual(data)
    await app.payload.jobs.runByID({ id: probeJob!.id })
    expect(delivered).toEqual([{ event: 'order.placed', data }])
    await drainJobs(app.payload)
  })
})

describe('domain events are an outbox in the change’s own transaction', () => {
  it('leaves neither the order nor its events when the transaction rolls back', async () => {
    const [orders, jobs] = [await count('orders'), await count('payload-jobs')]
    const req = await createLocalReq({}, app.payload)
    await initTransaction(req)
    await app.payload.create({ collection: 'orders', data: orderData(), req, overrideAccess: true })
    await killTransaction(req)
    expect(await count('orders')).toBe(orders)
    expect(await count('payload-jobs')).toBe(jobs)
  })

  it('stores the events with the order when it commits, and delivers them only when the runner runs', async () => {
    delivered.length = 0
    const jobs = await probeJobs()
    const req = await createLocalReq({}, app.payload)
    await initTransaction(req)
    const order = await app.payload.create({ collection: 'orders', data: orderData(), req, overrideAccess: true })
    await commitTransaction(req)
    // only the probe's own delivery is counted: other subscribers of order.placed come and go with the plugins
    expect(await probeJobs()).toBe(jobs + 1)
    expect(delivered).toEqual([])
    await app.payload.jobs.run({ queue: 'default' })
    expect(delivered).toEqual([
      { event: 'order.placed', data: { orderId: order.id, orderNumber: order.orderNumber, customer: basics.customer.id, currency: 'USD', grandTotal: 202 } },
    ])
  })

  it('emits status changes of the order and of single lines, through REST', async () => {
    delivered.length = 0
    const token = await app.login(ADMIN.email, ADMIN.password)
    const created = await app.rest.post<DocResponse<Order>>('/orders', { token, body: { ...orderData(), lines: [{ product: basics.screw.id, quantity: 1 }, { product: basics.drill.id, quantity: 1 }] } })
    const [first, second] = created.body.doc.lines
    const updated = await app.rest.patch(`/orders/${created.body.doc.id}`, {
      token,
      body: { status: 'confirmed', lines: [{ ...first, status: 'shipped' }, second] },
    })
    expect(updated.status).toBe(200)
    await drainJobs(app.payload)
    const changes = delivered.filter((item) => item.event !== 'order.placed')
    // delivery order between two subscribers' jobs is not promised
    expect(changes).toHaveLength(2)
    expect(changes).toEqual(expect.arrayContaining([
      // confirmed, then partially shipped by its first line: one save, one change of the stored status
      { event: 'order.statusChanged', data: expect.objectContaining({ from: 'pending', to: 'partiallyShipped' }) },
      { event: 'order.line.statusChanged', data: expect.objectContaining({ lineId: first.id, sku: 'SCREW', from: 'pending', to: 'shipped' }) },
    ]))
  })
})

describe('jobs run in one batch', () => {
  it('give each job its own req.context and DataLoader (Payload shares both per batch): no job sees another’s loads', async () => {
    await drainJobs(app.payload)
    contextsSeen.length = 0
    for (let n = 0; n < 4; n += 1) await app.payload.create({ collection: 'orders', data: orderData(), overrideAccess: true })
    // one run: the queued deliveries of the four orders run side by side on the runner's one request
    await app.payload.jobs.run({ queue: 'default', limit: 100 })
    expect(contextsSeen).toHaveLength(4)
    expect(contextsSeen.map((seen) => seen.found)).toEqual([undefined, undefined, undefined, undefined])
    expect(new Set(contextsSeen.map((seen) => seen.loader)).size).toBe(4)
  })

  it('a population inside a transaction of its own leaves the caller in its own transaction', async () => {
    // Payload's DataLoader writes each key's transaction id into the request it was created with and leaves it there:
    // sharing the caller's loader moved the caller into this (soon finished) transaction
    const order = await app.payload.create({ collection: 'orders', data: orderData(), overrideAccess: true })
    const req = await createLocalReq({}, app.payload)
    await initTransaction(req)
    const callersTransaction = await req.transactionID
    const inner = requestForOwnTransaction(req)
    await initTransaction(inner)
    const innerTransaction = await inner.transactionID
    expect(innerTransaction).not.toEqual(callersTransaction)
    const populated = await app.payload.findByID({ collection: 'orders', id: order.id, depth: 1, overrideAccess: true, req: inner })
    expect(populated.customer).toMatchObject({ id: basics.customer.id })
    await commitTransaction(inner)
    expect(await req.transactionID).toEqual(callersTransaction)
    // and the caller's reads still see its own transaction's writes
    const mine = await app.payload.create({ collection: 'orders', data: orderData(), overrideAccess: true, req })
    expect((await app.payload.findByID({ collection: 'orders', id: mine.id, depth: 1, overrideAccess: true, req })).customer).toMatchObject({ id: basics.customer.id })
    await killTransaction(req)
    expect(await app.payload.count({ collection: 'orders', where: { id: { equals: mine.id } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
  })
})
