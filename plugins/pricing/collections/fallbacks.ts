/**
 * What the plugin adds to core collections: the fallback fields CONTRACT puts on customers, customer groups and
 * websites (each queuing a chain refresh), the admin's effective lists (customers, groups) and customer price
 * (products) in the sidebar, and the products hook that keeps rule-generated prices current.
 */
import type { Config } from 'payload'

import { extendCollection, selectOptions } from '../../../src/kit'
import { regenerateWhenProductChanges } from '../hooks/price-rule-hooks'
import { refreshChainsAfterDelete, refreshChainsWhenChanged } from '../hooks/queue-rebuild'

const fallbackField = (values: readonly string[], description: string) => ({
  name: 'priceListFallback',
  type: 'select' as const,
  // not required: records created before the plugin (or by code that does not know it) read as the default
  defaultValue: values[0],
  options: selectOptions(values),
  admin: { position: 'sidebar' as const, description },
})

const sidebarComponent = (name: string, component: string) => ({
  name,
  type: 'ui' as const,
  admin: { position: 'sidebar' as const, components: { Field: `/plugins/pricing/components/${component}` } },
})

const effectiveLists = sidebarComponent('effectivePriceLists', 'effective-price-lists#EffectivePriceLists')

export function addFallbackFields(incoming: Config): Config {
  let config = extendCollection(incoming, 'pricing', 'customers', {
    fields: [fallbackField(['customerGroup', 'currentCustomerOnly'], 'Price lists after the customer’s own: its group’s (default), or none'), effectiveLists],
    hooks: { afterChange: [refreshChainsWhenChanged(['group', 'priceListFallback'], (doc) => doc.priceListFallback === 'currentCustomerOnly')] },
  })
  config = extendCollection(config, 'pricing', 'customer-groups', {
    fields: [fallbackField(['website', 'currentGroupOnly'], 'Price lists after the group’s own: the website’s (default), or none'), effectiveLists],
    hooks: { afterChange: [refreshChainsWhenChanged(['priceListFallback'], (doc) => doc.priceListFallback === 'currentGroupOnly')], afterDelete: [refreshChainsAfterDelete] },
  })
  // price rules read a product's base and cost price, category, brand, family and SKU
  config = extendCollection(config, 'pricing', 'products', {
    fields: [sidebarComponent('customerPrice', 'customer-price#CustomerPrice')],
    hooks: { afterChange: [regenerateWhenProductChanges] },
  })
  return extendCollection(config, 'pricing', 'websites', {
    fields: [fallbackField(['config', 'currentWebsiteOnly'], 'Price lists after the website’s own: the configuration’s defaults (default), or none')],
    hooks: { afterChange: [refreshChainsWhenChanged(['priceListFallback'], () => true)], afterDelete: [refreshChainsAfterDelete] },
  })
}
