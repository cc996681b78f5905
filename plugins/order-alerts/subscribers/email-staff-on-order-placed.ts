import type { DomainEventSubscriber } from '../../../src/kit'
import { ORDER_PLACED } from '../../../collections/sales/order-events'

import { orderPlacedMessage, type PlacedOrder } from '../rules/order-placed-message'

type Named = { id: number | string; name?: string; orderAlertRecipients?: string[] | null }
type OrderDoc = Omit<PlacedOrder, 'customerName' | 'minorDigits' | 'adminUrl' | 'lines'> & {
  id: number | string
  customer: Named | number
  website?: Named | number | null
  lines: PlacedOrder['lines']
}

/** Recipients: the order's website's list when it has one, else the plugin's default list. */
const recipientsFor = (order: OrderDoc, fallback: readonly string[]) => {
  const website = typeof order.website === 'object' ? order.website : null
  const own = website?.orderAlertRecipients?.filter(Boolean) ?? []
  return own.length ? own : [...fallback]
}

/** Delivers `order.placed` as an email to staff; runs in the job runner, after the order committed. */
export const emailStaffOnOrderPlaced =
  (fallbackRecipients: readonly string[]): DomainEventSubscriber<typeof ORDER_PLACED>['handler'] =>
  async ({ data, req }) => {
    const order = (await req.payload.findByID({
      collection: 'orders',
      id: data.orderId,
      depth: 1,
      overrideAccess: true,
      req,
    })) as unknown as OrderDoc
    const to = recipientsFor(order, fallbackRecipients)
    if (to.length === 0) return
    const currency = await req.payload.find({
      collection: 'currencies',
      where: { code: { equals: order.currency } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const serverUrl = req.payload.config.serverURL
    const message = orderPlacedMessage({
      ...order,
      customerName: typeof order.customer === 'object' ? (order.customer.name ?? `Customer ${order.customer.id}`) : `Customer ${order.customer}`,
      minorDigits: currency.docs[0]?.minorDigits ?? 2,
      adminUrl: serverUrl ? `${serverUrl}/admin/collections/orders/${order.id}` : null,
    })
    await req.payload.sendEmail({ to: to.join(', '), subject: message.subject, text: message.text })
  }
