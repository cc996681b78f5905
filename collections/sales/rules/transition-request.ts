/**
 * The body of `POST /api/orders/:id/transition` (and its GraphQL twin), checked field by field (pure):
 * `{ status?, lines?: [{ id, status }], reason?, note? }`. Each problem names its field as the 400 will.
 */
import { isLineStatus, isOrderStatus, LINE_STATUSES, ORDER_STATUSES, type LineStatus, type OrderStatus } from './order-workflow'
import { isTransitionReason, NOTE_MAX_LENGTH, TRANSITION_REASONS, type TransitionReason } from './transition-reasons'

export type TransitionRequest = {
  status: OrderStatus | null
  lines: Array<{ id: string; status: LineStatus }>
  reason: TransitionReason | null
  note: string | null
}

export type RequestIssue = { path: string; message: string }

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)
const given = (value: unknown) => value !== undefined && value !== null

/** At most this many line changes in one request (an order has at most 1,000 lines). */
const MAX_LINES = 1000

export function readTransitionRequest(body: unknown): { request: TransitionRequest } | { issues: RequestIssue[] } {
  if (!isObject(body)) return { issues: [{ path: 'body', message: 'The body must be a JSON object' }] }
  const issues: RequestIssue[] = []
  if (given(body.status) && !isOrderStatus(body.status)) issues.push({ path: 'status', message: `One of ${ORDER_STATUSES.join(', ')}` })
  if (given(body.reason) && !isTransitionReason(body.reason)) issues.push({ path: 'reason', message: `One of ${TRANSITION_REASONS.join(', ')}` })
  if (given(body.note) && (typeof body.note !== 'string' || body.note.length > NOTE_MAX_LENGTH || body.note.includes('\u0000'))) {
    issues.push({ path: 'note', message: `Text of at most ${NOTE_MAX_LENGTH} characters` })
  }
  const lines: TransitionRequest['lines'] = []
  if (given(body.lines) && (!Array.isArray(body.lines) || body.lines.length > MAX_LINES)) issues.push({ path: 'lines', message: `A list of at most ${MAX_LINES} { id, status }` })
  else if (Array.isArray(body.lines)) {
    const seen = new Set<string>()
    for (const [index, line] of body.lines.entries()) {
      const id: unknown = isObject(line) ? line.id : undefined
      const status: unknown = isObject(line) ? line.status : undefined
      if (typeof id !== 'string' || !id.trim() || id.length > 100 || seen.has(id)) issues.push({ path: `lines.${index}.id`, message: 'The id of one of the order’s lines, once' })
      if (!isLineStatus(status)) issues.push({ path: `lines.${index}.status`, message: `One of ${LINE_STATUSES.join(', ')}` })
      if (typeof id === 'string' && isLineStatus(status)) {
        seen.add(id)
        lines.push({ id, status })
      }
    }
  }
  if (!given(body.status) && !(Array.isArray(body.lines) && body.lines.length > 0)) issues.push({ path: 'status', message: 'Say the new status, or lines to change' })
  if (issues.length) return { issues }
  return {
    request: {
      status: isOrderStatus(body.status) ? body.status : null,
      lines,
      reason: isTransitionReason(body.reason) ? body.reason : null,
      note: typeof body.note === 'string' && body.note.trim() ? body.note : null,
    },
  }
}
