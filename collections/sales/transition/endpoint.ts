import type { Endpoint } from 'payload'

import { validationError } from '../../../src/kit/errors'
import { transitionOrder } from './transition-order'

/**
 * POST /api/orders/:id/transition `{ status?, lines?: [{ id, status }], reason?, note? }`: the admin's action
 * buttons and any client move an order through its workflow here (200 `{ doc }`). Who may update the order may call it.
 */
export const transitionOrderEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    let body: unknown
    try {
      body = req.json ? await req.json() : undefined
    } catch {
      throw validationError([{ path: 'body', message: 'The body must be a JSON object' }], 'orders')
    }
    const doc = await transitionOrder(req, req.routeParams?.id, body)
    return Response.json({ doc })
  },
}
