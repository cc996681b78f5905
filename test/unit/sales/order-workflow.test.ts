import { describe, expect, it } from 'vitest'

import { planOrderChange, type OrderChangeRequest, type PlannedLine } from '../../../collections/sales/rules/plan-order-change'
import { LINE_STATUSES, nextLineStatuses, nextOrderStatuses, ORDER_STATUSES, type LineStatus, type OrderStatus } from '../../../collections/sales/rules/order-workflow'

/**
 * The workflow written out by hand, independently of the tables in order-workflow.ts: every pair not listed here
 * must be refused. Statuses a held order goes back to depend on where it was held from (tested below).
 */
const USER_MOVES: Record<OrderStatus, OrderStatus[]> = {
  pending: ['confirmed', 'onHold', 'cancelled'],
  confirmed: ['processing', 'onHold', 'cancelled'],
  processing: ['onHold', 'cancelled'],
  partiallyShipped: [],
  shipped: ['completed'],
  completed: ['closed'],
  onHold: ['cancelled'],
  cancelled: ['closed'],
  closed: [],
}
const NEEDS_REASON: OrderStatus[] = ['onHold', 'cancelled']

/** Line moves and the order statuses each is allowed in. */
const LINE_MOVES: Partial<Record<`${LineStatus}>${LineStatus}`, OrderStatus[]>> = {
  'pending>allocated': ['confirmed', 'processing', 'partiallyShipped'],
  'pending>shipped': ['confirmed', 'processing', 'partiallyShipped'],
  'allocated>shipped': ['confirmed', 'processing', 'partiallyShipped'],
  'shipped>delivered': ['partiallyShipped', 'shipped'],
  'pending>cancelled': ['pending', 'confirmed', 'processing', 'onHold', 'partiallyShipped', 'cancelled'],
  'allocated>cancelled': ['pending', 'confirmed', 'processing', 'onHold', 'partiallyShipped', 'cancelled'],
  'shipped>returned': ['partiallyShipped', 'shipped', 'completed'],
  'delivered>returned': ['partiallyShipped', 'shipped', 'completed'],
}
const LINE_NEEDS_REASON: LineStatus[] = ['cancelled', 'returned']

const line = (id: string, status: LineStatus): PlannedLine => ({ id, sku: `SKU-${id}`, status })

/** A save of an order in `from` asking for `to`, its lines kept as they are. */
type RequestOptions = Partial<Omit<OrderChangeRequest, 'lines'>> & { lines?: LineStatus[]; heldFrom?: OrderStatus | null }
function request(from: OrderStatus, to: OrderStatus, { lines = ['pending', 'pending'], heldFrom = null, ...options }: RequestOptions = {}): OrderChangeRequest {
  const stored = lines.map((status, index) => line(String(index + 1), status))
  return {
    before: { status: from, heldFrom, lines: stored },
    status: to,
    lines: stored.map((was) => ({ line: was, was })),
    reason: null,
    note: null,
    system: false,
    ...options,
  }
}

/** Lines that let an order sit in `status` (a shipped order has shipped lines, a completed one delivered lines). */
const linesFor = (status: OrderStatus): LineStatus[] =>
  status === 'partiallyShipped' ? ['shipped', 'pending'] : status === 'shipped' ? ['shipped', 'shipped'] : status === 'completed' || status === 'closed' ? ['delivered', 'delivered'] : status === 'cancelled' ? ['cancelled', 'cancelled'] : ['pending', 'pending']

describe('order transitions a user may make (every pair of statuses)', () => {
  const pairs = ORDER_STATUSES.flatMap((from) => ORDER_STATUSES.filter((to) => to !== from).map((to) => [from, to] as const))
  it.each(pairs)('%s → %s', (from, to) => {
    const plan = planOrderChange(request(from, to, { reason: 'customerRequest', lines: linesFor(from), heldFrom: from === 'onHold' ? 'processing' : null }))
    const allowed = USER_MOVES[from].includes(to) || (from === 'onHold' && to === 'processing')
    if (allowed) expect(plan).toMatchObject({ ok: true, status: to })
    else expect(plan).toMatchObject({ ok: false, kind: 'conflict', path: 'status' })
  })

  it('lists the same moves as the table answers', () => {
    for (const from of ORDER_STATUSES) expect(nextOrderStatuses(from).sort()).toEqual([...USER_MOVES[from]].sort())
  })

  it.each(NEEDS_REASON)('asks why an order goes to %s (400 naming reason), and takes a reason from the list only', (to) => {
    expect(planOrderChange(request('pending', to))).toMatchObject({ ok: false, kind: 'invalid', path: 'reason' })
    expect(planOrderChange(request('pending', to, { reason: 'becauseISaidSo' }))).toMatchObject({ ok: false, kind: 'invalid', path: 'reason' })
    expect(planOrderChange(request('pending', to, { reason: 'other' }))).toMatchObject({ ok: false, kind: 'invalid', path: 'note' })
    expect(planOrderChange(request('pending', to, { reason: 'other', note: 'customer moved abroad' }))).toMatchObject({ ok: true, status: to })
  })

  it('confirms without a reason and records who moved it, from and to', () => {
    expect(planOrderChange(request('pending', 'confirmed', { note: 'called the buyer' }))).toEqual({
      ok: true,
      status: 'confirmed',
      heldFrom: null,
      lineStatuses: ['pending', 'pending'],
      shippingStatus: 'notShipped',
      history: [{ from: 'pending', to: 'confirmed', source: 'user', lineId: null, sku: null, reason: null, note: 'called the buyer' }],
    })
  })
})

