import { describe, expect, it } from 'vitest'

import { orderMyTasks } from '../../rules/my-tasks'
import { taskMessage } from '../../rules/task-message'

describe('orderMyTasks', () => {
  const now = new Date('2026-11-23T12:00:00Z')
  it('puts overdue tasks first (longest overdue on top), then by due date, undated last, ties by priority', () => {
    const ordered = orderMyTasks(
      [
        { id: 'later', dueAt: '2026-11-30T00:00:00Z' },
        { id: 'undated' },
        { id: 'late', dueAt: '2026-11-22T00:00:00Z' },
        { id: 'very-late', dueAt: '2026-11-01T00:00:00Z' },
        { id: 'soon-low', dueAt: '2026-11-24T00:00:00Z', priority: 'low' },
        { id: 'soon-urgent', dueAt: '2026-11-24T00:00:00Z', priority: 'urgent' },
      ],
      now,
    )
    expect(ordered.map((task) => [task.id, task.overdue])).toEqual([
      ['very-late', true],
      ['late', true],
      ['soon-urgent', false],
      ['soon-low', false],
      ['later', false],
      ['undated', false],
    ])
  })
})

describe('taskMessage', () => {
  it('names the change, the reason, who made it and where to open it', () => {
    expect(
      taskMessage('statusChanged', { id: 7, title: 'Call Northwind' }, { from: 'open', to: 'cancelled', reason: 'duplicate', by: 'Ann', adminUrl: 'http://b.test/admin/collections/tasks/7' }),
    ).toEqual({
      subject: 'Task cancelled: Call Northwind',
      text: 'Task cancelled: Call Northwind\nOpen → Cancelled\nReason: duplicate\nBy: Ann\nOpen it: http://b.test/admin/collections/tasks/7',
    })
  })

  it('gives the due time in UTC in reminders', () => {
    expect(taskMessage('overdue', { id: 7, title: 'Call Northwind', dueAt: '2026-11-23T09:30:00.000Z' }).subject).toBe(
      'Task overdue: Call Northwind (due 2026-11-23 09:30 UTC)',
    )
  })
})
