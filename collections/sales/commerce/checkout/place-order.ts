/**
 * Places an order for the buyer in one transaction: the order is created through the local API with `req`, so every
 * plugin's order hooks run inside it (price, discount, shipping and tax stages; coupon redemption; stock
 * reservation; `order.placed`), and a failure anywhere writes nothing.
 *
 * Idempotency: the order keeps the `Idempotency-Key` (`checkoutKey`, unique per customer). A retry with the same key
 * and the same lines answers the stored order (200, `replayed`); the same key with different lines answers 422
 * (IETF draft-ietf-httpapi-idempotency-key-header). The unique index decides, not a lookup first: almost every
 * checkout carries a new key, and asking before each one was a round trip for nothing. A retry (or a concurrent
 * request with the key) fails somewhere — at the latest its order insert, on the index, once the first commits —,
 * rolls back, and answers the order the key placed. Nothing before the insert leaves the transaction (a card is
 * settled only after it), so a retry that could not be placed again still answers its order.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import { APIError, commitTransaction, Forbidden, initTransaction, killTransaction, type DataFromCollectionSlug, type PayloadRequest } from 'payload'

import { getRegistry, idOf, isRetryableTransactionError, isStaff, orderConflict, sameId, serialIdOf, sqlReaderOf, validationError, withDomainErrors, type Id } from '../../../../src/kit'
import { inlineAddressReferences } from '../addresses'
import { resolveBuyer } from '../buyer'
import { checkoutPaymentHandler, DEFAULT_PAYMENT_METHOD, isPaymentMethod, PAYMENT_METHODS, type CheckoutPaymentPlan } from './payment'
import type { CheckoutRequest } from './request'

type Order = DataFromCollectionSlug<'orders'>
export type PlacedOrder = { order: Order; replayed: boolean }

/** Attempts of the order's transaction when PostgreSQL fails it for a deadlock or serialization conflict. */
const TRANSACTION_ATTEMPTS = 3

/**
 * The order a key placed for the customer, if any, after a checkout failed: one indexed SQL lookup (the unique index
 * on customer and key); the order itself is read only on a replay.
 */
async function orderWithKey(req: PayloadRequest, customer: Id, key: string): Promise<Order | null> {
  const reader = await sqlReaderOf(req)
  const { rows } = await reader.execute(sql`select id from orders where customer_id = ${serialIdOf(customer) ?? 0} and checkout_key = ${key} limit 1`)
  if (rows.length === 0) return null
  return req.payload.findByID({ collection: 'orders', id: Number(rows[0].id), depth: 0, overrideAccess: true, disableErrors: true, req })
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

/** The payments plugin plans the payment; without one, the core's kinds (paymentTerm by default, offline). */
async function planPayment(req: PayloadRequest, request: CheckoutRequest, payer: { customer: Id; website: Id | null; currency: string | null }): Promise<CheckoutPaymentPlan> {
  const handler = checkoutPaymentHandler(req.payload.config)
  if (handler) return handler.plan(req, request.body, payer)
  const method = request.paymentMethod ?? DEFAULT_PAYMENT_METHOD
  if (!isPaymentMethod(method)) throw validationError([{ path: 'paymentMethod', message: `One of ${PAYMENT_METHODS.join(', ')}` }], 'orders')
  return { paymentMethod: method }
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
  let body: Record<string, unknown>
  let payment: CheckoutPaymentPlan
  try {
    body = await withDomainErrors(() => inlineAddressReferences(req, request.body, buyer), 'orders')
    payment = await planPayment(req, request, { customer, website: buyer.website, currency: buyer.currency })
  } catch (error) {
    // a retry whose address or payment method is refused now still answers the order its key placed
    return answerFailure(req, request, customer, key, error)
  }
  const data = {
    ...pluginInputs(req, body),
    ...payment.orderData,
    customer,
    website: buyer.website,
    currency: buyer.currency,
    lines: request.lines.map((line) => ({ product: line.product, variant: line.variant, quantity: line.quantity })),
    paymentMethod: payment.paymentMethod,
    checkoutKey: key,
  }
  for (let attempt = 1; ; attempt++) {
    const owns = await initTransaction(req)
    let created: Order
    try {
      created = await req.payload.create({ collection: 'orders', data: data as never, overrideAccess: true, depth: 0, req })
    } catch (error) {
      await killTransaction(req)
      // PostgreSQL failed this transaction to break a deadlock (or a serialization conflict) with a concurrent one:
      // nothing was written and no payment was asked for yet, so placing it again is safe
      if (owns && attempt < TRANSACTION_ATTEMPTS && isRetryableTransactionError(error)) continue
      return answerFailure(req, request, customer, key, error)
    }
    let refusal: APIError
    try {
      const settled = payment.settle
        ? await payment.settle(req, { id: created.id, orderNumber: created.orderNumber ?? null, customer, currency: created.currency, grandTotal: created.grandTotal ?? 0 })
        : { accepted: true as const }
      // settling writes the order's payment fields: answer the order as committed
      const order = payment.settle ? await req.payload.findByID({ collection: 'orders', id: created.id, overrideAccess: true, depth: 0, req }) : created
      if (owns) await commitTransaction(req)
      if (settled.accepted) return { order, replayed: false }
      // A refused payment (a declined card) keeps the order with its failed attempt, committed above, and answers the
      // refusal naming its field and the order.
      refusal = new APIError(settled.message, settled.status, { order: { id: order.id, orderNumber: order.orderNumber ?? null }, errors: [{ path: settled.path, message: settled.message }] }, true)
    } catch (error) {
      await killTransaction(req)
      return answerFailure(req, request, customer, key, error)
    }
    throw refusal
  }
}

/** After a failed attempt: a concurrent checkout with the same key that committed first answers its order. */
async function answerFailure(req: PayloadRequest, request: CheckoutRequest, customer: Id, key: string | null, error: unknown): Promise<PlacedOrder> {
  const existing = key === null ? null : await orderWithKey(req, customer, key)
  if (existing) return replay(existing, request)
  // still conflicting after every attempt: the client may try again (409), it is not a server fault
  if (isRetryableTransactionError(error)) throw orderConflict()
  throw error
}
