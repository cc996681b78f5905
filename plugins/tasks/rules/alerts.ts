/**
 * Who hears about what happens to a task, and by which channel (pure). The rules live in the `tasks-settings`
 * global; DEFAULT_ALERT_RULES is what a fresh install starts with.
 */
import type { TaskStatus } from './workflow'

export const ALERT_TRIGGERS = ['statusChanged', 'assigned', 'dueSoon', 'overdue'] as const
export type AlertTrigger = (typeof ALERT_TRIGGERS)[number]

export const ALERT_RECIPIENTS = ['assignee', 'creator', 'watchers'] as const
export type AlertRecipient = (typeof ALERT_RECIPIENTS)[number]

export type AlertChannel = 'email' | 'sms'

export type AlertRule = {
  trigger: AlertTrigger
  /** statusChanged only: the statuses entered that fire it; none listed = every status */
  statuses?: readonly TaskStatus[] | null
  channels: readonly AlertChannel[]
  recipients: readonly AlertRecipient[]
}

/**
 * The assignee hears of a new assignment, and of a task falling due soon; an overdue task goes to the assignee by
 * email and SMS and to its creator by email; the creator and watchers hear when it is done or cancelled.
 */
export const DEFAULT_ALERT_RULES: readonly AlertRule[] = [
  { trigger: 'assigned', channels: ['email'], recipients: ['assignee'] },
  { trigger: 'statusChanged', statuses: ['done', 'cancelled'], channels: ['email'], recipients: ['creator', 'watchers'] },
  { trigger: 'dueSoon', channels: ['email'], recipients: ['assignee'] },
  { trigger: 'overdue', channels: ['email', 'sms'], recipients: ['assignee'] },
  { trigger: 'overdue', channels: ['email'], recipients: ['creator'] },
]

export type Person = { id: number | string; email?: string | null; phone?: string | null }
export type TaskPeople = { assignee: Person | null; creator: Person | null; watchers: readonly Person[] }

export type PlannedAlert = { channel: AlertChannel; to: string; user: number | string }

const peopleFor = (people: TaskPeople, recipient: AlertRecipient): readonly Person[] =>
  recipient === 'watchers' ? people.watchers : [people[recipient]].filter((person): person is Person => person !== null)

const addressOf = (person: Person, channel: AlertChannel) => (channel === 'email' ? person.email : person.phone)?.trim() || null

/**
 * The messages to send for one occurrence of `trigger` (with the status entered, for statusChanged): one per
 * channel and address, however many rules or roles name the same person. The person who caused the change
 * (`actor`) is not told about their own action; reminders have no actor. People without an address for a channel
 * (no phone) are skipped on it.
 */
export function planAlerts(
  rules: readonly AlertRule[],
  trigger: AlertTrigger,
  people: TaskPeople,
  options: { status?: TaskStatus | null; actor?: number | string | null } = {},
): PlannedAlert[] {
  const planned = new Map<string, PlannedAlert>()
  for (const rule of rules) {
    if (rule.trigger !== trigger) continue
    if (trigger === 'statusChanged' && rule.statuses?.length && (!options.status || !rule.statuses.includes(options.status))) continue
    for (const recipient of rule.recipients) {
      for (const person of peopleFor(people, recipient)) {
        if (options.actor !== undefined && options.actor !== null && String(person.id) === String(options.actor)) continue
        for (const channel of rule.channels) {
          const to = addressOf(person, channel)
          if (to && !planned.has(`${channel}:${to}`)) planned.set(`${channel}:${to}`, { channel, to, user: person.id })
        }
      }
    }
  }
  return [...planned.values()]
}

/** Whether a reminder of this kind is due for a task at `now` (due soon: within `dueSoonHours`, not yet overdue). */
export function reminderDue(kind: 'dueSoon' | 'overdue', dueAt: Date, now: Date, dueSoonHours: number): boolean {
  const left = dueAt.getTime() - now.getTime()
  return kind === 'overdue' ? left <= 0 : left > 0 && left <= dueSoonHours * 3_600_000
}
