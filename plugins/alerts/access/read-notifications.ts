import type { Access, Where } from 'payload'

import { isStaff, staffAccess } from '../../../src/kit'

/** `where` with every field path under `prefix` (`owner` → `order.owner`); and/or kept. */
const under = (where: Where, prefix: string): Where =>
  Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'and' || key === 'or' ? [key, (value as Where[]).map((inner) => under(inner, prefix))] : [`${prefix}.${key}`, value],
    ),
  ) as Where

/**
 * Staff only, and a notification about an order only for staff whose role may read that order: the message holds
 * the order's customer, addresses and totals, so it follows the order's access level (a Sales East manager sees the
 * alerts of East's orders). Notifications about other things (tasks, stock) are open to all staff.
 */
export const readNotifications: Access = async ({ req }) => {
  if (!isStaff(req)) return false
  const orders = await staffAccess(req, 'orders', 'read')
  if (orders === true) return true
  const notAboutAnOrder: Where = { order: { exists: false } }
  return orders === false ? notAboutAnOrder : { or: [notAboutAnOrder, under(orders, 'order')] }
}
