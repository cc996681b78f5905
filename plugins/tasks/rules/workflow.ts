/**
 * The task status workflow (pure): which status may follow which, and whether the change must say why. The
 * transitions live in the `tasks-settings` global; DEFAULT_TRANSITIONS is what a fresh install starts with.
 */
export const TASK_STATUSES = ['open', 'inProgress', 'waiting', 'done', 'cancelled', 'reopened'] as const
export type TaskStatus = (typeof TASK_STATUSES)[number]

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  open: 'Open',
  inProgress: 'In progress',
  waiting: 'Waiting',
  done: 'Done',
  cancelled: 'Cancelled',
  reopened: 'Reopened',
}

/** Every task starts here. */
export const INITIAL_STATUS: TaskStatus = 'open'

/** Statuses in which a task is finished: no reminders, not in "My tasks". */
export const CLOSED_STATUSES: readonly TaskStatus[] = ['done', 'cancelled']

export const isTaskStatus = (value: unknown): value is TaskStatus => TASK_STATUSES.includes(value as TaskStatus)

export type Transition = { from: TaskStatus; to: TaskStatus; reasonRequired?: boolean | null }

const active: TaskStatus[] = ['open', 'inProgress', 'waiting', 'reopened']
const move = (from: TaskStatus, to: TaskStatus, reasonRequired = false): Transition => ({ from, to, reasonRequired })

/**
 * open, in progress, waiting and reopened move freely among themselves and to done; cancelling and reopening (a done
 * or cancelled task) need a reason, and so does putting a task on hold (waiting: on what?).
 */
export const DEFAULT_TRANSITIONS: readonly Transition[] = [
  ...active.flatMap((from) =>
    (['inProgress', 'waiting', 'done', 'cancelled'] as const)
      .filter((to) => to !== from)
      .map((to) => move(from, to, to === 'cancelled' || to === 'waiting')),
  ),
  move('waiting', 'open'),
  move('inProgress', 'open'),
  move('done', 'reopened', true),
  move('cancelled', 'reopened', true),
]

export type TransitionVerdict =
  | { ok: true; reasonRequired: boolean }
  | { ok: false; problem: 'forbidden'; message: string }
  | { ok: false; problem: 'reasonMissing'; message: string }

const label = (status: TaskStatus) => TASK_STATUS_LABELS[status]

/**
 * Whether a task may go from `from` to `to` with `reason`. `from` null is a new task: it must start at
 * INITIAL_STATUS. Staying in the same status is no transition (always allowed, no reason needed).
 */
export function checkTransition(
  transitions: readonly Transition[],
  from: TaskStatus | null,
  to: TaskStatus,
  reason: string | null | undefined,
): TransitionVerdict {
  if (from === null) {
    return to === INITIAL_STATUS
      ? { ok: true, reasonRequired: false }
      : { ok: false, problem: 'forbidden', message: `A new task starts ${label(INITIAL_STATUS)}, not ${label(to)}.` }
  }
  if (from === to) return { ok: true, reasonRequired: false }
  const transition = transitions.find((candidate) => candidate.from === from && candidate.to === to)
  if (!transition) return { ok: false, problem: 'forbidden', message: `A task cannot go from ${label(from)} to ${label(to)}.` }
  const reasonRequired = transition.reasonRequired === true
  if (reasonRequired && !reason?.trim()) {
    return { ok: false, problem: 'reasonMissing', message: `Say why the task goes from ${label(from)} to ${label(to)}.` }
  }
  return { ok: true, reasonRequired }
}

/** The statuses a task in `from` may move to, for the admin's hint and the API's error. */
export const nextStatuses = (transitions: readonly Transition[], from: TaskStatus): TaskStatus[] =>
  TASK_STATUSES.filter((to) => transitions.some((transition) => transition.from === from && transition.to === to))
