import type { Payload, Where } from 'payload'

import { poolOf } from '../../../src/kit'
import { reminderDue } from '../rules/alerts'
import { CLOSED_STATUSES } from '../rules/workflow'
import { loadTaskSettings } from '../hooks/task-settings'
import { sendTaskAlerts } from '../subscribers/send-task-alerts'

type Kind = 'dueSoon' | 'overdue'

/** The flag each reminder flips, and its column (Payload's snake_case of the field name). */
const FLAGS: Record<Kind, { field: string; column: string }> = {
  overdue: { field: 'overdueAlertedAt', column: 'overdue_alerted_at' },
  dueSoon: { field: 'dueSoonAlertedAt', column: 'due_soon_alerted_at' },
}

/**
 * Claims one reminder with one conditional UPDATE that only the first runner wins (the flag is still null), and
 * commits it before sending: two runners never send the same reminder; a runner that dies between the claim and the
 * send loses that reminder (at most once, never twice).
 */
async function claimReminder(payload: Payload, kind: Kind, taskId: number | string): Promise<boolean> {
  const { column } = FLAGS[kind]
  const claimed = await poolOf(payload).query(`update tasks set ${column} = now() where id = $1 and ${column} is null returning id`, [taskId])
  return (claimed.rowCount ?? 0) > 0
}

const candidates = (kind: Kind, now: Date, dueSoonHours: number): Where => ({
  and: [
    { status: { not_in: [...CLOSED_STATUSES] } },
    { [FLAGS[kind].field]: { exists: false } },
    kind === 'overdue'
      ? { dueAt: { less_than_equal: now.toISOString() } }
      : { dueAt: { greater_than: now.toISOString(), less_than_equal: new Date(now.getTime() + dueSoonHours * 3_600_000).toISOString() } },
  ],
})

/**
 * The scheduled sweep: every open task that has fallen due soon or overdue since the last run gets its reminder
 * once (overdue first, so a task already overdue is not also told it is due soon). Returns what it sent.
 */
export const sendDueReminders =
  (defaultDueSoonHours: number) =>
  async (payload: Payload, now: Date = new Date()): Promise<{ dueSoon: number; overdue: number }> => {
    const sent = { dueSoon: 0, overdue: 0 }
    const settings = await loadTaskSettings(payload, defaultDueSoonHours)
    if (!settings.alertsEnabled) return sent
    for (const kind of ['overdue', 'dueSoon'] as const) {
      const { docs } = await payload.find({
        collection: 'tasks',
        where: candidates(kind, now, settings.dueSoonHours),
        select: { dueAt: true },
        sort: 'dueAt',
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      for (const task of docs) {
        if (!task.dueAt || !reminderDue(kind, new Date(task.dueAt), now, settings.dueSoonHours)) continue
        if (!(await claimReminder(payload, kind, task.id))) continue
        try {
          await sendTaskAlerts(payload, task.id, { trigger: kind }, defaultDueSoonHours)
          sent[kind] += 1
        } catch (error) {
          // claimed, so not retried: one reminder lost is better than one sent twice; the others still go out
          payload.logger.error(`tasks: the ${kind} reminder of task ${task.id} failed: ${String(error)}`)
        }
      }
    }
    return sent
  }
