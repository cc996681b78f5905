import type { DomainEventSubscriber } from '../../../src/kit'
import type { TASK_ASSIGNED, TASK_STATUS_CHANGED } from '../events'
import { sendTaskAlerts } from './send-task-alerts'

/** `task.statusChanged` → the alerts configured for the status entered. */
export const alertOnStatusChanged =
  (dueSoonHours: number): DomainEventSubscriber<typeof TASK_STATUS_CHANGED>['handler'] =>
  async ({ data, req }) => {
    await sendTaskAlerts(
      req.payload,
      data.taskId,
      { trigger: 'statusChanged', status: data.to, actor: data.by, facts: { from: data.from, to: data.to, reason: data.reason } },
      dueSoonHours,
      req,
    )
  }

/** `task.assigned` → the alerts configured for an assignment (the assignee is not told of their own pick). */
export const alertOnAssigned =
  (dueSoonHours: number): DomainEventSubscriber<typeof TASK_ASSIGNED>['handler'] =>
  async ({ data, req }) => {
    await sendTaskAlerts(req.payload, data.taskId, { trigger: 'assigned', actor: data.by }, dueSoonHours, req)
  }
