/**
 * The order workflow on every door (rules in collections/sales/rules/order-workflow.ts, pinned by
 * test/unit/sales/order-workflow.test.ts): the transition action over REST and GraphQL for every pair of order
 * statuses and of line statuses, raw saves (REST PATCH, GraphQL updateOrder, local API), reasons, the history, the
 * order following its lines, and concurrent changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { orderSystemChange } from '../../collections/sales/order-system-change'
import { LINE_STATUSES, nextLineStatuses, nextOrderStatuses, ORDER_STATUSES, type LineStatus, type OrderStatus } from '../../collections/sales/rules/order-workflow'
import type { Order } from '../../src/payload-types'
import type { DocResponse, GraphQLResponse, ValidationErrorResponse } from '../helpers/api-types'
import { ADMIN, createCommerceBasics, createStaff } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let token: string
let adminId: number
let basics: Awaited<ReturnType<typeof createCommerceBasics>>

beforeAll(async () => {
  app = await startTestApp()
  adminId = (await createStaff(app.payload)).admin.id
  basics = await createCommerceBasics(app.payload)
  token = await app.login(ADMIN.email, ADMIN.password)
})
afterAll(() => app?.close())

type Move = { status?: string; lines?: Array<{ id: string; status: string }>; reason?: string; note?: string }
/** What a door answered: the HTTP status (GraphQL: the error's statusCode, 200 without error) and the field named. */
type Answer = { status: number; path: string | null; doc: Order | null }

const firstPath = (errors: Array<{ extensions?: { data?: { errors?: Array<{ path: string }> } }; data?: { errors?: Array<{ path: string }> } }> | undefined) =>
  errors?.[0]?.extensions?.data?.errors?.[0]?.path ?? errors?.[0]?.data?.errors?.[0]?.path ?? null

const DOORS: Record<'rest' | 'graphql', (id: number, move: Move) => Promise<Answer>> = {
  rest: async (id, move) => {
    const response = await app.rest.post<DocResponse<Order> & Partial<ValidationErrorResponse>>(`/orders/${id}/transition`, { token, body: move })
    return { status: response.status, path: firstPath(response.body.errors), doc: response.status === 200 ? response.body.doc : null }
  },
  graphql: async (id, move) => {
    const query = `mutation ($id: Int!, $status: String, $lines: [OrderLineTransitionInput!], $reason: String, $note: String) {
      transitionOrder(id: $id, status: $status, lines: $lines, reason: $reason, note: $note) { id status shippingStatus lines { id status } }
    }`
    type Errors = Array<{ extensions?: { statusCode?: number; data?: { errors?: Array<{ path: string }> } } }>
    const response = await app.graphql<GraphQLResponse<{ transitionOrder: Order | null }> & { errors?: Errors }>(query, { id, ...move }, token)
    const error = response.body.errors?.[0]
    return { status: error ? (error.extensions?.statusCode ?? 500) : 200, path: firstPath(response.body.errors), doc: response.body.data?.transitionOrder ?? null }
  },
}

const SET_UP = orderSystemChange('test set-up')

/** An order already in `status` with lines in `lines`, put there by trusted code (the workflow's system door). */
async function orderIn(status: OrderStatus, lines: LineStatus[] = ['pending', 'pending']): Promise<Order> {
  const data = { customer: basics.customer.id, currency: 'USD', lines: lines.map((lineStatus) => ({ product: basics.screw.id, quantity: 1, status: lineStatus })) }
  if (status !== 'onHold') return app.payload.create({ collection: 'orders', data: { ...data, status }, context: SET_UP, overrideAccess: true, depth: 0 })
  // held orders know where they were held from: hold a processing order the ordinary way
  const processing = await app.payload.create({ collection: 'orders', data: { ...data, status: 'processing' }, context: SET_UP, overrideAccess: true, depth: 0 })
  return app.payload.update({ collection: 'orders', id: processing.id, data: { status: 'onHold', statusReason: 'fraudSuspected' }, overrideAccess: true, depth: 0 })
}

const stored = (id: number) => app.payload.findByID({ collection: 'orders', id, overrideAccess: true, depth: 0 })

/** The lines an order in `status` has in these tests, so the statuses agree with each other. */
const linesFor = (status: OrderStatus): LineStatus[] =>
  status === 'partiallyShipped' ? ['shipped', 'pending'] : status === 'shipped' ? ['shipped', 'shipped'] : status === 'completed' || status === 'closed' ? ['delivered', 'delivered'] : status === 'cancelled' ? ['cancelled', 'cancelled'] : ['pending', 'pending']

