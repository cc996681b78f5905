/**
 * The order and line workflows as data (pure; no Payload import). Modelled on Oro's order internal statuses (open,
 * processing, shipped, closed, cancelled…) and Vendure's OrderProcess (PaymentSettled → PartiallyShipped → Shipped →
 * PartiallyDelivered → Delivered; Cancelled from any state before shipping). Each transition says who may make it:
 * `user` (staff through REST, GraphQL, the admin or the local API) or `lines` (the order following its lines, see
 * order-follows-lines.ts), and whether it needs a reason.
 */
export const ORDER_STATUSES = ['pending', 'confirmed', 'processing', 'partiallyShipped', 'shipped', 'completed', 'onHold', 'cancelled', 'closed'] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

export const LINE_STATUSES = ['pending', 'allocated', 'shipped', 'delivered', 'cancelled', 'returned'] as const
export type LineStatus = (typeof LINE_STATUSES)[number]

/** Every order and every line starts here (also an order placed by the checkout). */
export const INITIAL_ORDER_STATUS: OrderStatus = 'pending'
export const INITIAL_LINE_STATUS: LineStatus = 'pending'

/**
 * While an order is in one of these, what was ordered may change (lines, quantities, currency, customer, plugin
 * inputs): the change re-prices it (hooks/calculate-order-totals.ts). Once work on it started (processing) or it
 * left the editable phase, such a change is refused with 409. On hold stays editable: holding an order to fix it is
 * the usual reason to hold it.
 */
export const EDITABLE_ORDER_STATUSES: readonly OrderStatus[] = ['pending', 'confirmed', 'onHold']

export const isOrderStatus = (value: unknown): value is OrderStatus => ORDER_STATUSES.includes(value as OrderStatus)
export const isLineStatus = (value: unknown): value is LineStatus => LINE_STATUSES.includes(value as LineStatus)

export type Mover = 'user' | 'lines'
export type OrderTransition = { from: OrderStatus; to: OrderStatus; by: readonly Mover[]; reasonRequired: boolean }

const order = (from: OrderStatus, to: OrderStatus, by: readonly Mover[], reasonRequired = false): OrderTransition => ({ from, to, by, reasonRequired })
const USER: readonly Mover[] = ['user']
const LINES: readonly Mover[] = ['lines']
const BOTH: readonly Mover[] = ['user', 'lines']

/** Statuses an order may be put on hold from, and released back to (only to the one it was held from). */
export const HOLDABLE: readonly OrderStatus[] = ['pending', 'confirmed', 'processing']

/**
 * The order table. partiallyShipped and shipped are reached only by shipping lines; completed by delivering every
 * line, or by hand once shipped (a carrier that never reports delivery). Cancelling needs a reason and is possible
 * until something shipped; cancelling every line cancels the order too (the lines' reason is the order's).
 */
export const ORDER_TRANSITIONS: readonly OrderTransition[] = [
  order('pending', 'confirmed', USER),
  order('confirmed', 'processing', USER),
  ...(['confirmed', 'processing'] as const).flatMap((from) => [
    order(from, 'partiallyShipped', LINES),
    order(from, 'shipped', LINES),
    order(from, 'completed', LINES),
  ]),
  order('partiallyShipped', 'shipped', LINES),
  order('partiallyShipped', 'completed', LINES),
  order('shipped', 'completed', BOTH),
  ...HOLDABLE.flatMap((from) => [order(from, 'onHold', USER, true), order('onHold', from, USER)]),
  ...([...HOLDABLE, 'onHold'] as const).map((from) => order(from, 'cancelled', BOTH, true)),
  order('completed', 'closed', USER),
  order('cancelled', 'closed', USER),
]

/** What a line change does; the order statuses in which it may happen; whether it needs a reason. */
export type LineAction = 'allocate' | 'ship' | 'deliver' | 'cancel' | 'return'
export type LineTransition = { from: LineStatus; to: LineStatus; action: LineAction }

/** Lines are picked, shipped and delivered only while the order is being fulfilled (not pending, not on hold). */
export const LINE_ACTION_RULES: Record<LineAction, { orderStatuses: readonly OrderStatus[]; reasonRequired: boolean }> = {
  allocate: { orderStatuses: ['confirmed', 'processing', 'partiallyShipped'], reasonRequired: false },
  ship: { orderStatuses: ['confirmed', 'processing', 'partiallyShipped'], reasonRequired: false },
  deliver: { orderStatuses: ['partiallyShipped', 'shipped'], reasonRequired: false },
  // cancelled: the lines of an order cancelled in the same request
  cancel: { orderStatuses: ['pending', 'confirmed', 'processing', 'onHold', 'partiallyShipped', 'cancelled'], reasonRequired: true },
  return: { orderStatuses: ['partiallyShipped', 'shipped', 'completed'], reasonRequired: true },
}

/** The line table: a line is cancelled before it ships, returned after; shipping may skip allocation. */
export const LINE_TRANSITIONS: readonly LineTransition[] = [
  { from: 'pending', to: 'allocated', action: 'allocate' },
  { from: 'pending', to: 'shipped', action: 'ship' },
  { from: 'allocated', to: 'shipped', action: 'ship' },
  { from: 'shipped', to: 'delivered', action: 'deliver' },
  { from: 'pending', to: 'cancelled', action: 'cancel' },
  { from: 'allocated', to: 'cancelled', action: 'cancel' },
  { from: 'shipped', to: 'returned', action: 'return' },
  { from: 'delivered', to: 'returned', action: 'return' },
]

export const findOrderTransition = (from: OrderStatus, to: OrderStatus): OrderTransition | undefined =>
  ORDER_TRANSITIONS.find((transition) => transition.from === from && transition.to === to)

export const findLineTransition = (from: LineStatus, to: LineStatus): LineTransition | undefined =>
  LINE_TRANSITIONS.find((transition) => transition.from === from && transition.to === to)

/** The statuses a user may move an order in `from` to (a held order: only back to `heldFrom`, or cancelled). */
export function nextOrderStatuses(from: OrderStatus, heldFrom: OrderStatus | null = null): OrderStatus[] {
  return ORDER_TRANSITIONS.filter((transition) => transition.from === from && transition.by.includes('user'))
    .filter((transition) => from !== 'onHold' || transition.to === 'cancelled' || transition.to === heldFrom)
    .map((transition) => transition.to)
}

/** The statuses a line in `from` may move to while its order is in `orderStatus`. */
export const nextLineStatuses = (from: LineStatus, orderStatus: OrderStatus): LineStatus[] =>
  LINE_TRANSITIONS.filter((transition) => transition.from === from && LINE_ACTION_RULES[transition.action].orderStatuses.includes(orderStatus)).map(
    (transition) => transition.to,
  )

/** Whether what was ordered may still change in `status` (EDITABLE_ORDER_STATUSES). */
export const isEditableStatus = (status: unknown): boolean => EDITABLE_ORDER_STATUSES.includes(status as OrderStatus)