describe('holding and releasing an order', () => {
  it.each(['pending', 'confirmed', 'processing'] as const)('holds a %s order and releases it only back there', (from) => {
    const held = planOrderChange(request(from, 'onHold', { reason: 'fraudSuspected' }))
    expect(held).toMatchObject({ ok: true, status: 'onHold', heldFrom: from })
    for (const to of ['pending', 'confirmed', 'processing'] as const) {
      const released = planOrderChange(request('onHold', to, { heldFrom: from }))
      if (to === from) expect(released).toMatchObject({ ok: true, status: from, heldFrom: null })
      else expect(released).toMatchObject({ ok: false, kind: 'conflict', path: 'status' })
    }
    expect(nextOrderStatuses('onHold', from)).toEqual([from, 'cancelled'])
  })
})

describe('line transitions (every pair of line statuses, in every order status)', () => {
  const cases = ORDER_STATUSES.flatMap((order) => LINE_STATUSES.flatMap((from) => LINE_STATUSES.filter((to) => to !== from).map((to) => [order, from, to] as const)))
  it.each(cases)('order %s: line %s → %s', (order, from, to) => {
    const plan = planOrderChange({ ...request(order, order, { lines: [from] }), lines: [{ was: line('1', from), line: line('1', to) }], reason: 'damaged' })
    const allowed = LINE_MOVES[`${from}>${to}`]?.includes(order) === true
    if (allowed) expect(plan).toMatchObject({ ok: true, lineStatuses: [to] })
    else expect(plan).toMatchObject({ ok: false, kind: 'conflict', path: 'lines.0.status' })
  })

  it('lists the same moves as the table answers', () => {
    for (const order of ORDER_STATUSES) {
      for (const from of LINE_STATUSES) {
        const expected = LINE_STATUSES.filter((to) => LINE_MOVES[`${from}>${to}`]?.includes(order))
        expect(nextLineStatuses(from, order)).toEqual(expected)
      }
    }
  })

  it.each(LINE_NEEDS_REASON)('asks why a line goes to %s, naming reason', (to) => {
    const from: LineStatus = to === 'returned' ? 'shipped' : 'pending'
    const plan = planOrderChange({ ...request('partiallyShipped', 'partiallyShipped', { lines: [from, 'shipped'] }), lines: [{ was: line('1', from), line: line('1', to) }, { was: line('2', 'shipped'), line: line('2', 'shipped') }] })
    expect(plan).toMatchObject({ ok: false, kind: 'invalid', path: 'reason' })
  })

  it('names the line by its position in the save', () => {
    const lines = [
      { was: line('1', 'pending'), line: line('1', 'shipped') },
      { was: line('2', 'shipped'), line: line('2', 'pending') },
    ]
    expect(planOrderChange({ ...request('confirmed', 'confirmed'), lines })).toMatchObject({ ok: false, kind: 'conflict', path: 'lines.1.status', message: 'A line cannot go from Shipped to Pending.' })
  })

  it('starts a new order and every new line pending', () => {
    const create = (status: OrderStatus, lineStatus: LineStatus): OrderChangeRequest => ({ before: null, status, lines: [{ was: null, line: line('a', lineStatus) }], reason: null, note: null, system: false })
    expect(planOrderChange(create('pending', 'pending'))).toMatchObject({ ok: true, history: [{ from: null, to: 'pending', source: 'user' }] })
    expect(planOrderChange(create('confirmed', 'pending'))).toMatchObject({ ok: false, path: 'status' })
    expect(planOrderChange(create('pending', 'shipped'))).toMatchObject({ ok: false, path: 'lines.0.status' })
  })
})

