/** The order of "My tasks" (pure): overdue first (the longest overdue on top), then by due date, undated last. */
export type ListedTask = { id: number | string; dueAt?: string | null; priority?: string | null }

const PRIORITY_RANK: Record<string, number> = { urgent: 0, high: 1, normal: 2, low: 3 }

export function orderMyTasks<T extends ListedTask>(tasks: readonly T[], now: Date): Array<T & { overdue: boolean }> {
  const time = (task: T) => (task.dueAt ? new Date(task.dueAt).getTime() : Number.POSITIVE_INFINITY)
  return tasks
    .map((task) => ({ ...task, overdue: time(task) <= now.getTime() }))
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        time(a) - time(b) ||
        (PRIORITY_RANK[a.priority ?? 'normal'] ?? 2) - (PRIORITY_RANK[b.priority ?? 'normal'] ?? 2),
    )
}
