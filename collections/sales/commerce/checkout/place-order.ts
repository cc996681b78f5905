/**
 * Places an order for the buyer in one transaction: the order is created through the local API with `req`, so every
 * plugin's order hooks run inside it (price, discount, shipping and tax stages; coupon redemption; stock
 * reservation; `order.placed`), and a failure anywhere writes nothing.
 *
 * Idempotency: the order keeps the `Idempotency-Key` (`checkoutKey`, unique per customer). A retry with the same key
 * and the same lines answers the stored order (200, `replayed`); the same key with different lines answers 422
 * (IETF draft-ietf-httpapi-idempotency-key-header). Two concurrent requests with one key: the second insert waits on
 * the unique index, fails once the first commits, rolls back, and answers the first one's order.
 */
import { APIError, commitTransaction, Forbidden, initTransaction, killTransaction, type DataFromCollectionSlug, type PayloadRequest } from 'payload'

import { getRegistry, idOf, isStaff, sameId, validationError, withDomainErrors, type Id } from '../../../../src/kit'
import { inlineAddressReferences } from '../addresses'
import { resolveBuyer } from '../buyer'
import type { CheckoutRequest } from './request'

type Order = DataFromCollectionSlug<'orders'>
export type PlacedOrder = { order: Order; replayed: boolean }

async function orderWithKey(req: PayloadRequest, customer: Id, key: string): Promise<Order | null> {
  const found = await req.payload.find({
    collection: 'orders',
    where: { customer: { equals: customer }, checkoutKey: { equals: key } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs[0] ?? null
}

/** The same checkout again: the same lines (product, variant, quantity) in the same order. */
function sameCheckout(order: Order, request: CheckoutRequest): boolean {
  const lines = order.lines ?? []
  return (
    lines.length === request.lines.length &&
    lines.every((line, index) => {
      const asked = request.lines[index]
      return sameId(line.product, asked.product) && (idOf(line.variant) === null ? asked.variant === null : sameId(line.variant, asked.variant)) && Number(line.quantity) === Number(asked.quantity)
    })
  )
}

function replay(order: Order, request: CheckoutRequest): PlacedOrder {
  if (!sameCheckout(order, request)) {
    throw new APIError('This Idempotency-Key was used for a different checkout', 422, { errors: [{ path: 'Idempotency-Key', message: 'Already used for other lines' }] }, true)
  }
  return { order, replayed: true }
}

/** Staff place orders only where their roles let them create orders; customer users through the storefront rules. */
async function mayCreateOrders(req: PayloadRequest): Promise<void> {
  if (!isStaff(req)) return
  const access = req.payload.collections.orders.config.access.create
  if (!(await access({ req }))) throw new Forbidden(req.t)
}

/** Inputs plugins declared (coupons, shippingMethod…) pass from the body to the order; the calculation reads them. */
function pluginInputs(req: PayloadRequest, body: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const definition of getRegistry(req.payload.config).calculationInputs) {
    const field = definition.orderField ?? definition.name
    if (body[definition.name] !== undefined) data[field] = body[definition.name]
  }
  return data
}

export async function placeOrder(req: PayloadRequest, request: CheckoutRequest, key: string | null): Promise<PlacedOrder> {
  await mayCreateOrders(req)
  const buyer = await withDomainErrors(() => resolveBuyer(req, { customer: request.customer, website: request.website, currency: request.currency }), 'orders')
  const customer = buyer.customer
  if (customer === null) throw validationError([{ path: 'customer', message: 'A checkout needs a customer: log in as a customer user, or name one as staff' }], 'orders')
  const body = await withDomainErrors(() => inlineAddressReferences(req, request.body, buyer), 'orders')
  if (key !== null) {
    const existing = await orderWithKey(req, customer, key)
    if (existing) return replay(existing, request)
  }
  const data = {
    ...pluginInputs(req, body),
    customer,
    website: buyer.website,
    currency: buyer.currency,
    lines: request.lines.map((line) => ({ product: line.product, variant: line.variant, quantity: line.quantity })),
    paymentMethod: request.paymentMethod,
    checkoutKey: key,
  }
  const owns = await initTransaction(req)
  try {
    const order = await req.payload.create({ collection: 'orders', data: data as never, overrideAccess: true, depth: 0, req })
    if (owns) await commitTransaction(req)
    return { order, replayed: false }
  } catch (error) {
    await killTransaction(req)
    // a concurrent checkout with the same key committed first: answer its order
    const existing = key === null ? null : await orderWithKey(req, customer, key)
    if (existing) return replay(existing, request)
    throw error
  }
}
