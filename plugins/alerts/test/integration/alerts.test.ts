/**
 * Alert rules end to end on real PostgreSQL, with mail to the local SMTP sink and SMS to a local fake
 * Twilio-compatible server: the built-in rules (staff alert, buyer confirmation, shipment notices), a stored SMS
 * rule, a failing SMS provider retried, stock and task rules; `notifications` on the order over REST and GraphQL;
 * who may read and write rules and notifications.
 */
import { commitTransaction, createLocalReq, initTransaction, type DataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { emitDomainEvent } from '../../../../src/kit'
import type { DocResponse, ErrorResponse, GraphQLResponse, Joined, ListResponse } from '../../../../test/helpers/api-types'
import { drainJobs } from '../../../../test/helpers/drain-jobs'
import { startFakeHttpServer, type FakeHttpServer } from '../../../../test/helpers/fake-http-server'
import { ADMIN, CLERK, createCommerceBasics, createStaff } from '../../../../test/helpers/fixtures'
import { startTestApp, type TestApp } from '../../../../test/helpers/payload'
import { createRole, createStaffUser, PASSWORD } from '../../../../test/helpers/security-world'
import { startSmtpSink } from '../../../../test/helpers/smtp-sink'
import { mailPart, mailSubject } from './mail-parts'

type Order = DataFromCollectionSlug<'orders'>
type Notification = DataFromCollectionSlug<'notifications'>
type AlertRule = DataFromCollectionSlug<'alert-rules'>

const BUYER = { email: 'bea@acme.test', password: 'buyer-password' }
const CLERK_PHONE = '+15550001234'
const SMS_ENV = { SMS_PROVIDER_URL: '', SMS_ACCOUNT_SID: 'AC-alerts', SMS_AUTH_TOKEN: 'sms-secret', SMS_FROM: '+15550000000' }
const NBSP = '\u00a0'

let app: TestApp
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let sms: FakeHttpServer
let basics: Awaited<ReturnType<typeof createCommerceBasics>>
let staff: Awaited<ReturnType<typeof createStaff>>
const tokens = { admin: '', clerk: '', buyer: '' }
let smsRule: AlertRule
const local = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  sink = await startSmtpSink()
  sms = await startFakeHttpServer()
  Object.assign(process.env, { ...SMS_ENV, SMS_PROVIDER_URL: sms.url, SMTP_URL: sink.url, BUREAU_SERVER_URL: 'http://bureau.test' })
  app = await startTestApp()
  staff = await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  await app.payload.update({ collection: 'users', id: staff.clerk.id, data: { phone: CLERK_PHONE }, ...local })
  await app.payload.update({ collection: 'websites', id: basics.website.id, data: { orderAlertRecipients: ['sales@test.local'] }, ...local })
  await app.payload.create({
    collection: 'customer-users',
    data: { ...BUYER, firstName: 'Bea', lastName: 'Buyer', customer: basics.customer.id, notificationLocale: 'de' },
    ...local,
  })
  tokens.admin = await app.login(ADMIN.email, ADMIN.password)
  tokens.clerk = await app.login(CLERK.email, CLERK.password)
  tokens.buyer = await app.login(BUYER.email, BUYER.password, 'customer-users')
})
afterAll(async () => {
  await app?.close()
  await sink?.stop()
  await sms?.close()
  for (const name of [...Object.keys(SMS_ENV), 'SMTP_URL', 'BUREAU_SERVER_URL']) delete process.env[name]
})

const placeOrder = async (lines = [{ product: basics.screw.id, quantity: 30 }, { product: basics.drill.id, quantity: 1 }]) => {
  const response = await app.rest.post<DocResponse<Order>>('/orders', {
    token: tokens.admin,
    body: { customer: basics.customer.id, website: basics.website.id, currency: 'USD', lines },
  })
  expect(response.status).toBe(201)
  return response.body.doc
}
const mailsAbout = (text: string) => sink.received.filter((mail) => mailSubject(mail).includes(text))
const recordsOf = async (order: Order) =>
  (await app.payload.find({ collection: 'notifications', where: { order: { equals: order.id } }, sort: 'recipient', pagination: false, ...local })).docs
const createRule = async (data: Record<string, unknown>) => {
  const response = await app.rest.post<DocResponse<AlertRule>>('/alert-rules', { token: tokens.admin, body: data })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc
}

