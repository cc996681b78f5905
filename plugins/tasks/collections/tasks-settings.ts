import type { GlobalConfig } from 'payload'

import { administratorsOnly, selectOptions, staffOnly } from '../../../src/kit'
import { ALERT_RECIPIENTS, ALERT_TRIGGERS, DEFAULT_ALERT_RULES } from '../rules/alerts'
import { DEFAULT_TRANSITIONS, TASK_STATUS_LABELS, TASK_STATUSES } from '../rules/workflow'

export const TASKS_SETTINGS_SLUG = 'tasks-settings'

const statusOptions = TASK_STATUSES.map((value) => ({ value, label: TASK_STATUS_LABELS[value] }))

/** The workflow and the alerts, editable by administrators; an empty list means the defaults (rules/*.ts). */
export const tasksSettings = (defaults: { dueSoonHours: number }): GlobalConfig => ({
  slug: TASKS_SETTINGS_SLUG,
  label: 'Task settings',
  admin: { group: 'Settings' },
  access: { read: staffOnly, update: administratorsOnly },
  fields: [
    {
      name: 'transitions',
      type: 'array',
      admin: { description: 'The status changes allowed, and which must say why. Empty: the default workflow.' },
      defaultValue: DEFAULT_TRANSITIONS.map((transition) => ({ ...transition })),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'from', type: 'select', required: true, options: statusOptions, admin: { width: '35%' } },
            { name: 'to', type: 'select', required: true, options: statusOptions, admin: { width: '35%' } },
            { name: 'reasonRequired', type: 'checkbox', defaultValue: false, admin: { width: '30%' } },
          ],
        },
      ],
    },
    {
      name: 'alertsEnabled',
      type: 'checkbox',
      defaultValue: true,
      admin: { description: 'Off: no task alert or reminder goes out.' },
    },
    {
      name: 'alertRules',
      type: 'array',
      admin: { description: 'Who is told, by which channel, on which occasion. Empty: the default rules.' },
      defaultValue: DEFAULT_ALERT_RULES.map((rule) => ({ ...rule, statuses: rule.statuses ? [...rule.statuses] : [] })),
      fields: [
        { name: 'trigger', type: 'select', required: true, options: selectOptions(ALERT_TRIGGERS) },
        {
          name: 'statuses',
          type: 'select',
          hasMany: true,
          options: statusOptions,
          admin: { description: 'Status changes only: the statuses entered that fire it (none: every one)' },
        },
        { name: 'channels', type: 'select', hasMany: true, required: true, options: selectOptions(['email', 'sms']) },
        { name: 'recipients', type: 'select', hasMany: true, required: true, options: selectOptions(ALERT_RECIPIENTS) },
      ],
    },
    {
      name: 'dueSoonHours',
      type: 'number',
      min: 1,
      max: 720,
      defaultValue: defaults.dueSoonHours,
      admin: { description: 'A task is "due soon" this many hours before its due date (one reminder).' },
    },
  ],
})