describe.each(['rest', 'graphql'] as const)('every order transition through %s', (door) => {
  it.each(ORDER_STATUSES)('from %s: the allowed moves answer 200 with a history row, the others 409 naming status and write nothing', async (from) => {
    const forbiddenProbe = await orderIn(from, linesFor(from))
    const allowed = nextOrderStatuses(from, from === 'onHold' ? 'processing' : null)
    for (const to of ORDER_STATUSES.filter((status) => status !== from)) {
      if (allowed.includes(to)) {
        const order = await orderIn(from, linesFor(from))
        const answer = await DOORS[door](order.id, { status: to, reason: 'customerRequest', note: `${from} → ${to}` })
        expect(answer, `${from} → ${to}`).toMatchObject({ status: 200, doc: { status: to } })
        // the order's own row (cancelling also adds a row per line it cancels)
        const history = ((await stored(order.id)).statusHistory ?? []).filter((row) => !row.lineId)
        expect(history.at(-1) ?? null, `${from} → ${to}`).toMatchObject({ from, to, by: adminId, source: 'user', reason: 'customerRequest', note: `${from} → ${to}` })
      } else {
        const answer = await DOORS[door](forbiddenProbe.id, { status: to, reason: 'customerRequest' })
        expect(answer, `${from} → ${to}`).toMatchObject({ status: 409, path: 'status' })
      }
    }
    const after = await stored(forbiddenProbe.id)
    expect(after.status).toBe(from)
    expect(after.updatedAt).toBe(forbiddenProbe.updatedAt)
  }, 120_000)

  it.each(LINE_STATUSES)('a line from %s in a partially shipped order: allowed moves 200, the others 409 naming lines.0.status', async (from) => {
    const probe = await orderIn('partiallyShipped', [from, 'shipped'])
    const allowed = nextLineStatuses(from, 'partiallyShipped')
    for (const to of LINE_STATUSES.filter((status) => status !== from)) {
      const order = allowed.includes(to) ? await orderIn('partiallyShipped', [from, 'shipped']) : probe
      const answer = await DOORS[door](order.id, { lines: [{ id: order.lines[0].id!, status: to }], reason: 'damaged' })
      if (allowed.includes(to)) {
        expect(answer, `${from} → ${to}`).toMatchObject({ status: 200, doc: { lines: [{ status: to }, { status: 'shipped' }] } })
        expect((await stored(order.id)).statusHistory?.find((row) => row.lineId === order.lines[0].id)).toMatchObject({ from, to, sku: 'SCREW', reason: 'damaged', by: adminId })
      } else {
        expect(answer, `${from} → ${to}`).toMatchObject({ status: 409, path: 'lines.0.status' })
      }
    }
    expect((await stored(probe.id)).updatedAt).toBe(probe.updatedAt)
  }, 120_000)

  it('asks for a reason to cancel, hold and return (400 naming reason), and for the note with "other"', async () => {
    const order = await orderIn('confirmed')
    expect(await DOORS[door](order.id, { status: 'cancelled' })).toMatchObject({ status: 400, path: 'reason' })
    expect(await DOORS[door](order.id, { status: 'onHold' })).toMatchObject({ status: 400, path: 'reason' })
    expect(await DOORS[door](order.id, { status: 'onHold', reason: 'other' })).toMatchObject({ status: 400, path: 'note' })
    expect(await DOORS[door](order.id, { status: 'onHold', reason: 'bored' })).toMatchObject({ status: 400, path: 'reason' })
    const shipped = await orderIn('shipped', ['shipped', 'shipped'])
    expect(await DOORS[door](shipped.id, { lines: [{ id: shipped.lines[0].id!, status: 'returned' }] })).toMatchObject({ status: 400, path: 'reason' })
    expect((await stored(order.id)).updatedAt).toBe(order.updatedAt)
    expect((await stored(shipped.id)).updatedAt).toBe(shipped.updatedAt)
  })

  it('answers 404 for an unknown order and 400 naming the field for bad input', async () => {
    expect(await DOORS[door](999_999, { status: 'confirmed' })).toMatchObject({ status: 404 })
    const order = await orderIn('pending')
    expect(await DOORS[door](order.id, { status: 'sideways' })).toMatchObject({ status: 400, path: 'status' })
    expect(await DOORS[door](order.id, {})).toMatchObject({ status: 400, path: 'status' })
    expect(await DOORS[door](order.id, { lines: [{ id: 'no-such-line', status: 'shipped' }] })).toMatchObject({ status: 400, path: 'lines.0.id' })
    expect(await DOORS[door](order.id, { lines: [{ id: order.lines[0].id!, status: 'lost' }] })).toMatchObject({ status: 400, path: 'lines.0.status' })
  })
})

