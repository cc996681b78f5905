import type { CollectionAfterChangeHook } from 'payload'

import { emitDomainEvent, idOf, isStaff } from '../../../src/kit'
import { TASK_ASSIGNED, TASK_STATUS_CHANGED } from '../events'
import type { TaskStatus } from '../rules/workflow'

type History = Array<{ reason?: string | null }> | null | undefined

/**
 * Emits `task.statusChanged` and `task.assigned` in the task's own transaction (the outbox: no event for a change
 * that rolled back). A new task's first status is no change; a new task with an assignee is an assignment.
 */
export const emitTaskEvents: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const by = isStaff(req) && req.user ? req.user.id : null
  if (operation === 'update' && previousDoc?.status !== doc.status) {
    const history = doc.history as History
    await emitDomainEvent(req, TASK_STATUS_CHANGED, {
      taskId: doc.id,
      title: doc.title,
      from: (previousDoc?.status ?? null) as TaskStatus | null,
      to: doc.status as TaskStatus,
      reason: history?.at(-1)?.reason ?? null,
      by,
    })
  }
  const assignee = idOf(doc.assignee)
  const previous = operation === 'update' ? idOf(previousDoc?.assignee) : null
  if (assignee !== null && String(assignee) !== String(previous)) {
    await emitDomainEvent(req, TASK_ASSIGNED, { taskId: doc.id, title: doc.title, assignee, previous, by })
  }
  return doc
}
