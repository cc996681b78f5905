import { describe, expect, it } from 'vitest'

import { getRegistry, MissingCollectionError } from '../../../../src/kit'
import { collectionOf, expectAppends, expectDisabledLeavesConfig, fieldNames, literalConfig } from '../../../../test/helpers/plugin-config'
import { pricingPlugin } from '../../index'

const withGroups = () => {
  const config = literalConfig()
  config.collections = [...(config.collections ?? []), { slug: 'customer-groups', fields: [{ name: 'customer-groups-own-field', type: 'text' }] }]
  return config
}

describe('pricingPlugin transforms the config', () => {
  it('appends its collections, global, fallback fields, stage, listing field, subscribers and schedule without clobbering', async () => {
    // customers, groups and products get panels (their fields move into a Details tab): checked below, not by expectAppends
    const panelled = ['customers', 'customer-groups', 'products']
    const base = withGroups()
    const others = { ...base, collections: base.collections?.filter((collection) => !panelled.includes(collection.slug)) }
    await expectAppends(async (incoming) => {
      const all = await pricingPlugin()({ ...incoming, collections: [...(incoming.collections ?? []), ...(base.collections ?? []).filter((c) => panelled.includes(c.slug))] })
      return { ...all, collections: all.collections?.filter((collection) => !panelled.includes(collection.slug)) }
    }, others)
    const config = await pricingPlugin()(withGroups())
    for (const slug of ['price-lists', 'product-prices', 'price-list-assignments', 'combined-price-lists', 'combined-prices', 'combined-price-list-links', 'price-imports', 'price-exports', 'price-csv-files']) {
      expect(collectionOf(config, slug), slug).toBeDefined()
    }
    expect(config.globals?.map((global) => global.slug)).toEqual(['pricing-settings'])
    const tabs = (slug: string) => {
      const strip = collectionOf(config, slug)?.fields[0]
      return strip?.type === 'tabs' ? strip.tabs.map((tab) => [tab.label, fieldNames({ slug, fields: tab.fields })]) : []
    }
    expect(tabs('customers')).toEqual([['Details', ['customers-own-field']], ['Price lists', ['priceLists']]])
    expect(fieldNames(collectionOf(config, 'customers')).slice(1)).toEqual(['priceListFallback', 'effectivePriceLists'])
    expect(tabs('customer-groups')).toEqual([['Details', ['customer-groups-own-field']], ['Price lists', ['priceLists']]])
    expect(tabs('products')).toEqual([['Details', ['products-own-field']], ['Prices', ['prices']]])
    expect(fieldNames(collectionOf(config, 'products')).slice(1)).toEqual(['customerPrice'])
    // the literal config's hooks are markers answering their name: the collection's own hook still runs first
    const firstAfterChange = collectionOf(config, 'customers')?.hooks?.afterChange?.[0] as unknown as () => string
    expect(firstAfterChange()).toBe('customers-own-after-hook')
    expect(fieldNames(collectionOf(config, 'websites'))).toEqual(['websites-own-field', 'priceListFallback'])
    const registry = getRegistry(config)
    expect(registry.calculationStages.map((stage) => [stage.stage, stage.name])).toEqual([['price', 'pricing:price-lists']])
    expect(registry.productListingExtensions.map((extension) => extension.field)).toEqual(['price'])
    expect(registry.eventSubscribers.map((subscriber) => subscriber.name)).toEqual([
      'pricing:rebuild-prices',
      'pricing:refresh-chains',
      'pricing:regenerate-dependent-rules',
      'pricing:regenerate-rule',
      'pricing:regenerate-for-products',
      'pricing:import-prices',
      'pricing:export-prices',
    ])
    expect(collectionOf(config, 'products')?.hooks?.afterChange).toHaveLength(2)
    expect(registry.scheduledTasks.map((task) => [task.name, task.everySeconds])).toEqual([['pricing:schedule-boundaries', 60]])
  })

  it('takes the schedule check period from its options', async () => {
    const config = await pricingPlugin({ scheduleCheckSeconds: 15 })(withGroups())
    expect(getRegistry(config).scheduledTasks[0].everySeconds).toBe(15)
  })

  it('says at boot which collection it misses', () => {
    expect(() => pricingPlugin()(literalConfig())).toThrow(MissingCollectionError)
  })

  it('enabled: false leaves the config as it was', async () => {
    await expectDisabledLeavesConfig(pricingPlugin({ enabled: false }))
  })
})
