import { describe, expect, it } from 'vitest'

import { DEFAULT_ALERT_RULES, planAlerts, reminderDue, type AlertRule, type TaskPeople } from '../../rules/alerts'

const ann = { id: 1, email: 'ann@test.local', phone: '+15550000001' }
const bob = { id: 2, email: 'bob@test.local', phone: null }
const cy = { id: 3, email: 'cy@test.local', phone: '+15550000003' }
const people: TaskPeople = { assignee: ann, creator: bob, watchers: [cy, ann] }

describe('planAlerts with the default rules', () => {
  it('tells the assignee of an assignment by email, unless they assigned it to themselves', () => {
    expect(planAlerts(DEFAULT_ALERT_RULES, 'assigned', people, { actor: 2 })).toEqual([{ channel: 'email', to: 'ann@test.local', user: 1 }])
    expect(planAlerts(DEFAULT_ALERT_RULES, 'assigned', people, { actor: 1 })).toEqual([])
  })

  it('tells the creator and watchers when a task is done, each address once, never the actor', () => {
    expect(planAlerts(DEFAULT_ALERT_RULES, 'statusChanged', people, { status: 'done', actor: 1 })).toEqual([
      { channel: 'email', to: 'bob@test.local', user: 2 },
      { channel: 'email', to: 'cy@test.local', user: 3 },
    ])
  })

  it('says nothing for a status no rule lists', () => {
    expect(planAlerts(DEFAULT_ALERT_RULES, 'statusChanged', people, { status: 'inProgress', actor: 1 })).toEqual([])
  })

  it('sends an overdue task to the assignee by email and SMS and to the creator by email (no phone, no SMS)', () => {
    expect(planAlerts(DEFAULT_ALERT_RULES, 'overdue', people)).toEqual([
      { channel: 'email', to: 'ann@test.local', user: 1 },
      { channel: 'sms', to: '+15550000001', user: 1 },
      { channel: 'email', to: 'bob@test.local', user: 2 },
    ])
  })
})

describe('planAlerts with configured rules', () => {
  it('fires a rule without statuses on every status change, by SMS to watchers with a phone', () => {
    const rules: AlertRule[] = [{ trigger: 'statusChanged', statuses: [], channels: ['sms'], recipients: ['watchers'] }]
    expect(planAlerts(rules, 'statusChanged', { ...people, watchers: [bob, cy] }, { status: 'waiting' })).toEqual([
      { channel: 'sms', to: '+15550000003', user: 3 },
    ])
  })

  it('sends nothing to a task nobody is assigned to', () => {
    expect(planAlerts(DEFAULT_ALERT_RULES, 'dueSoon', { assignee: null, creator: bob, watchers: [] })).toEqual([])
  })
})

describe('reminderDue', () => {
  const now = new Date('2026-11-23T12:00:00Z')
  it('counts a task due within the window as due soon, and one at or past its due time as overdue', () => {
    expect(reminderDue('dueSoon', new Date('2026-11-24T12:00:00Z'), now, 24)).toBe(true)
    expect(reminderDue('dueSoon', new Date('2026-11-24T12:00:01Z'), now, 24)).toBe(false)
    expect(reminderDue('dueSoon', now, now, 24)).toBe(false)
    expect(reminderDue('overdue', now, now, 24)).toBe(true)
    expect(reminderDue('overdue', new Date('2026-11-23T12:00:01Z'), now, 24)).toBe(false)
  })
})
