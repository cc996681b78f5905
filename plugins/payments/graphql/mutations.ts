/**
 * GraphQL twins of POST /api/orders/:id/capture, /refund, /void:
 *   mutation { captureOrderPayment(order: 12, amount: 500) { payment { status captured } transactions { id amount } } }
 * Same checks, same answers (errors carry the same status and `amount` path).
 */
import type { GraphQLExtension, PayloadRequest } from 'payload'

import { PAYMENT_TRANSACTIONS } from '../collections/slugs'
import { requireOrderUpdate } from '../operations/order-access'
import { runPaymentAction, type PaymentAction } from '../operations/payment-actions'
import { readActionInput } from '../operations/read-action'

type Args = { order: number; amount?: number | null; reason?: string | null }

export const paymentMutations: GraphQLExtension = (g, { collections }) => {
  const transaction = collections[PAYMENT_TRANSACTIONS]?.graphQL?.type
  if (!transaction) throw new Error('payments: the GraphQL type of payment-transactions is missing')
  const Payment = new g.GraphQLObjectType({
    name: 'OrderPaymentSummary',
    fields: {
      status: { type: new g.GraphQLNonNull(g.GraphQLString) },
      authorized: { type: new g.GraphQLNonNull(g.GraphQLInt) },
      captured: { type: new g.GraphQLNonNull(g.GraphQLInt) },
      refunded: { type: new g.GraphQLNonNull(g.GraphQLInt) },
    },
  })
  const Result = new g.GraphQLObjectType({
    name: 'OrderPaymentActionResult',
    fields: { payment: { type: new g.GraphQLNonNull(Payment) }, transactions: { type: new g.GraphQLNonNull(new g.GraphQLList(new g.GraphQLNonNull(transaction))) } },
  })
  const mutation = (action: PaymentAction, withAmount: boolean, withReason: boolean) => ({
    type: new g.GraphQLNonNull(Result),
    args: {
      order: { type: new g.GraphQLNonNull(g.GraphQLInt) },
      ...(withAmount ? { amount: { type: g.GraphQLInt, description: 'minor units; absent: all that is left' } } : {}),
      ...(withReason ? { reason: { type: g.GraphQLString } } : {}),
    },
    resolve: async (_: unknown, args: Args, { req }: { req: PayloadRequest }) => {
      const order = await requireOrderUpdate(req, String(args.order))
      const input = readActionInput(action, { amount: args.amount ?? undefined, reason: args.reason ?? undefined })
      return runPaymentAction(req, { order, action, ...input, user: req.user?.id ?? null })
    },
  })
  return {
    captureOrderPayment: mutation('capture', true, true),
    refundOrderPayment: mutation('refund', true, true),
    voidOrderPayment: mutation('void', false, true),
  }
}
