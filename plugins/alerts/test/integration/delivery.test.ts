import type { DataFromCollectionSlug, Plugin } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { extendCollection, insertsQueuedAtCommit } from '../../../../src/kit'

import { ADMIN, createCommerceBasics, createStaff } from '../../../../test/helpers/fixtures'
import type { DocResponse } from '../../../../test/helpers/api-types'
import { startTestApp, type TestApp } from '../../../../test/helpers/payload'
import { startSmtpSink } from '../../../../test/helpers/smtp-sink'
import { mailPart } from './mail-parts'

// the app's generated types, through Payload's module augmentation (a plugin imports no app file)
type Order = DataFromCollectionSlug<'orders'>

let app: TestApp
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let token: string
let basics: Awaited<ReturnType<typeof createCommerceBasics>>

const TASK = 'event-alerts-order-placed'
const FAIL_AFTER_EMIT = 'x-test-fail-after-emit'

/**
 * A probe that fails the order's transaction after the order was written and its event emitted: an afterChange hook
 * running after the order's own (which emits `order.placed`). It first checks, inside the transaction, that the
 * event's job waits for the commit (src/kit/commit-inserts.ts), so the rollback test
 * proves the outbox rolls back with the order, not that nothing was ever emitted.
 */
const queuedBeforeFailure: number[] = []
const failAfterEmit: Plugin = (config) =>
  extendCollection(config, 'test-probe', 'orders', {
    hooks: {
      afterChange: [
        async ({ req }) => {
          if (!req.headers.get(FAIL_AFTER_EMIT)) return
          queuedBeforeFailure.push(await insertsQueuedAtCommit(req))
          throw new Error('failing after the event was emitted')
        },
      ],
    },
  })

beforeAll(async () => {
  sink = await startSmtpSink()
  process.env.SMTP_URL = sink.url
  process.env.BUREAU_SERVER_URL = 'http://bureau.test'
  app = await startTestApp({ extraPlugins: [failAfterEmit] })
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  token = await app.login(ADMIN.email, ADMIN.password)
  const website = await app.rest.patch(`/websites/${basics.website.id}`, {
    token,
    body: { orderAlertRecipients: ['sales@test.local', 'ops@test.local'] },
  })
  expect(website.status).toBe(200)
})
afterAll(async () => {
  await app?.close()
  await sink?.stop()
  delete process.env.SMTP_URL
  delete process.env.BUREAU_SERVER_URL
})

const pendingJobs = async () =>
  (
    await app.payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: TASK } }, { completedAt: { exists: false } }] },
      overrideAccess: true,
    })
  ).docs

const placeOrder = (body: Record<string, unknown> = {}) =>
  app.rest.post<DocResponse<Order>>('/orders', {
    token,
    body: { customer: basics.customer.id, website: basics.website.id, currency: 'USD', lines: [{ product: basics.screw.id, quantity: 30 }, { product: basics.drill.id, quantity: 1 }], ...body },
  })

/**
 * The guarantees the new-order alert always had, now the built-in rule `default:staff-order-placed`: queued with the
 * order, sent by the job runner, retried when refused, never for an order that rolled back, once however many
 * runners run the job.
 */
