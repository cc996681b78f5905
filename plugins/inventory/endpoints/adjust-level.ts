import { APIError, commitTransaction, Forbidden, initTransaction, killTransaction, NotFound, type Endpoint } from 'payload'

import { mayUpdateDocument, validationError, withDomainErrors } from '../../../src/kit'
import { applyMovement } from '../ledger/apply-movement'
import { quantityText, toThousandths } from '../rules/quantities'

/** in thousandths: a billion units, the largest quantity a level field accepts */
const MAX_MOVEMENT = 1_000_000_000_000n

type Body = { quantity?: unknown; reason?: unknown; kind?: unknown }

/**
 * POST /api/inventory-levels/:id/adjust `{ quantity, reason, kind? }`: a stock adjustment as an action with a reason
 * (never a raw edit of on hand). `quantity` is signed (−3 writes three off); `kind: "receipt"` books goods received
 * (positive only). Staff who may update the level (its warehouse's update level); a level they may only read answers
 * 403, one they may not read 404; 409 when it would take available below zero.
 */
export const adjustLevelEndpoint: Endpoint = {
  path: '/:id/adjust',
  method: 'post',
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '')
    const body = ((await req.json?.().catch(() => null)) ?? {}) as Body
    const quantity = await withDomainErrors(async () => toThousandths(body.quantity, 'quantity'), 'inventory-levels')
    const kind = body.kind === 'receipt' ? 'receipt' : 'adjustment'
    const reason = typeof body.reason === 'string' ? body.reason.trim() : ''
    const issues = [
      ...(quantity === 0n || (kind === 'receipt' && quantity < 0n) ? [{ path: 'quantity', message: kind === 'receipt' ? 'A receipt is positive' : 'Must not be zero' }] : []),
      ...(quantity > MAX_MOVEMENT || quantity < -MAX_MOVEMENT ? [{ path: 'quantity', message: 'At most 1,000,000,000 units at once' }] : []),
      ...(!reason || reason.length > 500 ? [{ path: 'reason', message: 'A reason is required (at most 500 characters)' }] : []),
      ...(body.kind !== undefined && body.kind !== 'receipt' && body.kind !== 'adjustment' ? [{ path: 'kind', message: 'adjustment or receipt' }] : []),
    ]
    if (issues.length) throw validationError(issues, 'inventory-levels')
    if (!/^\d{1,12}$/.test(id)) throw new NotFound(req.t)
    const level = await req.payload.findByID({ collection: 'inventory-levels', id, depth: 0, overrideAccess: false, user: req.user, disableErrors: true, req })
    if (!level) throw new NotFound(req.t)
    if (!(await mayUpdateDocument(req, 'inventory-levels', level.id))) throw new Forbidden(req.t)
    const owns = await initTransaction(req)
    try {
      const outcome = await applyMovement(req, { level: level.id, kind, quantity, reason, user: req.user?.collection === 'users' ? req.user.id : null })
      if (!outcome.applied) {
        const message = `Only ${quantityText(outcome.available)} available`
        throw new APIError(message, 409, { errors: [{ path: 'quantity', message }] }, true)
      }
      const doc = await req.payload.findByID({ collection: 'inventory-levels', id, depth: 0, overrideAccess: true, req })
      if (owns) await commitTransaction(req)
      return Response.json({ doc }, { status: 201 })
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  },
}
