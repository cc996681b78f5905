import type { Payload, PayloadRequest } from 'payload'

import { cachedPerRequest } from '../../../src/kit'
import { DEFAULT_ALERT_RULES, type AlertRule } from '../rules/alerts'
import { DEFAULT_TRANSITIONS, type Transition } from '../rules/workflow'
import { TASKS_SETTINGS_SLUG } from '../collections/tasks-settings'

export type TaskSettings = { transitions: readonly Transition[]; alertsEnabled: boolean; alertRules: readonly AlertRule[]; dueSoonHours: number }

type Stored = {
  transitions?: Transition[] | null
  alertsEnabled?: boolean | null
  alertRules?: AlertRule[] | null
  dueSoonHours?: number | null
}

/** The stored settings with the defaults where a list is empty (never saved, or emptied on purpose). */
export function resolveSettings(stored: Stored, dueSoonHours: number): TaskSettings {
  return {
    transitions: stored.transitions?.length ? stored.transitions : DEFAULT_TRANSITIONS,
    alertsEnabled: stored.alertsEnabled !== false,
    alertRules: stored.alertRules?.length ? stored.alertRules : DEFAULT_ALERT_RULES,
    dueSoonHours: stored.dueSoonHours ?? dueSoonHours,
  }
}

export async function loadTaskSettings(payload: Payload, dueSoonHours: number, req?: PayloadRequest): Promise<TaskSettings> {
  const load = async () =>
    resolveSettings((await payload.findGlobal({ slug: TASKS_SETTINGS_SLUG as never, depth: 0, overrideAccess: true, req })) as Stored, dueSoonHours)
  return req ? cachedPerRequest(req, 'tasks:settings', load) : load()
}
