import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { demoSeeds, getRegistry, withPanels } from '../../../../src/kit'
import { collectionOf, expectDisabledLeavesConfig, fieldNames, literalConfig } from '../../../../test/helpers/plugin-config'
import { crmPlugin } from '../../index'

/** The literal config with customers carrying a panel strip already, as the core's customers do. */
function coreLikeConfig() {
  const config = literalConfig()
  config.collections = config.collections?.map((collection) =>
    collection.slug === 'customers' ? withPanels(collection, [{ name: 'users', label: 'Users', collection: 'customer-users', on: 'customer' }]) : collection,
  )
  return config
}

/** Names of the join fields in a collection's panel tabs. */
const joinNames = (fields: readonly Field[] | undefined): string[] =>
  (fields ?? []).flatMap((field) => (field.type === 'tabs' ? field.tabs.flatMap((tab) => joinNames(tab.fields)) : field.type === 'join' ? [field.name] : []))

describe('crmPlugin transforms the config', () => {
  it('appends the CRM collections, the settings global, the account links and panels without clobbering', async () => {
    const before = coreLikeConfig()
    const customersBefore = collectionOf(before, 'customers')!
    const tabsBefore = (customersBefore.fields[0] as Extract<Field, { type: 'tabs' }>).tabs
    const config = await crmPlugin()(before)
    // customers keep their own tabs, fields and hooks first (the panel strip gains the Activities tab at its end)
    const customers = collectionOf(config, 'customers')!
    expect((customers.fields[0] as Extract<Field, { type: 'tabs' }>).tabs.slice(0, tabsBefore.length)).toEqual(tabsBefore)
    expect(customers.hooks?.afterChange?.[0]).toBe(customersBefore.hooks?.afterChange?.[0])
    expect(fieldNames(customers).slice(1)).toEqual(['account'])
    // orders only gain a field and a hook, after their own; the other core collections are untouched
    const orders = collectionOf(config, 'orders')!
    const ordersBefore = collectionOf(before, 'orders')!
    expect(orders.hooks?.afterChange).toEqual(ordersBefore.hooks?.afterChange)
    expect(orders.hooks?.beforeChange?.map((hook) => hook.name)).toEqual([...(ordersBefore.hooks?.beforeChange ?? []).map((hook) => hook.name), 'fileOrderUnderAccount'])
    for (const slug of ['users', 'products', 'product-variants', 'websites', 'currencies']) expect(collectionOf(config, slug)).toBe(collectionOf(before, slug))
    for (const slug of ['accounts', 'contacts', 'leads', 'opportunities', 'activities']) {
      expect(collectionOf(config, slug)?.custom).toMatchObject({ bureau: { secured: true } })
    }
    expect(config.globals?.map((global) => global.slug)).toEqual(['crm-settings'])
    expect(fieldNames(collectionOf(config, 'orders'))).toEqual(['orders-own-field', 'account'])
    expect(joinNames(collectionOf(config, 'accounts')?.fields)).toEqual(['contacts', 'opportunities', 'activities', 'customers', 'orders'])
    expect(joinNames(collectionOf(config, 'customers')?.fields)).toEqual(['users', 'activities'])
    expect(collectionOf(config, 'leads')?.endpoints).toEqual([expect.objectContaining({ path: '/:id/convert', method: 'post' })])
    expect(collectionOf(config, 'accounts')?.endpoints).toEqual([expect.objectContaining({ path: '/:id/summary', method: 'get' })])
    expect(config.endpoints?.map((endpoint) => endpoint.path)).toEqual(['/crm/pipeline'])
    expect(getRegistry(config).scheduledTasks.map((task) => [task.name, task.everySeconds])).toEqual([['crm:link-unlinked-customers', 3600]])
    expect(demoSeeds(config).map((seed) => seed.name)).toEqual(['crm:demo'])
  })

  it('keeps GraphQL queries and mutations other plugins added', async () => {
    const config = await crmPlugin()({ ...coreLikeConfig(), graphQL: { queries: () => ({ Other: {} }), mutations: () => ({ otherMutation: {} }) } })
    const queries = config.graphQL?.queries?.(await import('graphql'), { collections: {} } as never) ?? {}
    expect(Object.keys(queries)).toEqual(['Other', 'CrmPipeline', 'AccountSummary'])
  })

  it('can turn the upgrade task off', async () => {
    expect(getRegistry(await crmPlugin({ linkCustomersEverySeconds: 0 })(coreLikeConfig())).scheduledTasks).toEqual([])
  })

  it('enabled: false leaves the config as it was', async () => {
    await expectDisabledLeavesConfig(crmPlugin({ enabled: false }))
  })
})
