import { describe, expect, it } from 'vitest'

import { eventTaskSlug, getRegistry } from '../../../../src/kit'
import { collectionOf, expectDisabledLeavesConfig, fieldNames, literalConfig } from '../../../../test/helpers/plugin-config'
import { alertsPlugin } from '../../index'

const SUBSCRIBERS = [
  ['order.placed', 'alerts:order-placed', 'external'],
  ['order.statusChanged', 'alerts:order-status-changed', 'external'],
  ['order.line.statusChanged', 'alerts:order-line-status-changed', 'external'],
  ['order.paymentFailed', 'alerts:order-payment-failed', 'external'],
  ['stock.low', 'alerts:stock-low', 'external'],
  ['task.statusChanged', 'alerts:task-status-changed', 'external'],
]

/** The literal core plus customer users, with the app's two content locales. */
const coreConfig = () => {
  const config = literalConfig()
  config.collections = [...(config.collections ?? []), { slug: 'customer-users', fields: [{ name: 'customer-users-own-field', type: 'text' }] }]
  config.localization = { locales: [{ code: 'en', label: 'English' }, { code: 'de', label: 'Deutsch' }], defaultLocale: 'en' }
  return config
}

describe('alertsPlugin transforms the config', () => {
  it('appends its collections, the website and locale fields, the order panel, one subscriber per event and the recorder', async () => {
    const core = coreConfig()
    const ordersBefore = collectionOf(core, 'orders')!
    const config = await alertsPlugin({ staffRecipients: ['ops@test.local'] })(core)
    expect(collectionOf(config, 'alert-rules')).toBeDefined()
    expect(collectionOf(config, 'notifications')?.access?.create?.({} as never)).toBe(false)
    expect(fieldNames(collectionOf(config, 'websites'))).toEqual(['websites-own-field', 'orderAlertRecipients'])
    expect(fieldNames(collectionOf(config, 'users'))).toEqual(['users-own-field', 'notificationLocale'])
    expect(fieldNames(collectionOf(config, 'customer-users'))).toEqual(['customer-users-own-field', 'notificationLocale'])
    expect(fieldNames(collectionOf(config, 'customers'))).toEqual(['customers-own-field', 'notificationLocale'])
    // the order keeps its own fields (in the Details tab) and hooks; the panel adds a tab and a cascading delete
    const orders = collectionOf(config, 'orders')!
    const orderTabs = orders.fields[0]
    expect(orderTabs.type === 'tabs' && orderTabs.tabs.map((tab) => tab.label)).toEqual(['Details', 'Notifications'])
    expect(orderTabs.type === 'tabs' && orderTabs.tabs[0].fields).toEqual(ordersBefore.fields)
    expect(orders.hooks?.beforeChange).toEqual(ordersBefore.hooks?.beforeChange)
    expect(orders.hooks?.beforeDelete).toHaveLength(1)
    const registry = getRegistry(config)
    expect(registry.eventSubscribers.map((subscriber) => [subscriber.event, subscriber.name, subscriber.effects])).toEqual(SUBSCRIBERS)
    expect(registry.notificationRecorders).toHaveLength(1)
    expect(config.jobs?.tasks?.find((task) => task.slug === eventTaskSlug('alerts:order-placed'))?.retries).toBe(5)
  })

  it('appends without clobbering the collections it extends by field', async () => {
    const withoutOrderPanel = (config: ReturnType<typeof coreConfig>) => alertsPlugin()({ ...config, collections: config.collections?.filter((c) => c.slug !== 'orders') })
    expect(() => withoutOrderPanel(coreConfig())).toThrow(/extends the collection "orders"/)
    const core = coreConfig()
    const config = await alertsPlugin()(core)
    for (const slug of ['websites', 'users', 'customer-users', 'customers']) {
      const before = collectionOf(core, slug)!
      const after = collectionOf(config, slug)!
      expect(after.fields.slice(0, before.fields.length)).toEqual(before.fields)
      expect(after.hooks).toEqual(before.hooks ?? {})
    }
    expect((config.jobs?.tasks ?? []).slice(0, 1).map((task) => task.slug)).toEqual(['core-task'])
    expect(config.custom).toMatchObject({ core: true })
  })

  it('passes its retries option to every delivery task', async () => {
    const config = await alertsPlugin({ retries: 9 })(coreConfig())
    const retries = SUBSCRIBERS.map(([, name]) => config.jobs?.tasks?.find((task) => task.slug === eventTaskSlug(name))?.retries)
    expect(retries).toEqual([9, 9, 9, 9, 9, 9])
  })

  it('offers the CRM contacts as recipients only when a contacts collection exists', async () => {
    const recipientsOf = (config: Awaited<ReturnType<ReturnType<typeof alertsPlugin>>>) => {
      const group = collectionOf(config, 'alert-rules')?.fields.find((field) => 'name' in field && field.name === 'recipients')
      return group && 'fields' in group ? fieldNames({ slug: 'x', fields: group.fields }) : []
    }
    expect(recipientsOf(await alertsPlugin()(coreConfig()))).not.toContain('contacts')
    const withCrm = coreConfig()
    withCrm.collections = [...(withCrm.collections ?? []), { slug: 'contacts', fields: [] }]
    expect(recipientsOf(await alertsPlugin()(withCrm))).toContain('contacts')
  })

  it('enabled: false leaves the config as it was', async () => {
    await expectDisabledLeavesConfig(alertsPlugin({ enabled: false }))
  })
})