describe('an order placed', () => {
  it('mails the website staff and the buyer an order confirmation in her language, recorded on the order (REST and GraphQL)', async () => {
    const order = await placeOrder()
    await drainJobs(app.payload)
    const [staffMail] = mailsAbout(`New order ${order.orderNumber}`)
    expect(staffMail.to).toEqual(['sales@test.local'])
    expect(staffMail.subject).toBe(`New order ${order.orderNumber} from Acme Corp: $160.29`)
    const [confirmation] = mailsAbout(`Auftragsbestätigung ${order.orderNumber}`)
    expect(confirmation.to).toEqual([BUYER.email])
    const text = mailPart(confirmation, 'text/plain')
    expect(text).toContain(`30 × SCREW Screw @ 1,01${NBSP}$ = 30,30${NBSP}$`)
    expect(text).toContain(`Gesamt: 160,29${NBSP}$`)

    type OrderWithNotifications = Order & { notifications: Joined<Notification> }
    const rest = await app.rest.get<OrderWithNotifications>(`/orders/${order.id}?depth=1`, { token: tokens.admin })
    const joined = rest.body.notifications.docs as Notification[]
    expect(joined.map((record) => [record.recipient, record.channel, record.status, record.attempts, record.ruleKey, record.event]).sort()).toEqual([
      [BUYER.email, 'email', 'sent', 1, 'default:order-confirmation', 'order.placed'],
      ['sales@test.local', 'email', 'sent', 1, 'default:staff-order-placed', 'order.placed'],
    ])
    const graphql = await app.graphql<GraphQLResponse<{ Order: { notifications: { docs: Array<{ recipient: string; status: string; subject: string }> } } }>>(
      `{ Order(id: ${order.id}) { notifications { docs { recipient status subject } } } }`,
      {},
      tokens.admin,
    )
    expect(graphql.body.data.Order.notifications.docs.map((record) => record.subject).sort()).toEqual([
      `Auftragsbestätigung ${order.orderNumber}`,
      `New order ${order.orderNumber} from Acme Corp: $160.29`,
    ])
  })

  it('texts a stored SMS rule’s message to a staff phone as a Twilio-shaped form post', async () => {
    smsRule = await createRule({
      name: 'Every order → clerk by SMS',
      event: 'orderPlaced',
      channels: ['sms'],
      recipients: { users: [staff.clerk.id] },
      templates: { smsBody: 'Order {{order.number}}: {{order.total}} from {{customer.name}}' },
    })
    const order = await placeOrder()
    await drainJobs(app.payload)
    const texts = sms.received.filter((request) => request.form.get('Body')?.includes(order.orderNumber!))
    expect(texts).toHaveLength(1)
    expect(texts[0].path).toBe('/2010-04-01/Accounts/AC-alerts/Messages.json')
    expect(texts[0].headers.authorization).toBe(`Basic ${Buffer.from('AC-alerts:sms-secret').toString('base64')}`)
    expect(Object.fromEntries(texts[0].form)).toEqual({ To: CLERK_PHONE, From: '+15550000000', Body: `Order ${order.orderNumber}: $160.29 from Acme Corp` })
    const record = (await recordsOf(order)).find((candidate) => candidate.channel === 'sms')
    expect(record).toMatchObject({ recipient: CLERK_PHONE, status: 'sent', attempts: 1, provider: 'http' })
  })

  it('retries an SMS the provider refused with a 500: failed after one attempt, sent after two, the emails sent once', async () => {
    sms.answerNext({ status: 500, body: 'provider down' })
    const order = await placeOrder()
    await app.payload.jobs.run({ queue: 'default' })
    const first = await recordsOf(order)
    // sorted by recipient: the phone, the buyer, the staff address
    expect(first.map((record) => [record.channel, record.status, record.attempts])).toEqual([
      ['sms', 'failed', 1],
      ['email', 'sent', 1],
      ['email', 'sent', 1],
    ])
    expect(first[0].error).toContain('SMS provider answered 500')
    expect(first[0].retryable).toBe(true)

    await app.payload.jobs.run({ queue: 'default' })
    const second = await recordsOf(order)
    expect(second.map((record) => [record.channel, record.status, record.attempts])).toEqual([
      ['sms', 'sent', 2],
      ['email', 'sent', 1],
      ['email', 'sent', 1],
    ])
    expect(sms.received.filter((request) => request.form.get('Body')?.includes(order.orderNumber!))).toHaveLength(2)
    expect(mailsAbout(order.orderNumber!)).toHaveLength(2)
    const listed = await app.rest.get<ListResponse<Notification>>(`/notifications?where[order][equals]=${order.id}&where[channel][equals]=sms`, { token: tokens.admin })
    expect(listed.body.docs.map((record) => [record.status, record.attempts, record.error?.slice(0, 25)])).toEqual([['sent', 2, 'SMS provider answered 500']])
  })
})

