import { APIError, NotFound, type Endpoint } from 'payload'

import { gatewayNamed } from '../gateway/gateways'
import { applyWebhook } from '../operations/apply-webhook'

/**
 * POST /api/payments/webhooks/:gateway — the gateway's notifications, authenticated by the adapter's signature check
 * on the raw body (401 when it does not hold, nothing applied), then applied once per event id (`{ applied }`, 200;
 * a repeated delivery answers `applied: false, reason: "duplicate"`, so the gateway stops retrying).
 */
export const webhookEndpoint: Endpoint = {
  path: '/payments/webhooks/:gateway',
  method: 'post',
  handler: async (req) => {
    const name = String(req.routeParams?.gateway ?? '')
    const adapter = gatewayNamed(req.payload, name)
    if (!adapter) throw new NotFound(req.t)
    const rawBody = (await req.text?.()) ?? ''
    const event = await adapter.webhook({ rawBody, headers: req.headers })
    if (!event) throw new APIError('Webhook signature or payload refused', 401, undefined, true)
    const resolution = await applyWebhook(req, name, event)
    return Response.json(resolution.apply ? { applied: true } : { applied: false, reason: resolution.reason })
  },
}
