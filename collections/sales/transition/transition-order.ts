import { NotFound, ValidationError, type DataFromCollectionSlug, type PayloadRequest } from 'payload'

import { validationError } from '../../../src/kit/errors'
import { isPositiveId } from '../../../src/kit/input-rules'
import { readTransitionRequest } from '../rules/transition-request'

type Order = DataFromCollectionSlug<'orders'>

/** The order's save names the reason and note `statusReason` / `statusNote`; the action names them as it took them. */
const ACTION_FIELD: Record<string, string> = { statusReason: 'reason', statusNote: 'note' }

function renamedForTheAction(error: unknown): unknown {
  if (!(error instanceof ValidationError)) return error
  const errors = ((error.data as { errors?: Array<{ path: string; message: string }> }).errors ?? []).map((issue) => ({ ...issue, path: ACTION_FIELD[issue.path] ?? issue.path }))
  return validationError(errors, 'orders')
}

/**
 * Moves an order and/or some of its lines, as the caller: reads the order with their read access (404 when they
 * may not see it), then saves it with their update access, so the workflow hook (hooks/apply-order-workflow.ts)
 * decides: 409 naming `status` or `lines.N.status` (N: the line's position in the order), 400 naming `reason`.
 * `lines` name line ids; the others keep their status.
 */
export async function transitionOrder(req: PayloadRequest, id: unknown, body: unknown): Promise<Order> {
  const read = readTransitionRequest(body)
  if ('issues' in read) throw validationError(read.issues, 'orders')
  if (!isPositiveId(id)) throw new NotFound(req.t)
  const asCaller = { collection: 'orders', id: Number(id), depth: 0, overrideAccess: false, user: req.user, req } as const
  const order = await req.payload.findByID({ ...asCaller, disableErrors: true })
  if (!order) throw new NotFound(req.t)
  const { request } = read
  const known = new Set(order.lines.map((line) => line.id))
  const unknown = request.lines.findIndex((line) => !known.has(line.id))
  if (unknown >= 0) throw validationError([{ path: `lines.${unknown}.id`, message: 'No such line on this order' }], 'orders')
  const asked = new Map(request.lines.map((line) => [line.id, line.status]))
  try {
    return await req.payload.update({
      ...asCaller,
      data: {
        ...(request.status ? { status: request.status } : {}),
        ...(request.lines.length ? { lines: order.lines.map((line) => ({ ...line, status: asked.get(line.id ?? '') ?? line.status })) } : {}),
        statusReason: request.reason,
        statusNote: request.note,
      },
    })
  } catch (error) {
    throw renamedForTheAction(error)
  }
}