describe('the order follows its lines', () => {
  const ship = (order: OrderStatus, before: LineStatus[], after: LineStatus[], to: OrderStatus = order, reason: string | null = null) =>
    planOrderChange({ ...request(order, to, { lines: before }), lines: after.map((status, index) => ({ was: line(String(index + 1), before[index]), line: line(String(index + 1), status) })), reason })

  it('ships one of three lines of a confirmed order: partially shipped, with a history row per change', () => {
    expect(ship('confirmed', ['pending', 'allocated', 'pending'], ['shipped', 'allocated', 'pending'])).toMatchObject({
      ok: true,
      status: 'partiallyShipped',
      shippingStatus: 'partiallyShipped',
      history: [
        { from: 'pending', to: 'shipped', source: 'user', lineId: '1', sku: 'SKU-1' },
        { from: 'confirmed', to: 'partiallyShipped', source: 'lines', lineId: null },
      ],
    })
  })

  it('ships the last open line: shipped; a cancelled line does not hold the order back', () => {
    expect(ship('partiallyShipped', ['shipped', 'cancelled', 'allocated'], ['shipped', 'cancelled', 'shipped'])).toMatchObject({ ok: true, status: 'shipped', shippingStatus: 'shipped' })
    expect(ship('partiallyShipped', ['shipped', 'pending'], ['shipped', 'cancelled'], 'partiallyShipped', 'outOfStock')).toMatchObject({ ok: true, status: 'shipped' })
  })

  it('completes the order when every line is delivered (decision: delivery of everything completes it)', () => {
    expect(ship('shipped', ['delivered', 'shipped'], ['delivered', 'delivered'])).toMatchObject({ ok: true, status: 'completed', shippingStatus: 'delivered' })
  })

  it('cancels the order when its last line is cancelled, carrying the line’s reason', () => {
    expect(ship('processing', ['cancelled', 'pending'], ['cancelled', 'cancelled'], 'processing', 'outOfStock')).toMatchObject({
      ok: true,
      status: 'cancelled',
      history: [
        { from: 'pending', to: 'cancelled', lineId: '2', reason: 'outOfStock' },
        { from: 'processing', to: 'cancelled', source: 'lines', reason: 'outOfStock' },
      ],
    })
  })

  it('cancelling the order cancels its open lines', () => {
    expect(planOrderChange(request('confirmed', 'cancelled', { lines: ['allocated', 'pending'], reason: 'customerRequest' }))).toMatchObject({
      ok: true,
      status: 'cancelled',
      lineStatuses: ['cancelled', 'cancelled'],
      history: [{ from: 'confirmed', to: 'cancelled', lineId: null }, { from: 'allocated', to: 'cancelled', lineId: '1' }, { from: 'pending', to: 'cancelled', lineId: '2' }],
    })
  })

  it('accepts "shipped" asked with the lines that make it so, and refuses it otherwise', () => {
    expect(ship('confirmed', ['pending', 'pending'], ['shipped', 'shipped'], 'shipped')).toMatchObject({ ok: true, status: 'shipped' })
    expect(ship('confirmed', ['pending', 'pending'], ['shipped', 'pending'], 'shipped')).toMatchObject({ ok: false, kind: 'conflict', path: 'status' })
  })

  it('keeps a completed order completed when a line comes back', () => {
    expect(ship('completed', ['delivered', 'delivered'], ['returned', 'delivered'], 'completed', 'damaged')).toMatchObject({ ok: true, status: 'completed', shippingStatus: 'delivered' })
  })

  it('lets trusted system code make any move, still recorded as the system’s', () => {
    const plan = planOrderChange({ ...request('pending', 'processing'), system: true })
    expect(plan).toMatchObject({ ok: true, status: 'processing', history: [{ from: 'pending', to: 'processing', source: 'system' }] })
  })
})

describe('one save that moves the order by hand and its lines', () => {
  it('confirms a pending order and ships every line at once: shipped, after confirmed', () => {
    const both = { ...request('pending', 'confirmed'), lines: [{ was: line('1', 'pending'), line: line('1', 'shipped') }] }
    expect(planOrderChange(both)).toMatchObject({
      ok: true,
      status: 'shipped',
      history: [
        { from: 'pending', to: 'confirmed', source: 'user' },
        { from: 'pending', to: 'shipped', lineId: '1' },
        { from: 'confirmed', to: 'shipped', source: 'lines' },
      ],
    })
  })
})
