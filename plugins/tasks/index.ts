import type { CollectionConfig, Config, Plugin } from 'payload'

import { addRelatedPanel, declareOwnerFields, extendCollection, registerDemoSeed, registerScheduledTask, subscribeToDomainEvent } from '../../src/kit'
import { TaskComments, TASK_COMMENTS_SLUG } from './collections/task-comments'
import { TASKS_SLUG, tasksCollection } from './collections/tasks'
import { tasksSettings } from './collections/tasks-settings'
import { seedDemoTasks } from './demo/seed-demo-tasks'
import { TASK_ASSIGNED, TASK_STATUS_CHANGED } from './events'
import { sendDueReminders } from './jobs/send-due-reminders'
import { alertOnAssigned, alertOnStatusChanged } from './subscribers/alert-on-task-events'

export { TASK_ASSIGNED, TASK_STATUS_CHANGED } from './events'

/** What a task may concern, when those collections exist in the config (core, crm, inventory). */
export const DEFAULT_CONCERNS = [
  'customers',
  'orders',
  'products',
  'accounts',
  'contacts',
  'leads',
  'opportunities',
  'warehouses',
  'inventory-levels',
] as const

export type TasksPluginOptions = {
  /**
   * false removes the plugin: no tasks, comments, settings, panels, alerts or reminders.
   * @default true
   */
  enabled?: boolean
  /**
   * The collections a task may concern; those absent from the config when the plugin runs are skipped. Each one
   * gets a Tasks tab listing its tasks, with quick creation prefilled with the record.
   * @default DEFAULT_CONCERNS (customers, orders, products, accounts, contacts, leads, opportunities, warehouses, inventory-levels)
   */
  concerns?: readonly string[]
  /**
   * The task types offered; the first is the default.
   * @default ['todo', 'call', 'email', 'meeting', 'followUp']
   */
  types?: readonly string[]
  /**
   * How long before its due date a task counts as "due soon", until `tasks-settings.dueSoonHours` says otherwise.
   * @default 24
   */
  dueSoonHours?: number
  /**
   * How often the reminder sweep runs (due soon, overdue), in seconds.
   * @default 300
   */
  reminderEverySeconds?: number
  /**
   * How often a failed alert delivery is retried by the job runner.
   * @default 5
   */
  retries?: number
  /**
   * Show "My tasks" on the admin dashboard.
   * @default true
   */
  dashboard?: boolean
}

const PLUGIN = 'tasks'

const addDashboard = (config: Config): Config => ({
  ...config,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), '/plugins/tasks/components/my-tasks#MyTasks'],
    },
  },
})

/**
 * Tasks with a status workflow, history, comments, alerts and reminders (README.md). Apply it after the plugins
 * whose records tasks concern (crm, inventory), so their collections get the Tasks panel.
 */
export const tasksPlugin =
  (options: TasksPluginOptions = {}): Plugin =>
  (incoming) => {
    if (options.enabled === false) return incoming
    const dueSoonHours = options.dueSoonHours ?? 24
    const present = new Set((incoming.collections ?? []).map((collection) => collection.slug))
    const concerns = (options.concerns ?? DEFAULT_CONCERNS).filter((slug) => present.has(slug))
    // own = owned (created), assigned to me, or created by me (src/kit/access-levels.ts)
    declareOwnerFields(TASKS_SLUG, ['assignee', 'creator'])
    let config: Config = {
      ...incoming,
      collections: [
        ...(incoming.collections ?? []),
        tasksCollection({ concerns, types: options.types ?? ['todo', 'call', 'email', 'meeting', 'followUp'], dueSoonHours }),
        TaskComments,
      ],
      globals: [...(incoming.globals ?? []), tasksSettings({ dueSoonHours })],
    }
    config = addRelatedPanel(config, PLUGIN, TASKS_SLUG, {
      name: 'comments',
      label: 'Comments',
      collection: TASK_COMMENTS_SLUG,
      on: 'task',
      defaultColumns: ['body', 'author', 'createdAt'],
      defaultLimit: 50,
      onDelete: 'cascade',
    })
    for (const slug of concerns) {
      config = addRelatedPanel(config, PLUGIN, slug, {
        name: 'tasks',
        label: 'Tasks',
        collection: TASKS_SLUG,
        on: 'concerns',
        defaultColumns: ['title', 'status', 'priority', 'dueAt', 'assignee'],
      })
    }
    if (options.dashboard !== false) config = addDashboard(config)
    const retries = options.retries ?? 5
    subscribeToDomainEvent(config, {
      event: TASK_STATUS_CHANGED,
      name: 'tasks:alert-status-changed',
      retries,
      effects: 'external',
      handler: alertOnStatusChanged(dueSoonHours),
    })
    subscribeToDomainEvent(config, { event: TASK_ASSIGNED, name: 'tasks:alert-assigned', retries, effects: 'external', handler: alertOnAssigned(dueSoonHours) })
    const sweep = sendDueReminders(dueSoonHours)
    registerScheduledTask(config, {
      name: 'tasks:reminders',
      plugin: PLUGIN,
      everySeconds: options.reminderEverySeconds ?? 300,
      run: async (payload) => {
        await sweep(payload)
      },
    })
    registerDemoSeed(config, { name: 'tasks:demo', plugin: PLUGIN, seed: seedDemoTasks })
    return config
  }
