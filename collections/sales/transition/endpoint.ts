import type { Endpoint } from 'payload'

import { transitionOrder } from './transition-order'

/**
 * POST /api/orders/:id/transition `{ status?, lines?: [{ id, status }], reason?, note? }`: the admin's action
 * buttons and any client move an order through its workflow here (200 `{ doc }`). Who may update the order may call
 * it. A body that is not a JSON object is the request guard's 400 (src/http) or, read as null, the reader's.
 */
export const transitionOrderEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    const body: unknown = await req.json?.().catch(() => null)
    const doc = await transitionOrder(req, req.routeParams?.id, body)
    return Response.json({ doc })
  },
}
