/** The text of a task alert (pure): short enough for an SMS, the subject doubling as the SMS body's first line. */
import type { AlertTrigger } from './alerts'
import { TASK_STATUS_LABELS, type TaskStatus } from './workflow'

export type MessageTask = { id: number | string; title: string; dueAt?: string | null }
export type MessageFacts = { from?: TaskStatus | null; to?: TaskStatus | null; reason?: string | null; by?: string | null; adminUrl?: string | null }

const due = (task: MessageTask) => (task.dueAt ? ` (due ${task.dueAt.slice(0, 16).replace('T', ' ')} UTC)` : '')

const subjects: Record<AlertTrigger, (task: MessageTask, facts: MessageFacts) => string> = {
  assigned: (task) => `Task assigned to you: ${task.title}${due(task)}`,
  statusChanged: (task, facts) =>
    `Task ${facts.to ? TASK_STATUS_LABELS[facts.to].toLowerCase() : 'changed'}: ${task.title}`,
  dueSoon: (task) => `Task due soon: ${task.title}${due(task)}`,
  overdue: (task) => `Task overdue: ${task.title}${due(task)}`,
}

export function taskMessage(trigger: AlertTrigger, task: MessageTask, facts: MessageFacts = {}): { subject: string; text: string } {
  const subject = subjects[trigger](task, facts)
  const lines = [subject]
  if (trigger === 'statusChanged' && facts.from && facts.to) lines.push(`${TASK_STATUS_LABELS[facts.from]} → ${TASK_STATUS_LABELS[facts.to]}`)
  if (facts.reason) lines.push(`Reason: ${facts.reason}`)
  if (facts.by) lines.push(`By: ${facts.by}`)
  if (facts.adminUrl) lines.push(`Open it: ${facts.adminUrl}`)
  return { subject, text: lines.join('\n') }
}