describe('order.placed reaches staff by email through the job runner', () => {
  it('queues the delivery with the order and sends it over SMTP when the runner runs', async () => {
    const response = await placeOrder()
    expect(response.status).toBe(201)
    const order = response.body.doc
    const jobs = await pendingJobs()
    expect(jobs).toHaveLength(1)
    expect(jobs[0].input).toMatchObject({ event: 'order.placed', data: { orderId: order.id, orderNumber: order.orderNumber } })
    expect(sink.received).toHaveLength(0)

    await app.payload.jobs.run({ queue: 'default' })

    expect(await pendingJobs()).toHaveLength(0)
    // one message per recipient: each is written in its reader's language and recorded on its own
    expect(sink.received.map((mail) => mail.to).sort()).toEqual([['ops@test.local'], ['sales@test.local']])
    const mail = sink.received[0]
    expect(sink.received[1].subject).toBe(mail.subject)
    expect(mail.subject).toBe(`New order ${order.orderNumber} from Acme Corp: $160.29`)
    expect(mailPart(mail, 'text/plain')).toContain('30 × SCREW Screw @ $1.01 = $30.30')
    expect(mailPart(mail, 'text/html')).toContain('30 × SCREW Screw @ $1.01 = $30.30<br>')
    expect(mailPart(mail, 'text/plain')).toContain(`Open it: http://bureau.test/admin/collections/orders/${order.id}`)
  })

  it('retries a delivery the mail server refused, resending only the refused message on the next run', async () => {
    sink.received.length = 0
    sink.rejectNext(1)
    const order = (await placeOrder()).body.doc
    await app.payload.jobs.run({ queue: 'default' })
    const [job] = await pendingJobs()
    expect(job.totalTried).toBe(1)
    expect(job.hasError).toBe(false)
    expect(sink.received).toHaveLength(1)
    const [accepted] = sink.received[0].to
    const records = async () =>
      (await app.payload.find({ collection: 'notifications', where: { order: { equals: order.id } }, sort: 'recipient', overrideAccess: true })).docs.map(
        (record) => [record.recipient, record.status, record.attempts],
      )
    const refused = accepted === 'ops@test.local' ? 'sales@test.local' : 'ops@test.local'
    expect(await records()).toEqual([[accepted, 'sent', 1], [refused, 'failed', 1]].sort())

    await app.payload.jobs.run({ queue: 'default' })
    expect(await pendingJobs()).toHaveLength(0)
    expect(sink.received.map((mail) => mail.to[0])).toEqual([accepted, refused])
    expect(await records()).toEqual([[accepted, 'sent', 1], [refused, 'sent', 2]].sort())
  })

  it('sends one email per recipient and keeps one notification each when four runners run the same delivery at once', async () => {
    sink.received.length = 0
    const order = (await placeOrder()).body.doc
    // Payload's runner claims without a lock, so concurrent runs really do run the job several times (FACTS.md)
    await Promise.all(Array.from({ length: 4 }, () => app.payload.jobs.run({ queue: 'default' })))
    expect(await pendingJobs()).toHaveLength(0)
    expect(sink.received.filter((mail) => mail.subject.startsWith(`New order ${order.orderNumber}`)).map((mail) => mail.to[0]).sort()).toEqual(['ops@test.local', 'sales@test.local'])
    const records = await app.payload.find({ collection: 'notifications', where: { order: { equals: order.id } }, overrideAccess: true })
    expect(records.docs.map((record) => [record.recipient, record.status, record.attempts, record.ruleKey]).sort()).toEqual([
      ['ops@test.local', 'sent', 1, 'default:staff-order-placed'],
      ['sales@test.local', 'sent', 1, 'default:staff-order-placed'],
    ])
  })

  it('queues nothing for an order that failed validation', async () => {
    const before = (await app.payload.count({ collection: 'payload-jobs', overrideAccess: true })).totalDocs
    const response = await placeOrder({ currency: 'XXX' })
    expect(response.status).toBe(400)
    expect((await app.payload.count({ collection: 'payload-jobs', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('rolls the queued alert back with an order whose transaction fails after the event was emitted', async () => {
    const jobs = async () => (await app.payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: TASK } }, overrideAccess: true })).totalDocs
    const orders = async () => (await app.payload.count({ collection: 'orders', overrideAccess: true })).totalDocs
    const [jobsBefore, ordersBefore, mailsBefore] = [await jobs(), await orders(), sink.received.length]
    const response = await app.rest.post('/orders', {
      token,
      headers: { [FAIL_AFTER_EMIT]: '1' },
      body: { customer: basics.customer.id, website: basics.website.id, currency: 'USD', lines: [{ product: basics.screw.id, quantity: 1 }] },
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    // the event deliveries' insert (the audit trail's hook runs after this probe: extraPlugins come before audit)
    expect(queuedBeforeFailure).toEqual([1])
    expect(await jobs()).toBe(jobsBefore)
    expect(await orders()).toBe(ordersBefore)
    await app.payload.jobs.run({ queue: 'default' })
    expect(sink.received).toHaveLength(mailsBefore)
  })
})

describe('switching the plugin off', () => {
  it('boots without its collections and the website field, and queues no alert', async () => {
    await app.close()
    app = await startTestApp({ plugins: { alerts: { enabled: false } }, freshDatabase: true })
    await createStaff(app.payload)
    basics = await createCommerceBasics(app.payload)
    token = await app.login(ADMIN.email, ADMIN.password)
    const fields = app.payload.collections.websites.config.fields.map((field) => ('name' in field ? field.name : ''))
    expect(fields).not.toContain('orderAlertRecipients')
    expect(app.payload.collections['alert-rules' as never]).toBeUndefined()
    expect(app.payload.collections['notifications' as never]).toBeUndefined()
    expect(app.payload.config.jobs.tasks?.map((task) => task.slug) ?? []).not.toContain(TASK)
    expect((await placeOrder()).status).toBe(201)
  })
})
