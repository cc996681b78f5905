import type { CollectionConfig, CollectionSlug } from 'payload'

import { serverComputed, staffOnly, STAFF_COLLECTION } from '../../../src/kit'
import { applyStatusWorkflow } from '../hooks/apply-status-workflow'
import { emitTaskEvents } from '../hooks/emit-task-events'
import { stampCreatorAndResetReminders } from '../hooks/stamp-creator'
import { TASK_STATUS_LABELS, TASK_STATUSES, INITIAL_STATUS } from '../rules/workflow'

export const TASKS_SLUG = 'tasks'

export const TASK_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const

export type TasksCollectionOptions = {
  /** slugs a task may concern (already filtered to the collections present) */
  concerns: readonly string[]
  /** the task types offered */
  types: readonly string[]
  /** the settings' due-soon window, for the admin hint */
  dueSoonHours: number
}

const statusOptions = TASK_STATUSES.map((value) => ({ value, label: TASK_STATUS_LABELS[value] }))
const labelled = (values: readonly string[]) => values.map((value) => ({ value, label: value.charAt(0).toUpperCase() + value.slice(1) }))

/**
 * Tasks: who does what, by when, about which record. Secured (owner and business unit; `own` also covers the
 * assignee and the creator, declared in index.ts), staff only. The status follows the workflow of `tasks-settings`
 * (hooks/apply-status-workflow.ts), each change kept in `history`.
 */
export const tasksCollection = (options: TasksCollectionOptions): CollectionConfig => ({
  slug: TASKS_SLUG,
  labels: { singular: 'Task', plural: 'Tasks' },
  custom: { bureau: { secured: true } },
  admin: {
    useAsTitle: 'title',
    group: 'Tasks',
    defaultColumns: ['title', 'status', 'priority', 'dueAt', 'assignee', 'concerns'],
    listSearchableFields: ['title'],
  },
  access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 300 },
    { name: 'description', type: 'textarea' },
    {
      type: 'row',
      fields: [
        { name: 'type', type: 'select', options: labelled(options.types), defaultValue: options.types[0], admin: { width: '33%' } },
        { name: 'priority', type: 'select', options: labelled(TASK_PRIORITIES), defaultValue: 'normal', required: true, index: true, admin: { width: '33%' } },
        {
          name: 'dueAt',
          type: 'date',
          index: true,
          admin: { width: '34%', date: { pickerAppearance: 'dayAndTime' }, description: `Reminded ${options.dueSoonHours} h before, and when overdue` },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'status', type: 'select', options: statusOptions, defaultValue: INITIAL_STATUS, required: true, index: true, admin: { width: '50%' } },
        {
          name: 'statusReason',
          type: 'text',
          virtual: true,
          maxLength: 1000,
          admin: { width: '50%', description: 'Why the status changes (required on some changes); kept in the history' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'assignee', type: 'relationship', relationTo: STAFF_COLLECTION, index: true, admin: { width: '50%' } },
        { name: 'team', type: 'relationship', relationTo: 'business-units', index: true, admin: { width: '50%', description: 'or a whole team' } },
      ],
    },
    { name: 'watchers', type: 'relationship', relationTo: STAFF_COLLECTION, hasMany: true, admin: { description: 'Told as the alert settings say' } },
    ...(options.concerns.length
      ? [
          {
            name: 'concerns',
            type: 'relationship' as const,
            relationTo: options.concerns as CollectionSlug[],
            index: true,
            admin: { description: 'The record this task is about' },
          },
        ]
      : []),
    serverComputed({ name: 'creator', type: 'relationship', relationTo: STAFF_COLLECTION, index: true, admin: { position: 'sidebar' } }),
    serverComputed({
      name: 'history',
      type: 'array',
      admin: { description: 'Every status change: who, when, from, to, why', initCollapsed: false },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' }, width: '20%' } },
            { name: 'by', type: 'relationship', relationTo: STAFF_COLLECTION, admin: { width: '20%' } },
            { name: 'from', type: 'select', options: statusOptions, admin: { width: '15%' } },
            { name: 'to', type: 'select', options: statusOptions, admin: { width: '15%' } },
            { name: 'reason', type: 'text', admin: { width: '30%' } },
          ],
        },
      ],
    }),
    serverComputed({ name: 'dueSoonAlertedAt', type: 'date', admin: { position: 'sidebar', description: 'When the due-soon reminder went out' } }),
    serverComputed({ name: 'overdueAlertedAt', type: 'date', admin: { position: 'sidebar', description: 'When the overdue reminder went out' } }),
  ],
  hooks: {
    beforeChange: [stampCreatorAndResetReminders, applyStatusWorkflow(options.dueSoonHours)],
    afterChange: [emitTaskEvents],
  },
})