describe('the order follows its lines, through the action', () => {
  it('confirm, ship one line, ship the other, deliver both, close: the order and its shipping status follow', async () => {
    const order = await app.payload.create({ collection: 'orders', data: { customer: basics.customer.id, currency: 'USD', lines: [{ product: basics.screw.id, quantity: 3 }, { product: basics.drill.id, quantity: 1 }] }, overrideAccess: true, depth: 0 })
    const [screws, drill] = order.lines.map((line) => line.id!)
    const step = async (move: Move) => {
      const answer = await DOORS.rest(order.id, move)
      expect(answer.status).toBe(200)
      return answer.doc!
    }
    expect(await step({ status: 'confirmed' })).toMatchObject({ status: 'confirmed', shippingStatus: 'notShipped' })
    expect(await step({ lines: [{ id: screws, status: 'shipped' }] })).toMatchObject({ status: 'partiallyShipped', shippingStatus: 'partiallyShipped' })
    expect(await step({ lines: [{ id: drill, status: 'allocated' }] })).toMatchObject({ status: 'partiallyShipped' })
    expect(await step({ lines: [{ id: drill, status: 'shipped' }] })).toMatchObject({ status: 'shipped', shippingStatus: 'shipped' })
    expect(await step({ lines: [{ id: screws, status: 'delivered' }, { id: drill, status: 'delivered' }] })).toMatchObject({ status: 'completed', shippingStatus: 'delivered' })
    expect(await step({ status: 'closed' })).toMatchObject({ status: 'closed' })
    const history = (await stored(order.id)).statusHistory ?? []
    expect(history.map((row) => [row.lineId ? row.sku : 'order', row.from, row.to, row.source])).toEqual([
      ['order', null, 'pending', 'user'],
      ['order', 'pending', 'confirmed', 'user'],
      ['SCREW', 'pending', 'shipped', 'user'],
      ['order', 'confirmed', 'partiallyShipped', 'lines'],
      ['DRILL', 'pending', 'allocated', 'user'],
      ['DRILL', 'allocated', 'shipped', 'user'],
      ['order', 'partiallyShipped', 'shipped', 'lines'],
      ['SCREW', 'shipped', 'delivered', 'user'],
      ['DRILL', 'shipped', 'delivered', 'user'],
      ['order', 'shipped', 'completed', 'lines'],
      ['order', 'completed', 'closed', 'user'],
    ])
  })

  it('cancels the order when its last open line is cancelled, and cancelling an order cancels its lines', async () => {
    const order = await orderIn('processing')
    const [first, second] = order.lines.map((line) => line.id!)
    expect((await DOORS.graphql(order.id, { lines: [{ id: first, status: 'cancelled' }], reason: 'outOfStock' })).doc).toMatchObject({ status: 'processing' })
    expect((await DOORS.graphql(order.id, { lines: [{ id: second, status: 'cancelled' }], reason: 'outOfStock', note: 'supplier gone' })).doc).toMatchObject({ status: 'cancelled' })
    expect((await stored(order.id)).statusHistory?.at(-1)).toMatchObject({ from: 'processing', to: 'cancelled', source: 'lines', reason: 'outOfStock', note: 'supplier gone' })

    const whole = await orderIn('confirmed', ['allocated', 'pending'])
    const cancelled = await DOORS.rest(whole.id, { status: 'cancelled', reason: 'customerRequest' })
    expect(cancelled.doc).toMatchObject({ status: 'cancelled', shippingStatus: 'notShipped', lines: [{ status: 'cancelled' }, { status: 'cancelled' }] })
  })
})

