import { describe, expect, it } from 'vitest'

import { getRegistry, ownerFieldsOf } from '../../../../src/kit'
import { collectionOf, expectAppends, expectDisabledLeavesConfig, fieldNames, literalConfig } from '../../../../test/helpers/plugin-config'
import { tasksPlugin } from '../../index'

const tabNames = (config: Awaited<ReturnType<typeof expectAppends>>, slug: string) =>
  (collectionOf(config, slug)?.fields ?? []).flatMap((field) => (field.type === 'tabs' ? field.tabs.map((tab) => String(tab.label)) : []))

describe('tasksPlugin transforms the config', () => {
  it('appends tasks, comments and the settings global without clobbering', async () => {
    const config = await expectAppends(tasksPlugin({ concerns: [] }))
    const tasksTabs = collectionOf(config, 'tasks')?.fields[0]
    expect(tasksTabs?.type === 'tabs' ? tasksTabs.tabs[0].fields.map((field) => ('name' in field ? field.name : '')) : []).not.toContain('concerns')
    expect(collectionOf(config, 'customers')?.fields).toHaveLength(1)
  })

  it('adds a Tasks tab (its own fields kept in Details) on each present collection it can concern', async () => {
    const config = await tasksPlugin()(literalConfig())
    expect(collectionOf(config, 'tasks')?.custom).toMatchObject({ bureau: { secured: true } })
    expect(collectionOf(config, 'task-comments')).toBeDefined()
    expect(config.globals?.map((global) => global.slug)).toEqual(['tasks-settings'])
    const tasksTabs = collectionOf(config, 'tasks')?.fields[0]
    expect(tabNames(config, 'tasks')).toEqual(['Details', 'Comments'])
    const concerns = tasksTabs?.type === 'tabs' ? tasksTabs.tabs[0].fields.find((field) => 'name' in field && field.name === 'concerns') : undefined
    expect(concerns && 'relationTo' in concerns ? concerns.relationTo : null).toEqual(['customers', 'orders', 'products'])
    for (const slug of ['customers', 'orders', 'products']) expect(tabNames(config, slug)).toEqual(['Details', 'Tasks'])
    const details = collectionOf(config, 'customers')?.fields[0]
    expect(details?.type === 'tabs' ? details.tabs[0].fields.map((field) => ('name' in field ? field.name : '')) : []).toEqual(['customers-own-field'])
    expect(collectionOf(config, 'customers')?.hooks?.beforeChange).toHaveLength(1)
    expect(tabNames(config, 'websites')).toEqual([])
    expect(ownerFieldsOf('tasks')).toEqual(['owner', 'assignee', 'creator'])
  })

  it('registers its two alert subscribers, the reminder sweep, the demo seed and My tasks', async () => {
    const config = await tasksPlugin({ reminderEverySeconds: 60 })(literalConfig())
    const registry = getRegistry(config)
    expect(registry.eventSubscribers.map((subscriber) => [subscriber.event, subscriber.name, subscriber.effects])).toEqual([
      ['task.statusChanged', 'tasks:alert-status-changed', 'external'],
      ['task.assigned', 'tasks:alert-assigned', 'external'],
    ])
    expect(registry.scheduledTasks.map((task) => [task.name, task.everySeconds])).toEqual([['tasks:reminders', 60]])
    expect(registry.demoSeeds.map((seed) => seed.name)).toEqual(['tasks:demo'])
    expect(config.admin?.components?.beforeDashboard).toEqual(['/plugins/tasks/components/my-tasks#MyTasks'])
  })

  it('concerns only the collections asked for, and leaves the dashboard alone when told', async () => {
    const config = await tasksPlugin({ concerns: ['orders', 'warehouses'], dashboard: false })(literalConfig())
    expect(fieldNames(collectionOf(config, 'customers'))).toEqual(['customers-own-field'])
    expect(tabNames(config, 'orders')).toEqual(['Details', 'Tasks'])
    expect(config.admin?.components?.beforeDashboard).toBeUndefined()
  })

  it('enabled: false leaves the config as it was', async () => {
    await expectDisabledLeavesConfig(tasksPlugin({ enabled: false }))
  })
})