describe('shipment notices', () => {
  it('tells the buyer in German when a line ships, and when the whole order ships', async () => {
    const order = await placeOrder()
    await drainJobs(app.payload)
    const lines = order.lines.map((line) => ({ id: line.id, product: line.product, quantity: line.quantity, status: line.status }))
    expect((await app.rest.patch(`/orders/${order.id}`, { token: tokens.admin, body: { status: 'confirmed' } })).status).toBe(200)
    for (const status of ['allocated', 'shipped']) {
      const patched = await app.rest.patch(`/orders/${order.id}`, { token: tokens.admin, body: { lines: [{ ...lines[0], status }, lines[1]] } })
      expect(patched.status).toBe(200)
      await drainJobs(app.payload)
    }
    const [lineNotice] = mailsAbout(`Aus Ihrem Auftrag ${order.orderNumber} versandt: SCREW`)
    expect(lineNotice.to).toEqual([BUYER.email])
    expect(mailPart(lineNotice, 'text/plain')).toContain(`Wir haben 30 × SCREW Screw aus Ihrem Auftrag ${order.orderNumber} versandt.`)
    // nothing for the step to allocated
    expect((await recordsOf(order)).map((record) => record.ruleKey).sort()).toEqual(['default:line-shipped', 'default:order-confirmation', 'default:staff-order-placed', `rule:${smsRule.id}`])

    // The last line ships: the order follows its lines to shipped (collections/sales/rules/order-follows-lines.ts).
    for (const status of ['allocated', 'shipped']) {
      const patched = await app.rest.patch(`/orders/${order.id}`, { token: tokens.admin, body: { lines: [{ ...lines[0], status: 'shipped' }, { ...lines[1], status }] } })
      expect(patched.status).toBe(200)
      await drainJobs(app.payload)
    }
    expect((await app.rest.get<{ status: string }>(`/orders/${order.id}`, { token: tokens.admin })).body.status).toBe('shipped')
    const [orderNotice] = mailsAbout(`Ihr Auftrag ${order.orderNumber} wurde versandt`)
    expect(orderNotice.to).toEqual([BUYER.email])
  })
})

describe('payment failures and CRM contacts', () => {
  it('mails the customer’s CRM contacts and a fixed address when a payment fails, with the gateway’s reason and the amount', async () => {
    await createRule({
      name: 'Payment failed → contacts and finance',
      event: 'orderPaymentFailed',
      channels: ['email'],
      recipients: { contacts: true, emails: ['finance@test.local'] },
    })
    const customer = await app.payload.findByID({ collection: 'customers', id: basics.customer.id, ...local })
    await app.payload.create({
      collection: 'contacts',
      data: { firstName: 'Carla', lastName: 'Contact', account: customer.account as number, emails: [{ email: 'carla@acme.test' }] },
      ...local,
    })
    const order = await placeOrder()
    await drainJobs(app.payload)
    // the payments plugin emits this when a gateway declines; the alerts only see the event
    const req = await createLocalReq({}, app.payload)
    await initTransaction(req)
    await emitDomainEvent(req, 'order.paymentFailed', {
      orderId: order.id,
      orderNumber: order.orderNumber!,
      customer: basics.customer.id,
      currency: 'USD',
      amount: 16_029,
      reason: 'Card declined',
    })
    await commitTransaction(req)
    await drainJobs(app.payload)
    const mails = mailsAbout(`Payment failed for order ${order.orderNumber}`)
    expect(mails.map((mail) => mail.to[0]).sort()).toEqual(['carla@acme.test', 'finance@test.local'])
    expect(mailPart(mails[0], 'text/plain')).toContain(`A payment of $160.29 for order ${order.orderNumber} of Acme Corp failed: Card declined`)
  })
})

