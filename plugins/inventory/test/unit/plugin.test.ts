import { describe, expect, it } from 'vitest'

import { getRegistry } from '../../../../src/kit'
import { collectionOf, expectAppends, expectDisabledLeavesConfig, fieldNames, literalConfig } from '../../../../test/helpers/plugin-config'
import { inventoryPlugin } from '../../index'

/**
 * The product's Inventory and Stock ledger panels put its fields into a Details tab (src/kit/panels.ts), so the
 * prefix check of expectAppends cannot hold for products' fields: their own field is checked inside the tab instead.
 */
function configWithoutProductFields() {
  const config = literalConfig()
  const products = collectionOf(config, 'products')
  if (products) products.fields = []
  return config
}

describe('inventoryPlugin transforms the config', () => {
  it('appends its collections, global, order hooks, product and website fields, listing fields and subscribers without clobbering', async () => {
    const config = await expectAppends(inventoryPlugin(), configWithoutProductFields())
    for (const slug of ['warehouses', 'inventory-levels', 'stock-movements', 'stock-transfers']) expect(collectionOf(config, slug)).toBeDefined()
    expect(config.globals?.map((global) => global.slug)).toEqual(['inventory-settings'])
    const orders = collectionOf(config, 'orders')
    expect(orders?.hooks?.afterChange?.length).toBe(3)
    expect(fieldNames(collectionOf(config, 'products'))).toContain('availability')
    const kept = await inventoryPlugin()(literalConfig())
    const tabs = collectionOf(kept, 'products')?.fields[0]
    expect(tabs?.type === 'tabs' ? tabs.tabs.map((tab) => [tab.label, fieldNames({ slug: 'tab', fields: tab.fields })]) : null).toEqual([
      ['Details', ['products-own-field']],
      ['Inventory', ['inventoryLevels']],
      ['Stock ledger', ['stockMovements']],
    ])
    expect(fieldNames(collectionOf(config, 'websites'))).toEqual(['websites-own-field', 'showStockQuantities'])
    const registry = getRegistry(config)
    expect(registry.productListingExtensions.map((extension) => extension.field)).toEqual(['availability', 'stockQuantity'])
    expect(registry.eventSubscribers.map((subscriber) => [subscriber.event, subscriber.name, subscriber.effects ?? 'database'])).toEqual([
      ['stock.low', 'inventory:alert-managers', 'external'],
      ['stock.low', 'inventory:create-task', 'database'],
      ['stock.low', 'inventory:replenish', 'database'],
    ])
  })

  it('replenishment: false registers no replenishment subscriber', async () => {
    const config = await expectAppends(inventoryPlugin({ replenishment: false }), configWithoutProductFields())
    expect(getRegistry(config).eventSubscribers.map((subscriber) => subscriber.name)).not.toContain('inventory:replenish')
  })

  it('enabled: false leaves the config as it was', async () => {
    await expectDisabledLeavesConfig(inventoryPlugin({ enabled: false }))
  })
})
