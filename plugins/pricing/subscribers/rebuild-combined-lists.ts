/** The jobs that keep the combined lists current: one per event, in the delivery's transaction (exactly once). */
import type { Config } from 'payload'

import { subscribeToDomainEvent } from '../../../src/kit'
import { CHAINS_CHANGED, PRICES_CHANGED } from '../events'
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
}
