/** Order and line statuses, and the statuses in which what was ordered may still change. */
export const ORDER_STATUSES = ['pending', 'processing', 'completed', 'cancelled'] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

export const LINE_STATUSES = ['pending', 'allocated', 'shipped', 'delivered', 'cancelled', 'returned'] as const

/**
 * While an order is in one of these, a change to what was ordered (lines, currency, customer, plugin inputs such as
 * the shipping method) recalculates it; afterwards such a change is refused (409) and the order keeps its prices.
 */
export const EDITABLE_ORDER_STATUSES: readonly string[] = ['pending', 'processing']
