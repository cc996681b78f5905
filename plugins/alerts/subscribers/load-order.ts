import type { Payload, PayloadRequest } from 'payload'

import { idOf, type Id } from '../../../src/kit'
import type { OrderFacts, OrderLineFacts } from '../rules/variables'

type Named = { id: Id; name?: string | null; code?: string | null; group?: unknown; orderAlertRecipients?: string[] | null }
type OrderLineDoc = { id?: string | null; sku?: string | null; name?: string | null; quantity?: number | null; unitPrice?: string | null; total?: number | null }
type OrderDoc = {
  id: Id
  orderNumber?: string | null
  status?: string | null
  currency?: string | null
  customer?: Named | Id | null
  website?: Named | Id | null
  lines?: OrderLineDoc[] | null
  subtotal?: number | null
  discountTotal?: number | null
  shippingTotal?: number | null
  taxTotal?: number | null
  grandTotal?: number | null
}

/** An order as the alert rules see it: the facts for templates and what conditions and recipients need. */
export type LoadedOrder = {
  id: Id
  facts: OrderFacts
  lines: ReadonlyArray<OrderLineFacts & { id: string | null }>
  customer: Id | null
  customerGroup: Id | null
  website: Id | null
  /** the website's own order-alert recipients (empty: the plugin's `staffRecipients`) */
  websiteStaff: readonly string[]
}

const named = (value: unknown): Named | null => (value && typeof value === 'object' && 'id' in value ? (value as Named) : null)

/** Loads the order with its customer, website and currency; null when it no longer exists. */
export async function loadOrder(payload: Payload, id: Id, req?: PayloadRequest): Promise<LoadedOrder | null> {
  const order = (await payload.findByID({ collection: 'orders', id, depth: 1, overrideAccess: true, disableErrors: true, req })) as unknown as OrderDoc | null
  if (!order) return null
  const code = order.currency ?? ''
  const currency = (await payload.find({ collection: 'currencies', where: { code: { equals: code } }, limit: 1, depth: 0, overrideAccess: true, req })).docs[0]
  const customer = named(order.customer)
  const website = named(order.website)
  const serverUrl = payload.config.serverURL
  const lines = (order.lines ?? []).map((line) => ({
    id: line.id ?? null,
    sku: line.sku ?? null,
    name: line.name ?? null,
    quantity: line.quantity ?? 0,
    unitPrice: line.unitPrice ?? null,
    total: line.total ?? 0,
  }))
  return {
    id: order.id,
    lines,
    customer: idOf(order.customer),
    customerGroup: idOf(customer?.group),
    website: idOf(order.website),
    websiteStaff: website?.orderAlertRecipients?.filter(Boolean) ?? [],
    facts: {
      number: order.orderNumber ?? String(order.id),
      status: order.status ?? null,
      currency: { code, minorDigits: currency?.minorDigits ?? 2 },
      lines,
      subtotal: order.subtotal ?? 0,
      discountTotal: order.discountTotal ?? 0,
      shippingTotal: order.shippingTotal ?? 0,
      taxTotal: order.taxTotal ?? 0,
      grandTotal: order.grandTotal ?? 0,
      customerName: customer?.name ?? null,
      customerCode: customer?.code ?? null,
      websiteName: website?.name ?? null,
      url: serverUrl ? `${serverUrl}/admin/collections/orders/${order.id}` : null,
    },
  }
}
