import type { Endpoint } from 'payload'

import { placeOrder } from './place-order'
import { readCheckoutRequest, readIdempotencyKey } from './request'

/**
 * POST /api/commerce/checkout: places the order (201 `{ doc }`); a retry with the same Idempotency-Key answers the
 * same order (200, header `Idempotent-Replayed: true`).
 */
export const checkoutEndpoint: Endpoint = {
  path: '/commerce/checkout',
  method: 'post',
  handler: async (req) => {
    const key = readIdempotencyKey(req.headers.get('idempotency-key'))
    const body: unknown = await req.json?.().catch(() => null)
    const placed = await placeOrder(req, readCheckoutRequest(body), key)
    return Response.json(
      { doc: placed.order, replayed: placed.replayed },
      { status: placed.replayed ? 200 : 201, headers: placed.replayed ? { 'Idempotent-Replayed': 'true' } : undefined },
    )
  },
}
