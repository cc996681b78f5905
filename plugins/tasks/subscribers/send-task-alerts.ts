import type { Payload, PayloadRequest } from 'payload'

import { sendNotification, type Id } from '../../../src/kit'
import { planAlerts, type AlertTrigger, type Person, type TaskPeople } from '../rules/alerts'
import { taskMessage, type MessageFacts } from '../rules/task-message'
import type { TaskStatus } from '../rules/workflow'
import { loadTaskSettings } from '../hooks/task-settings'

type StaffDoc = Person & { name?: string | null }
type TaskDoc = { id: Id; title: string; dueAt?: string | null; assignee?: unknown; creator?: unknown; watchers?: unknown[] | null }

const person = (value: unknown): StaffDoc | null => (value && typeof value === 'object' && 'id' in value ? (value as StaffDoc) : null)

export type TaskAlert = { trigger: AlertTrigger; status?: TaskStatus | null; actor?: Id | null; facts?: Omit<MessageFacts, 'by' | 'adminUrl'> }

/**
 * Sends the alerts the settings plan for one occurrence on a task, to its assignee, creator and watchers (loaded
 * here, after the change committed). Returns how many messages went out. A failed send throws, so the delivery is
 * retried; call it only where a send is allowed (an `external` event subscriber, a scheduled task).
 */
export async function sendTaskAlerts(payload: Payload, taskId: Id, alert: TaskAlert, dueSoonHours: number, req?: PayloadRequest): Promise<number> {
  const settings = await loadTaskSettings(payload, dueSoonHours)
  if (!settings.alertsEnabled) return 0
  const task = (await payload.findByID({ collection: 'tasks', id: taskId, depth: 1, overrideAccess: true, disableErrors: true, req })) as TaskDoc | null
  if (!task) return 0
  const people: TaskPeople = {
    assignee: person(task.assignee),
    creator: person(task.creator),
    watchers: (task.watchers ?? []).map(person).filter((watcher): watcher is StaffDoc => watcher !== null),
  }
  const planned = planAlerts(settings.alertRules, alert.trigger, people, { status: alert.status, actor: alert.actor })
  if (planned.length === 0) return 0
  const everyone = [people.assignee, people.creator, ...people.watchers].filter((someone): someone is StaffDoc => someone !== null)
  const actor = alert.actor === undefined || alert.actor === null ? null : everyone.find((someone) => String(someone.id) === String(alert.actor))
  const serverUrl = payload.config.serverURL
  const message = taskMessage(alert.trigger, task, {
    ...alert.facts,
    by: actor ? (actor.name ?? actor.email ?? null) : null,
    adminUrl: serverUrl ? `${serverUrl}/admin/collections/tasks/${task.id}` : null,
  })
  for (const { channel, to } of planned) {
    await sendNotification(
      payload,
      { channel, to, subject: message.subject, text: channel === 'sms' ? message.text.split('\n').slice(0, 2).join('\n') : message.text },
      { about: { collection: 'tasks', id: task.id }, event: `task.${alert.trigger}` },
    )
  }
  return planned.length
}
