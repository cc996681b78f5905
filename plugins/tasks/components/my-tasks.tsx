/**
 * "My tasks" on the admin dashboard (a server component): the open tasks assigned to the logged-in staff user,
 * overdue first and highlighted. Payload renders dashboard components for whoever reaches the page and the local
 * API skips access by default, so it checks the user itself and reads with the user's own access.
 */
import type { Payload, TypedUser } from 'payload'

import { orderMyTasks } from '../rules/my-tasks'
import { CLOSED_STATUSES, TASK_STATUS_LABELS, isTaskStatus } from '../rules/workflow'

type Props = { payload: Payload; user?: TypedUser | null }
type Row = { id: number | string; title: string; dueAt?: string | null; priority?: string | null; status?: string | null }

const overdueStyle = { background: 'var(--theme-error-50, #fdecea)', color: 'var(--theme-error-750, #8a1c1c)' }
const cell = { padding: '6px 10px', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' as const }

export async function MyTasks({ payload, user }: Props) {
  if (!user || user.collection !== 'users') return null
  // the dashboard's `user` has field read access applied; the full principal carries the roles access needs
  const principal = await payload.findByID({ collection: 'users', id: user.id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!principal) return null
  const { docs, totalDocs } = await payload.find({
    collection: 'tasks',
    where: { and: [{ assignee: { equals: user.id } }, { status: { not_in: [...CLOSED_STATUSES] } }] },
    select: { title: true, dueAt: true, priority: true, status: true },
    sort: 'dueAt',
    limit: 50,
    depth: 0,
    overrideAccess: false,
    // a user whose roles do not reach tasks gets an empty list, not an error on the dashboard
    disableErrors: true,
    user: { ...principal, collection: 'users' },
  })
  const rows = orderMyTasks(docs as Row[], new Date())
  const adminRoute = payload.config.routes.admin
  return (
    <section className="my-tasks" style={{ marginBottom: 32 }}>
      <h2 style={{ marginBottom: 12 }}>My tasks</h2>
      {rows.length === 0 ? (
        <p className="my-tasks__empty">Nothing open is assigned to you.</p>
      ) : (
        <table className="my-tasks__table" style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={cell}>Task</th>
              <th style={cell}>Due</th>
              <th style={cell}>Priority</th>
              <th style={cell}>Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((task) => (
              <tr key={task.id} className={task.overdue ? 'my-tasks__row my-tasks__row--overdue' : 'my-tasks__row'} style={task.overdue ? overdueStyle : undefined}>
                <td style={cell}>
                  <a href={`${adminRoute}/collections/tasks/${task.id}`}>{task.title}</a>
                  {task.overdue ? <strong className="my-tasks__badge"> · Overdue</strong> : null}
                </td>
                <td style={cell}>{task.dueAt ? new Date(task.dueAt).toISOString().slice(0, 16).replace('T', ' ') + ' UTC' : '—'}</td>
                <td style={cell}>{task.priority ?? 'normal'}</td>
                <td style={cell}>{isTaskStatus(task.status) ? TASK_STATUS_LABELS[task.status] : task.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {totalDocs > rows.length ? <p>{totalDocs - rows.length} more: see the Tasks list.</p> : null}
    </section>
  )
}
