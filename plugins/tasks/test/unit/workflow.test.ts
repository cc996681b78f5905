import { describe, expect, it } from 'vitest'

import { checkTransition, DEFAULT_TRANSITIONS, nextStatuses, type Transition } from '../../rules/workflow'

describe('checkTransition with the default workflow', () => {
  it('starts every task open, and refuses a new task in any other status', () => {
    expect(checkTransition(DEFAULT_TRANSITIONS, null, 'open', null)).toEqual({ ok: true, reasonRequired: false })
    expect(checkTransition(DEFAULT_TRANSITIONS, null, 'done', null)).toMatchObject({ ok: false, problem: 'forbidden' })
  })

  it('moves open → in progress → done without a reason', () => {
    expect(checkTransition(DEFAULT_TRANSITIONS, 'open', 'inProgress', null).ok).toBe(true)
    expect(checkTransition(DEFAULT_TRANSITIONS, 'inProgress', 'done', undefined).ok).toBe(true)
  })

  it('asks why a task is put on hold, cancelled or reopened; blank text is no reason', () => {
    expect(checkTransition(DEFAULT_TRANSITIONS, 'inProgress', 'waiting', '  ')).toMatchObject({ ok: false, problem: 'reasonMissing' })
    expect(checkTransition(DEFAULT_TRANSITIONS, 'open', 'cancelled', null)).toMatchObject({ ok: false, problem: 'reasonMissing' })
    expect(checkTransition(DEFAULT_TRANSITIONS, 'done', 'reopened', 'the customer called back')).toEqual({ ok: true, reasonRequired: true })
  })

  it('forbids leaving a finished task except by reopening it', () => {
    expect(checkTransition(DEFAULT_TRANSITIONS, 'done', 'inProgress', 'oops')).toMatchObject({
      ok: false,
      problem: 'forbidden',
      message: 'A task cannot go from Done to In progress.',
    })
    expect(nextStatuses(DEFAULT_TRANSITIONS, 'done')).toEqual(['reopened'])
    expect(nextStatuses(DEFAULT_TRANSITIONS, 'cancelled')).toEqual(['reopened'])
  })

  it('lets a reopened task be worked again like an open one', () => {
    expect(nextStatuses(DEFAULT_TRANSITIONS, 'reopened')).toEqual(['inProgress', 'waiting', 'done', 'cancelled'])
    expect(nextStatuses(DEFAULT_TRANSITIONS, 'open')).toEqual(['inProgress', 'waiting', 'done', 'cancelled'])
  })

  it('treats staying in the same status as no transition', () => {
    expect(checkTransition(DEFAULT_TRANSITIONS, 'waiting', 'waiting', null)).toEqual({ ok: true, reasonRequired: false })
  })
})

describe('checkTransition with a configured workflow', () => {
  const strict: Transition[] = [
    { from: 'open', to: 'done', reasonRequired: true },
    { from: 'done', to: 'reopened', reasonRequired: false },
  ]
  it('follows only the transitions configured, with their own reason rules', () => {
    expect(checkTransition(strict, 'open', 'inProgress', null)).toMatchObject({ ok: false, problem: 'forbidden' })
    expect(checkTransition(strict, 'open', 'done', null)).toMatchObject({ ok: false, problem: 'reasonMissing' })
    expect(checkTransition(strict, 'done', 'reopened', null)).toEqual({ ok: true, reasonRequired: false })
  })
})

describe("checkTransition reproducing Oro's Task Flow", () => {
  // oroinc/documentation user/back-office/system/workflows/system-workflows/task-flow.rst: Open → Start Progress →
  // In Progress; Open or In Progress → Close → Closed; In Progress → Stop Progress → Open; Closed → Reopen → Open.
  const oro: Transition[] = [
    { from: 'open', to: 'inProgress' },
    { from: 'open', to: 'done' },
    { from: 'inProgress', to: 'open' },
    { from: 'inProgress', to: 'done' },
    { from: 'done', to: 'open' },
  ]
  it('lets the settings express it: a closed task reopens straight to open, and nothing waits or cancels', () => {
    expect(nextStatuses(oro, 'open')).toEqual(['inProgress', 'done'])
    expect(nextStatuses(oro, 'inProgress')).toEqual(['open', 'done'])
    expect(checkTransition(oro, 'done', 'open', null)).toEqual({ ok: true, reasonRequired: false })
    expect(checkTransition(oro, 'open', 'cancelled', 'no longer needed')).toMatchObject({ ok: false, problem: 'forbidden' })
  })
})
