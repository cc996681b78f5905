/**
 * One save of an order checked against the workflow (pure): the stored statuses against the asked ones, line by
 * line then the order, plus what follows (cancelling an order cancels its open lines; the order follows its lines).
 * Answers the final statuses and the history rows to append, or the first problem: a `conflict` (409) for a
 * transition the workflow forbids, an `invalid` (400) for a missing or unknown reason.
 */
import { followLines, shippingStatusOf, type ShippingStatus } from './order-follows-lines'
import {
  findLineTransition,
  findOrderTransition,
  INITIAL_LINE_STATUS,
  INITIAL_ORDER_STATUS,
  LINE_ACTION_RULES,
  nextOrderStatuses,
  type LineStatus,
  type OrderStatus,
} from './order-workflow'
import { reasonIssue, type TransitionReason } from './transition-reasons'
import { labelOf } from '../../../src/kit/select-options'

export type PlannedLine = { id: string | null; sku: string | null; status: LineStatus }
export type StoredOrder = { status: OrderStatus; heldFrom: OrderStatus | null; lines: readonly PlannedLine[] }

export type OrderChangeRequest = {
  /** the stored order; null when it is being created */
  before: StoredOrder | null
  /** the order status asked for */
  status: OrderStatus
  /** the lines after the save, each with the stored line it was (by id, or by position for rows sent without id) */
  lines: ReadonlyArray<{ line: PlannedLine; was: PlannedLine | null }>
  reason: string | null
  note: string | null
  /** trusted internal code (context flag): any move, no reason needed; still recorded */
  system: boolean
}

/** Who moved it: a person (or API client), the order following its lines, or trusted internal code. */
export type HistorySource = 'user' | 'lines' | 'system'

export type HistoryRow = {
  from: string | null
  to: string
  source: HistorySource
  lineId: string | null
  sku: string | null
  reason: TransitionReason | null
  note: string | null
}

export type OrderChangePlan = {
  ok: true
  status: OrderStatus
  heldFrom: OrderStatus | null
  lineStatuses: LineStatus[]
  shippingStatus: ShippingStatus
  history: HistoryRow[]
}
export type OrderChangeProblem = { ok: false; kind: 'conflict' | 'invalid'; path: string; message: string }

const conflict = (path: string, message: string): OrderChangeProblem => ({ ok: false, kind: 'conflict', path, message })
const label = (status: OrderStatus | LineStatus | null) => (status ? labelOf(status) : 'new')

function reasonProblem(needed: boolean, request: OrderChangeRequest, what: string): OrderChangeProblem | null {
  const issue = reasonIssue(needed && !request.system, request.reason, request.note, what)
  return issue ? { ok: false, kind: 'invalid', path: issue.field, message: issue.message } : null
}

/** The order status the line checks see: the one asked for, unless it is reached only by the lines themselves. */
function statusForLineChecks(request: OrderChangeRequest): OrderStatus {
  const before = request.before?.status ?? INITIAL_ORDER_STATUS
  const transition = findOrderTransition(before, request.status)
  return transition && !transition.by.includes('user') ? before : request.status
}

type RowMaker = (from: string | null, to: string, source: HistorySource, line?: PlannedLine | null) => HistoryRow

