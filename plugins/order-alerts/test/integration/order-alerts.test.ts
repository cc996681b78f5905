import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ADMIN, createCommerceBasics, createStaff } from '../../../../test/helpers/fixtures'
import { startTestApp, type TestApp } from '../../../../test/helpers/payload'
import { startSmtpSink } from '../../../../test/helpers/smtp-sink'

let app: TestApp
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let token: string
let basics: Awaited<ReturnType<typeof createCommerceBasics>>

const TASK = 'event-order-alerts-email-staff'

beforeAll(async () => {
  sink = await startSmtpSink()
  process.env.SMTP_URL = sink.url
  process.env.BUREAU_SERVER_URL = 'http://bureau.test'
  app = await startTestApp()
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
  app.rest.post('/orders', {
    token,
    body: { customer: basics.customer.id, website: basics.website.id, currency: 'USD', lines: [{ product: basics.screw.id, quantity: 30 }, { product: basics.drill.id, quantity: 1 }], ...body },
  })

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
    expect(sink.received).toHaveLength(1)
    const mail = sink.received[0]
    expect(mail.to.sort()).toEqual(['ops@test.local', 'sales@test.local'])
    expect(mail.subject).toBe(`New order ${order.orderNumber} from Acme Corp: USD 160.29`)
    expect(mail.text).toContain('30 × SCREW Screw @ USD 1.01 = USD 30.30')
    expect(mail.text).toContain(`Open it: http://bureau.test/admin/collections/orders/${order.id}`)
  })

  it('retries a delivery the mail server refused, and delivers it on the next run', async () => {
    sink.received.length = 0
    sink.rejectNext(1)
    await placeOrder()
    await app.payload.jobs.run({ queue: 'default' })
    const [job] = await pendingJobs()
    expect(job.totalTried).toBe(1)
    expect(job.hasError).toBe(false)
    expect(sink.received).toHaveLength(0)

    await app.payload.jobs.run({ queue: 'default' })
    expect(await pendingJobs()).toHaveLength(0)
    expect(sink.received).toHaveLength(1)
  })

  it('queues nothing for an order that failed validation', async () => {
    const before = (await app.payload.count({ collection: 'payload-jobs', overrideAccess: true })).totalDocs
    const response = await placeOrder({ currency: 'XXX' })
    expect(response.status).toBe(400)
    expect((await app.payload.count({ collection: 'payload-jobs', overrideAccess: true })).totalDocs).toBe(before)
  })
})

describe('switching the plugin off', () => {
  it('boots without the website field and queues no alert', async () => {
    await app.close()
    app = await startTestApp({ plugins: { 'order-alerts': { enabled: false } }, freshDatabase: true })
    await createStaff(app.payload)
    basics = await createCommerceBasics(app.payload)
    token = await app.login(ADMIN.email, ADMIN.password)
    const fields = app.payload.collections.websites.config.fields.map((field) => ('name' in field ? field.name : ''))
    expect(fields).not.toContain('orderAlertRecipients')
    expect(app.payload.config.jobs.tasks?.map((task) => task.slug) ?? []).not.toContain(TASK)
    expect((await placeOrder()).status).toBe(201)
  })
})
