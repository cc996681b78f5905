/**
 * The domain events tasks emit (hooks/emit-task-events.ts), declared in the kit's event map so other plugins can
 * subscribe to them typed, by name, without importing this plugin.
 */
import type { DomainEventName, Id } from '../../src/kit'

import type { TaskStatus } from './rules/workflow'

export type TaskStatusChanged = { taskId: Id; title: string; from: TaskStatus | null; to: TaskStatus; reason: string | null; by: Id | null }
export type TaskAssigned = { taskId: Id; title: string; assignee: Id; previous: Id | null; by: Id | null }

declare module '../../src/kit' {
  interface DomainEvents {
    'task.statusChanged': TaskStatusChanged
    'task.assigned': TaskAssigned
  }
}

export const TASK_STATUS_CHANGED = 'task.statusChanged' satisfies DomainEventName
export const TASK_ASSIGNED = 'task.assigned' satisfies DomainEventName