/** The lines' own moves, each checked against the line table and the order status it happens in. */
function planLineMoves(request: OrderChangeRequest, row: RowMaker): { lineStatuses: LineStatus[]; rows: HistoryRow[] } | OrderChangeProblem {
  const checkedStatus = statusForLineChecks(request)
  const source: HistorySource = request.system ? 'system' : 'user'
  const lineStatuses: LineStatus[] = []
  const rows: HistoryRow[] = []
  for (const [index, { line, was }] of request.lines.entries()) {
    const path = `lines.${index}.status`
    const from = was?.status ?? null
    lineStatuses.push(line.status)
    if (from === line.status) continue
    if (from === null) {
      if (line.status !== INITIAL_LINE_STATUS && !request.system) return conflict(path, `A new line starts ${label(INITIAL_LINE_STATUS)}, not ${label(line.status)}.`)
      continue
    }
    const transition = findLineTransition(from, line.status)
    if (!request.system) {
      if (!transition) return conflict(path, `A line cannot go from ${label(from)} to ${label(line.status)}.`)
      const rule = LINE_ACTION_RULES[transition.action]
      if (!rule.orderStatuses.includes(checkedStatus)) {
        return conflict(path, `A line cannot ${transition.action} while the order is ${label(checkedStatus)} (only ${rule.orderStatuses.map(label).join(', ')}).`)
      }
    }
    const problem = reasonProblem(transition ? LINE_ACTION_RULES[transition.action].reasonRequired : false, request, `${transition?.action ?? 'change'} a line`)
    if (problem) return problem
    rows.push(row(from, line.status, source, line))
  }
  return { lineStatuses, rows }
}

export function planOrderChange(request: OrderChangeRequest): OrderChangePlan | OrderChangeProblem {
  const reason = (request.reason as TransitionReason | null) ?? null
  const row: RowMaker = (from, to, source, line = null) => ({ from, to, source, lineId: line?.id ?? null, sku: line?.sku ?? null, reason, note: request.note })
  const source: HistorySource = request.system ? 'system' : 'user'
  const history: HistoryRow[] = []
  const before = request.before

  if (!before && request.status !== INITIAL_ORDER_STATUS && !request.system) {
    return conflict('status', `A new order starts ${label(INITIAL_ORDER_STATUS)}, not ${label(request.status)}.`)
  }
  if (!before) history.push(row(null, request.status, source))
  const moved = planLineMoves(request, row)
  if ('ok' in moved) return moved
  const { lineStatuses } = moved
  const linesRows = moved.rows

  let status = before?.status ?? request.status
  let heldFrom = before?.heldFrom ?? null
  // a status only the lines reach (shipped…) may be asked for together with the lines that reach it
  let leftToTheLines = false
  if (before && request.status !== before.status) {
    const transition = findOrderTransition(before.status, request.status)
    const byUser = transition?.by.includes('user') === true
    leftToTheLines = !byUser && !request.system
    const releasesHold = before.status !== 'onHold' || request.status === 'cancelled' || request.status === heldFrom
    if (!request.system && (!transition || (byUser && !releasesHold))) {
      const allowed = nextOrderStatuses(before.status, heldFrom).map(label).join(', ') || 'none'
      return conflict('status', `An order cannot go from ${label(before.status)} to ${label(request.status)}. Allowed: ${allowed}.`)
    }
    if (byUser || request.system) {
      const problem = reasonProblem(transition?.reasonRequired === true, request, `make the order ${labelOf(request.status).toLowerCase()}`)
      if (problem) return problem
      history.push(row(before.status, request.status, source))
      if (request.status === 'onHold') heldFrom = before.status
      else if (before.status === 'onHold') heldFrom = null
      status = request.status
    }
  }

  if (before && status === 'cancelled' && before.status !== 'cancelled') {
    // cancelling the order cancels every line that has not shipped
    for (const [index, { line }] of request.lines.entries()) {
      if (!findLineTransition(lineStatuses[index], 'cancelled')) continue
      linesRows.push(row(lineStatuses[index], 'cancelled', source, line))
      lineStatuses[index] = 'cancelled'
    }
  }
  history.push(...linesRows)

  const followed = before ? followLines(status, lineStatuses) : status
  if (followed !== status) {
    // a cancellation by the lines carries their reason, which cancelling each of them required
    history.push(row(status, followed, 'lines'))
    if (status === 'onHold') heldFrom = null
    status = followed
  }
  if (leftToTheLines && status !== request.status) {
    return conflict('status', `The lines do not make the order ${label(request.status)}: it would be ${label(status)}.`)
  }
  return { ok: true, status, heldFrom, lineStatuses, shippingStatus: shippingStatusOf(lineStatuses), history }
}