describe('stock and task rules', () => {
  it('mails purchasing when inventory reports low stock', async () => {
    await createRule({ name: 'Low stock → purchasing', event: 'stockLow', channels: ['email'], recipients: { emails: ['purchasing@test.local'] } })
    const warehouse = await app.payload.create({ collection: 'warehouses', data: { code: 'MAIN', name: 'Main warehouse', priority: 1 }, ...local })
    const level = await app.payload.create({ collection: 'inventory-levels', data: { product: basics.screw.id, warehouse: warehouse.id, onHand: 40, lowStockThreshold: 5 }, ...local })
    await drainJobs(app.payload)
    await placeOrder([{ product: basics.screw.id, quantity: 36 }])
    await drainJobs(app.payload)
    const mails = sink.received.filter((mail) => mail.to.includes('purchasing@test.local'))
    expect(mails.map(mailSubject)).toEqual(['Low stock: SCREW in Main warehouse'])
    expect(mailPart(mails[0], 'text/plain')).toBe('SCREW Screw is down to 4 in Main warehouse (threshold 5).')
    const [record] = (await app.payload.find({ collection: 'notifications', where: { recipient: { equals: 'purchasing@test.local' } }, ...local })).docs
    expect(record).toMatchObject({ event: 'stock.low', aboutCollection: 'inventory-levels', aboutId: String(level.id), order: null, status: 'sent' })
  })

  it('mails the administrator when a task is done, with the reason given', async () => {
    await createRule({
      name: 'Task done → admin',
      event: 'taskStatusChanged',
      status: 'done',
      channels: ['email'],
      recipients: { users: [staff.admin.id] },
      templates: { emailSubject: 'Done: {{task.title}}', emailBody: '{{task.title}} is {{status.to}} ({{reason}}).\n{{task.url}}' },
    })
    const task = await app.rest.post<DocResponse<{ id: number }>>('/tasks', { token: tokens.admin, body: { title: 'Call Acme' } })
    expect(task.status).toBe(201)
    await drainJobs(app.payload)
    expect((await app.rest.patch(`/tasks/${task.body.doc.id}`, { token: tokens.admin, body: { status: 'inProgress' } })).status).toBe(200)
    expect((await app.rest.patch(`/tasks/${task.body.doc.id}`, { token: tokens.admin, body: { status: 'done', statusReason: 'they reordered' } })).status).toBe(200)
    await drainJobs(app.payload)
    const mails = mailsAbout('Done: Call Acme')
    expect(mails.map((mail) => mail.to)).toEqual([[ADMIN.email]])
    expect(mailPart(mails[0], 'text/plain')).toBe(`Call Acme is Done (they reordered).\nhttp://bureau.test/admin/collections/tasks/${task.body.doc.id}`)
  })
})

