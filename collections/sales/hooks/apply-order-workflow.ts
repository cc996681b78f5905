import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { isStaff } from '../../../src/kit/access'
import { validationError } from '../../../src/kit/errors'
import { idOf } from '../../../src/kit/ids'
import { systemActorOf } from '../order-system-change'
import { planOrderChange, type HistoryRow, type PlannedLine, type StoredOrder } from '../rules/plan-order-change'
import { isLineStatus, isOrderStatus } from '../rules/order-workflow'
import { lockOrderUnchanged } from './lock-order-unchanged'

type Line = Record<string, unknown> & { id?: string | null; status?: unknown; sku?: string | null }
type StoredHistoryRow = Omit<HistoryRow, 'reason'> & { at: string; by?: unknown; actor?: string | null; reason?: string | null }
type Order = { id?: number | string; status?: unknown; heldFrom?: unknown; updatedAt?: string; lines?: Line[] | null; statusHistory?: StoredHistoryRow[] | null }

/** The API names the reason and note of a save `statusReason` and `statusNote`. */
const FIELD_OF = { reason: 'statusReason', note: 'statusNote' } as Record<string, string>

const textOrNull = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null)
const plannedLine = (line: Line): PlannedLine => ({ id: line.id ?? null, sku: line.sku ?? null, status: isLineStatus(line.status) ? line.status : 'pending' })

function storedOrder(doc: Order): StoredOrder {
  return {
    status: isOrderStatus(doc.status) ? doc.status : 'pending',
    heldFrom: isOrderStatus(doc.heldFrom) ? doc.heldFrom : null,
    lines: (doc.lines ?? []).map(plannedLine),
  }
}

/**
 * Each line of the save beside the stored line it was: by row id, else by position (a row resent without its id
 * gets a fresh one from Payload before this hook) unless the stored row at that position is in the save by its id.
 */
function pairLines(lines: Line[], stored: Line[]): Array<{ line: PlannedLine; was: PlannedLine | null }> {
  const byId = new Map(stored.map((line) => [line.id, line]))
  const sentIds = new Set(lines.map((line) => line.id).filter((id) => byId.has(id)))
  return lines.map((line, index) => {
    const atPosition = stored[index] && !sentIds.has(stored[index].id) ? stored[index] : undefined
    const was = (line.id ? byId.get(line.id) : undefined) ?? atPosition
    const previous = was ? plannedLine(was) : null
    // a line sent without its status keeps the stored one
    const status = isLineStatus(line.status) ? line.status : (previous?.status ?? 'pending')
    return { line: { id: line.id ?? was?.id ?? null, sku: line.sku ?? was?.sku ?? null, status }, was: previous }
  })
}

/** History rows as Payload reads them back (`by` populated or not), as it takes them in. */
const keptRow = (row: StoredHistoryRow) => ({ ...row, by: idOf(row.by) })

/**
 * Every door (REST, GraphQL, admin, local API) saves through here: compares the stored statuses with the asked ones
 * (rules/plan-order-change.ts). A transition the workflow forbids answers 409 naming `status` or `lines.N.status`; a
 * cancel, hold or return without a reason 400 naming `statusReason`; nothing is written either way. An allowed change
 * sets what follows from it (the order following its lines, cancelled lines of a cancelled order, the shipping
 * status) and appends the history rows, in the save's own transaction. Trusted code passes with the context flag
 * of order-system-change.ts, never because of `overrideAccess`.
 */
export const applyOrderWorkflow: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  const stored = operation === 'update' ? (originalDoc as Order | undefined) : undefined
  const status: unknown = data.status ?? stored?.status ?? 'pending'
  const lines = (Array.isArray(data.lines) ? data.lines : (stored?.lines ?? [])) as Line[]
  // unknown statuses are the fields' own validation (400 naming the field)
  if (!isOrderStatus(status) || lines.some((line) => line.status !== undefined && line.status !== null && !isLineStatus(line.status))) return data
  const actor = systemActorOf(context)
  const plan = planOrderChange({
    before: stored ? storedOrder(stored) : null,
    status,
    lines: pairLines(lines, stored?.lines ?? []),
    reason: textOrNull(data.statusReason),
    note: textOrNull(data.statusNote),
    system: actor !== null,
  })
  if (!plan.ok && plan.kind === 'conflict') throw new APIError(plan.message, 409, { field: plan.path, errors: [{ path: plan.path, message: plan.message }] }, true)
  if (!plan.ok) throw validationError([{ path: FIELD_OF[plan.path] ?? plan.path, message: plan.message }], 'orders')

  delete data.statusReason
  delete data.statusNote
  const linesChanged = plan.lineStatuses.some((lineStatus, index) => lineStatus !== lines[index]?.status)
  if (Array.isArray(data.lines) || linesChanged) data.lines = lines.map((line, index) => ({ ...line, status: plan.lineStatuses[index] }))
  data.status = plan.status
  data.heldFrom = plan.heldFrom
  data.shippingStatus = plan.shippingStatus
  // every save writes the statuses back, so a save from a stale read must not pass (not only status changes)
  if (stored?.id !== undefined) await lockOrderUnchanged(req, stored.id, stored.updatedAt)
  if (plan.history.length === 0) {
    // Kept as stored (fresh: the lock above refused a stale read). Left out, Payload would save the array as empty
    // and a save of any other field would wipe the history.
    if (stored) data.statusHistory = (stored.statusHistory ?? []).map(keptRow)
    else delete data.statusHistory
    return data
  }
  const at = new Date().toISOString()
  const by = isStaff(req) && req.user ? req.user.id : null
  data.statusHistory = [
    ...(stored?.statusHistory ?? []).map(keptRow),
    // `by` is whoever saved, also for the rows the order's following of the lines added
    ...plan.history.map((row) => ({ ...row, at, by, actor: row.source === 'system' ? actor : null })),
  ]
  return data
}
