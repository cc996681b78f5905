/**
 * Each event the alerts listen to, turned into an occurrence: what rules match on, what the message is about, and
 * the template variables. Event data is typed by the kit's event map; the emitting plugins are never imported.
 */
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { DomainEvents, Id } from '../../../src/kit'
import type { AlertEvent } from '../rules/alert-rule'
import type { Occurrence } from '../rules/match-rules'
import type { TemplateVariables } from '../rules/render-template'
import { orderVariables, statusVariables } from '../rules/variables'
import { loadOrder, type LoadedOrder } from './load-order'

export type LoadedOccurrence = {
  occurrence: Occurrence
  about: { collection: string; id: Id }
  order: LoadedOrder | null
  variables: (locale: string) => TemplateVariables
}

/** Turns one event's data into an occurrence; null when what it is about no longer exists. */
export type OccurrenceLoader<Event extends keyof DomainEvents> = (payload: Payload, data: DomainEvents[Event], req: PayloadRequest) => Promise<LoadedOccurrence | null>

/** A reason some emitters add to their data (the order lifecycle's cancel and hold, tasks, failed payments). */
const reasonOf = (data: object): string | null => ('reason' in data && typeof data.reason === 'string' ? data.reason : null)

function aboutOrder(event: AlertEvent, order: LoadedOrder, status: string | null, extra: (locale: string) => TemplateVariables): LoadedOccurrence {
  return {
    occurrence: {
      event,
      status,
      website: order.website,
      customerGroup: order.customerGroup,
      grandTotal: { amount: order.facts.grandTotal, currency: order.facts.currency.code },
    },
    about: { collection: 'orders', id: order.id },
    order,
    variables: (locale) => ({ ...orderVariables(order.facts, locale), ...extra(locale) }),
  }
}

export const orderPlaced: OccurrenceLoader<'order.placed'> = async (payload, data, req) => {
  const order = await loadOrder(payload, data.orderId, req)
  return order && aboutOrder('orderPlaced', order, null, () => ({}))
}

export const orderStatusChanged: OccurrenceLoader<'order.statusChanged'> = async (payload, data, req) => {
  const order = await loadOrder(payload, data.orderId, req)
  return order && aboutOrder('orderStatusChanged', order, data.to, () => ({ ...statusVariables(data.from, data.to), reason: reasonOf(data) }))
}

export const orderLineStatusChanged: OccurrenceLoader<'order.line.statusChanged'> = async (payload, data, req) => {
  const order = await loadOrder(payload, data.orderId, req)
  if (!order) return null
  const line = order.lines.find((candidate) => candidate.id === data.lineId) ?? order.lines.find((candidate) => candidate.sku === data.sku)
  return aboutOrder('orderLineStatusChanged', order, data.to, () => ({
    ...statusVariables(data.from, data.to),
    reason: reasonOf(data),
    'line.sku': line?.sku ?? data.sku,
    'line.name': line?.name ?? null,
    'line.quantity': line?.quantity ?? null,
    'line.total': line ? { money: line.total, currency: order.facts.currency } : null,
  }))
}

export const orderPaymentFailed: OccurrenceLoader<'order.paymentFailed'> = async (payload, data, req) => {
  const order = await loadOrder(payload, data.orderId, req)
  return (
    order &&
    aboutOrder('orderPaymentFailed', order, null, () => ({ reason: data.reason, 'payment.amount': { money: data.amount, currency: order.facts.currency } }))
  )
}

type Labelled = { sku?: string | null; name?: string | null } | null

const read = async (payload: Payload, collection: string, id: Id | null, req: PayloadRequest): Promise<Labelled> => {
  if (id === null || !payload.collections[collection as CollectionSlug]) return null
  return (await payload.findByID({ collection: collection as CollectionSlug, id, depth: 0, overrideAccess: true, disableErrors: true, req })) as Labelled
}

export const stockLow: OccurrenceLoader<'stock.low'> = async (payload, data, req) => {
  const [product, variant, warehouse] = await Promise.all([
    read(payload, 'products', data.product, req),
    read(payload, 'product-variants', data.variant, req),
    read(payload, 'warehouses', data.warehouse, req),
  ])
  return {
    occurrence: { event: 'stockLow', status: null, website: null, customerGroup: null, grandTotal: null },
    about: { collection: 'inventory-levels', id: data.level },
    order: null,
    variables: () => ({
      'stock.sku': variant?.sku ?? product?.sku ?? null,
      'stock.name': variant?.name ?? product?.name ?? null,
      'stock.available': data.available,
      'stock.threshold': data.threshold,
      'stock.warehouse': warehouse?.name ?? null,
    }),
  }
}

export const taskStatusChanged: OccurrenceLoader<'task.statusChanged'> = async (payload, data) => {
  const serverUrl = payload.config.serverURL
  return {
    occurrence: { event: 'taskStatusChanged', status: data.to, website: null, customerGroup: null, grandTotal: null },
    about: { collection: 'tasks', id: data.taskId },
    order: null,
    variables: () => ({
      ...statusVariables(data.from, data.to),
      reason: data.reason,
      'task.title': data.title,
      'task.url': serverUrl ? `${serverUrl}/admin/collections/tasks/${data.taskId}` : null,
    }),
  }
}