describe('raw saves obey the same workflow', () => {
  it('REST PATCH: 409 naming status or lines.N.status, 400 naming statusReason, 200 for an allowed move', async () => {
    const order = await orderIn('pending')
    const forbidden = await app.rest.patch<ValidationErrorResponse>(`/orders/${order.id}`, { token, body: { status: 'shipped' } })
    expect(forbidden.status).toBe(409)
    expect(firstPath(forbidden.body.errors)).toBe('status')
    const line = await app.rest.patch<ValidationErrorResponse>(`/orders/${order.id}`, { token, body: { lines: [order.lines[0], { ...order.lines[1], status: 'delivered' }] } })
    expect(line.status).toBe(409)
    expect(firstPath(line.body.errors)).toBe('lines.1.status')
    const noReason = await app.rest.patch<ValidationErrorResponse>(`/orders/${order.id}`, { token, body: { status: 'cancelled' } })
    expect(noReason.status).toBe(400)
    expect(firstPath(noReason.body.errors)).toBe('statusReason')
    const held = await app.rest.patch<DocResponse<Order>>(`/orders/${order.id}`, { token, body: { status: 'onHold', statusReason: 'paymentFailed', statusNote: 'card declined twice' } })
    expect(held.status).toBe(200)
    expect(held.body.doc).toMatchObject({ status: 'onHold', heldFrom: 'pending' })
    expect(held.body.doc.statusHistory?.at(-1)).toMatchObject({ from: 'pending', to: 'onHold', reason: 'paymentFailed', note: 'card declined twice' })
  })

  it('GraphQL updateOrder: 409 naming status for a forbidden move', async () => {
    const order = await orderIn('completed', ['delivered', 'delivered'])
    type Errors = Array<{ extensions?: { statusCode?: number; data?: { errors?: Array<{ path: string }> } } }>
    const response = await app.graphql<{ data: unknown; errors?: Errors }>(`mutation { updateOrder(id: ${order.id}, data: { status: pending }) { status } }`, undefined, token)
    expect(response.body.errors?.[0]?.extensions?.statusCode).toBe(409)
    expect(firstPath(response.body.errors)).toBe('status')
    expect((await stored(order.id)).status).toBe('completed')
  })

  it('the local API with overrideAccess is no pass: only the system context flag is, and it is recorded as such', async () => {
    const order = await orderIn('pending')
    await expect(app.payload.update({ collection: 'orders', id: order.id, data: { status: 'completed' }, overrideAccess: true })).rejects.toMatchObject({ status: 409 })
    const moved = await app.payload.update({ collection: 'orders', id: order.id, data: { status: 'completed' }, overrideAccess: true, context: orderSystemChange('payments:test') })
    expect(moved.status).toBe('completed')
    expect(moved.statusHistory?.at(-1)).toMatchObject({ from: 'pending', to: 'completed', source: 'system', actor: 'payments:test', by: null })
  })

  it('a new order starts pending (409 naming status otherwise)', async () => {
    const created = await app.rest.post<ValidationErrorResponse>('/orders', { token, body: { customer: basics.customer.id, currency: 'USD', status: 'shipped', lines: [{ product: basics.screw.id, quantity: 1 }] } })
    expect(created.status).toBe(409)
    expect(firstPath(created.body.errors)).toBe('status')
  })
})

describe('concurrent changes', () => {
  it('five confirmations at once: one history row, never a lost update', async () => {
    const order = await orderIn('pending')
    const answers = await Promise.all(Array.from({ length: 5 }, () => DOORS.rest(order.id, { status: 'confirmed' })))
    expect(answers.filter((answer) => answer.status === 200).length).toBeGreaterThanOrEqual(1)
    expect(answers.every((answer) => answer.status === 200 || answer.status === 409)).toBe(true)
    const history = (await stored(order.id)).statusHistory ?? []
    expect(history.filter((row) => row.to === 'confirmed')).toHaveLength(1)
  })

  it('the status event says why: a cancel with a reason and note carries "Customer request: changed their mind"', async () => {
    const order = await orderIn('confirmed')
    expect((await DOORS.rest(order.id, { status: 'cancelled', reason: 'customerRequest', note: 'changed their mind' })).status).toBe(200)
    // the event's deliveries are jobs in the outbox (core lifetime sales subscribes to status changes on every install)
    const jobs = await app.payload.find({ collection: 'payload-jobs', pagination: false, depth: 0, overrideAccess: true })
    const events = jobs.docs
      .map((job) => job.input as { event?: string; data?: { orderId?: number; to?: string; reason?: string | null } })
      .filter((input) => input.event === 'order.statusChanged' && input.data?.orderId === order.id)
    expect(events.length).toBeGreaterThan(0)
    expect(events.map((input) => [input.data?.to, input.data?.reason])).toContainEqual(['cancelled', 'Customer request: changed their mind'])
  })

  it('a save of another field keeps the history (REST PATCH of the payment method after a confirmation)', async () => {
    const order = await orderIn('pending')
    expect((await DOORS.rest(order.id, { status: 'confirmed' })).status).toBe(200)
    const before = (await stored(order.id)).statusHistory ?? []
    expect(before.map((row) => row.to)).toContain('confirmed')
    expect((await app.rest.patch(`/orders/${order.id}`, { token, body: { paymentMethod: 'offline' } })).status).toBe(200)
    expect(((await stored(order.id)).statusHistory ?? []).map((row) => row.id)).toEqual(before.map((row) => row.id))
  })

  it('two lines shipped at once by two requests: both kept, or the loser told to reload (409)', async () => {
    const order = await orderIn('confirmed')
    const answers = await Promise.all(order.lines.map((line) => DOORS.rest(order.id, { lines: [{ id: line.id!, status: 'shipped' }] })))
    const after = await stored(order.id)
    const shippedByAnswer = answers.filter((answer) => answer.status === 200).length
    expect(answers.every((answer) => answer.status === 200 || answer.status === 409)).toBe(true)
    expect(after.lines.filter((line) => line.status === 'shipped')).toHaveLength(shippedByAnswer)
    expect((after.statusHistory ?? []).filter((row) => row.lineId && row.to === 'shipped')).toHaveLength(shippedByAnswer)
  })
})