describe('who reads and writes rules and notifications', () => {
  it('lets staff read rules and notifications, and never anonymous visitors or customer users (REST)', async () => {
    for (const path of ['/alert-rules', '/notifications']) {
      expect((await app.rest.get(path)).status, path).toBe(403)
      expect((await app.rest.get(path, { token: tokens.buyer })).status, path).toBe(403)
      const clerk = await app.rest.get<ListResponse<unknown>>(path, { token: tokens.clerk })
      expect([clerk.status, clerk.body.totalDocs > 0]).toEqual([200, true])
    }
  })

  it('shows a notification about an order only to staff whose role reaches the order', async () => {
    const role = await createRole(app.payload, 'own-orders', [{ collection: 'orders', read: 'own', create: 'own', update: 'none', delete: 'none' }])
    const sellerUser = await createStaffUser(app.payload, 'seller@test.local', [], [role.id])
    const seller = await app.login('seller@test.local', PASSWORD)
    // placed in the seller's name (it owns the order); its role reaches no customers or products to do it itself
    const placed = await app.payload.create({
      collection: 'orders',
      data: { customer: basics.customer.id, website: basics.website.id, currency: 'USD', lines: [{ product: basics.drill.id, quantity: 1 }] },
      user: sellerUser,
      overrideAccess: true,
      depth: 0,
    })
    expect(placed.owner).toBe(sellerUser.id)
    const own = { body: { doc: placed } }
    await drainJobs(app.payload)
    const orderIds = async (token: string) => {
      const listed = await app.rest.get<ListResponse<Notification>>('/notifications?limit=200&depth=0', { token })
      return [...new Set(listed.body.docs.map((record) => record.order))]
    }
    // the seller reaches its own order's alerts and those about no order (the stock rule's); the clerk, no order's
    expect(await orderIds(seller)).toEqual(expect.arrayContaining([own.body.doc.id, null]))
    expect((await orderIds(seller)).filter((id) => id !== null)).toEqual([own.body.doc.id])
    expect(await orderIds(tokens.clerk)).toEqual([null])
    expect((await orderIds(tokens.admin)).length).toBeGreaterThan(3)
    const joined = await app.graphql<GraphQLResponse<{ Order: { notifications: { docs: unknown[] } } | null }>>(
      `{ Order(id: ${own.body.doc.id}) { notifications { docs { recipient } } } }`,
      {},
      seller,
    )
    expect(joined.body.data.Order?.notifications.docs.length).toBeGreaterThan(0)
  })

  it('answers the same through GraphQL', async () => {
    const query = '{ AlertRules { docs { id name } } Notifications { docs { id status } } }'
    type Answer = GraphQLResponse<{ AlertRules: { docs: unknown[] } | null; Notifications: { docs: unknown[] } | null }>
    for (const token of [undefined, tokens.buyer]) {
      const denied = await app.graphql<Answer>(query, {}, token)
      expect([denied.body.data.AlertRules, denied.body.data.Notifications]).toEqual([null, null])
      expect(denied.body.errors?.map((error) => error.extensions?.statusCode)).toEqual([403, 403])
    }
    const clerk = await app.graphql<Answer>(query, {}, tokens.clerk)
    expect(clerk.body.data.AlertRules?.docs.length).toBeGreaterThan(0)
    expect(clerk.body.data.Notifications?.docs.length).toBeGreaterThan(0)
    const admin = await app.graphql<Answer>(query, {}, tokens.admin)
    expect(admin.body.data.Notifications!.docs.length).toBeGreaterThan(clerk.body.data.Notifications!.docs.length)
  })

  it('lets administrators only write rules', async () => {
    const rule = { name: 'Clerk’s rule', event: 'orderPlaced', channels: ['email'], recipients: { emails: ['x@test.local'] } }
    expect((await app.rest.post('/alert-rules', { token: tokens.clerk, body: rule })).status).toBe(403)
    expect((await app.rest.post('/alert-rules', { token: tokens.buyer, body: rule })).status).toBe(403)
    const created = await createRule(rule)
    expect((await app.rest.patch(`/alert-rules/${created.id}`, { token: tokens.clerk, body: { active: false } })).status).toBe(403)
    expect((await app.rest.delete(`/alert-rules/${created.id}`, { token: tokens.admin })).status).toBe(200)
  })

  it('keeps notifications read-only, even for administrators (REST and GraphQL)', async () => {
    const before = (await app.payload.count({ collection: 'notifications', overrideAccess: true })).totalDocs
    const [record] = (await app.payload.find({ collection: 'notifications', limit: 1, ...local })).docs
    expect((await app.rest.post('/notifications', { token: tokens.admin, body: { channel: 'email', recipient: 'x@test.local', status: 'sent' } })).status).toBe(403)
    expect((await app.rest.patch(`/notifications/${record.id}`, { token: tokens.admin, body: { status: 'failed' } })).status).toBe(403)
    expect((await app.rest.delete(`/notifications/${record.id}`, { token: tokens.admin })).status).toBe(403)
    const mutation = await app.graphql<GraphQLResponse<unknown>>(`mutation { updateNotification(id: ${record.id}, data: { status: failed }) { id } }`, {}, tokens.admin)
    expect(mutation.body.errors?.[0].extensions?.statusCode).toBe(403)
    expect((await app.payload.count({ collection: 'notifications', overrideAccess: true })).totalDocs).toBe(before)
    expect((await app.payload.findByID({ collection: 'notifications', id: record.id, ...local })).status).toBe(record.status)
  })

  it('refuses a rule that could not work with a 400 naming the field, and writes nothing (REST and GraphQL)', async () => {
    const before = (await app.payload.count({ collection: 'alert-rules', overrideAccess: true })).totalDocs
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ event: 'stockLow', recipients: { customer: 'users' } }, 'recipients.customer'],
      [{ event: 'orderPlaced', recipients: { phones: ['555-0100'] } }, 'recipients.phones'],
      [{ event: 'orderPlaced', status: 'shipped', recipients: { websiteStaff: true } }, 'status'],
      [{ event: 'orderPlaced', recipients: {} }, 'recipients'],
      [{ event: 'orderPlaced', conditions: { grandTotalAbove: 50_000 }, recipients: { websiteStaff: true } }, 'conditions.currency'],
    ]
    for (const [body, path] of cases) {
      const response = await app.rest.post<ErrorResponse>('/alert-rules', { token: tokens.admin, body: { name: 'Bad', channels: ['email'], ...body } })
      expect([response.status, response.body.errors[0].data?.errors?.map((error) => error.path)]).toEqual([400, [path]])
    }
    const graphql = await app.graphql<GraphQLResponse<unknown>>(
      'mutation { createAlertRule(data: { name: "Bad", event: orderPlaced, channels: [email], recipients: { emails: ["not-an-email"] } }) { id } }',
      {},
      tokens.admin,
    )
    const error = graphql.body.errors?.[0] as { extensions?: { statusCode?: number; data?: { errors?: Array<{ path: string }> } } } | undefined
    expect([error?.extensions?.statusCode, error?.extensions?.data?.errors?.map((issue) => issue.path)]).toEqual([400, ['recipients.emails']])
    expect((await app.payload.count({ collection: 'alert-rules', overrideAccess: true })).totalDocs).toBe(before)
  })
})
