import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { idOf, isStaff, validationError } from '../../../src/kit'
import { checkTransition, isTaskStatus, nextStatuses, TASK_STATUS_LABELS, type TaskStatus } from '../rules/workflow'
import { claimStatusChange } from './claim-status-change'
import { loadTaskSettings } from './task-settings'

type HistoryEntry = { at: string; by: number | string | null; from: TaskStatus | null; to: TaskStatus; reason: string | null }

/**
 * Checks the status change against the workflow of `tasks-settings` and records it in `history`: a change the
 * workflow forbids answers 409 naming `status`, a change that needs a reason and has none 400 naming
 * `statusReason`; either way nothing is written. An allowed change first claims the task in its current status
 * (claim-status-change.ts), so concurrent changes are serialized and a stale one answers 409. An unknown status is left to the field's own validation (400).
 */
export const applyStatusWorkflow =
  (dueSoonHours: number): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
    const previous: unknown = originalDoc?.status
    const from: TaskStatus | null = operation === 'create' || !isTaskStatus(previous) ? null : previous
    const to: unknown = data.status ?? from ?? 'open'
    if (!isTaskStatus(to)) return data
    const reason = typeof data.statusReason === 'string' ? data.statusReason.trim() || null : null
    const settings = await loadTaskSettings(req.payload, dueSoonHours, req)
    const verdict = checkTransition(settings.transitions, from, to, reason)
    if (!verdict.ok && verdict.problem === 'forbidden') {
      const allowed = from ? nextStatuses(settings.transitions, from).map((status) => TASK_STATUS_LABELS[status]) : []
      const message = `${verdict.message}${from ? ` Allowed from ${TASK_STATUS_LABELS[from]}: ${allowed.join(', ') || 'none'}.` : ''}`
      throw new APIError(message, 409, { field: 'status', errors: [{ path: 'status', message }] }, true)
    }
    if (!verdict.ok) throw validationError([{ path: 'statusReason', message: verdict.message }], 'tasks')
    if (from !== null && from !== to && originalDoc && !(await claimStatusChange(req, originalDoc.id, from))) {
      const message = 'The task changed status meanwhile; reload it and try again.'
      throw new APIError(message, 409, { field: 'status', errors: [{ path: 'status', message }] }, true)
    }
    const history = (Array.isArray(originalDoc?.history) && operation !== 'create' ? originalDoc.history : []) as HistoryEntry[]
    if (operation === 'create' || from !== to) {
      const entry: HistoryEntry = { at: new Date().toISOString(), by: isStaff(req) && req.user ? req.user.id : null, from, to, reason }
      data.history = [...history.map(({ at, by, from: was, to: now, reason: why }) => ({ at, by: idOf(by), from: was, to: now, reason: why })), entry]
    } else {
      delete data.history
    }
    return data
  }
