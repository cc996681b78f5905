/**
 * The jobs that keep prices current, one per event, each in its delivery's transaction (exactly once): combined lists
 * follow price and chain changes; rule lists follow their rule, their source list and the products they read.
 */
import type { Config } from 'payload'

import { subscribeToDomainEvent } from '../../../src/kit'
import { CHAINS_CHANGED, PRICES_CHANGED, PRODUCTS_CHANGED, RULE_CHANGED } from '../events'
import { listsReading, regenerateRulePrices, ruleLists } from '../jobs/generate'
import { rebuildCombinedLists } from '../jobs/rebuild'

export function subscribeRebuilds(config: Config): void {
  subscribeToDomainEvent(config, {
    event: PRICES_CHANGED,
    name: 'pricing:rebuild-prices',
    handler: async ({ data, req }) => {
      await rebuildCombinedLists(req, { kind: 'prices', priceLists: data.priceLists, products: data.products })
    },
  })
  subscribeToDomainEvent(config, {
    event: CHAINS_CHANGED,
    name: 'pricing:refresh-chains',
    handler: async ({ req }) => {
      await rebuildCombinedLists(req, { kind: 'chains' })
    },
  })
  subscribeToDomainEvent(config, {
    event: PRICES_CHANGED,
    name: 'pricing:regenerate-dependent-rules',
    handler: async ({ data, req }) => {
      for (const list of await listsReading(req, data.priceLists)) await regenerateRulePrices(req, list, data.products)
    },
  })
  subscribeToDomainEvent(config, {
    event: RULE_CHANGED,
    name: 'pricing:regenerate-rule',
    handler: async ({ data, req }) => {
      await regenerateRulePrices(req, data.priceList, null)
    },
  })
  subscribeToDomainEvent(config, {
    event: PRODUCTS_CHANGED,
    name: 'pricing:regenerate-for-products',
    handler: async ({ data, req }) => {
      for (const list of await ruleLists(req)) await regenerateRulePrices(req, list, data.products)
    },
  })
}
