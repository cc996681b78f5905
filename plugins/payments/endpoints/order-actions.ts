import type { Endpoint } from 'payload'

import { requireOrderUpdate } from '../operations/order-access'
import { runPaymentAction, type PaymentAction } from '../operations/payment-actions'
import { readActionInput } from '../operations/read-action'

/**
 * POST /api/orders/:id/capture `{ amount? }`, /refund `{ amount?, reason }`, /void: staff who may update the order.
 * 201 `{ transactions, payment }`; 400/409 naming `amount`; 402 when the gateway refuses (the failed row is kept).
 */
const actionEndpoint = (action: PaymentAction): Endpoint => ({
  path: `/:id/${action}`,
  method: 'post',
  handler: async (req) => {
    const order = await requireOrderUpdate(req, String(req.routeParams?.id ?? ''))
    const input = readActionInput(action, await req.json?.().catch(() => null))
    const result = await runPaymentAction(req, { order, action, ...input, user: req.user?.id ?? null })
    return Response.json(result, { status: 201 })
  },
})

export const orderPaymentEndpoints: Endpoint[] = [actionEndpoint('capture'), actionEndpoint('refund'), actionEndpoint('void')]
