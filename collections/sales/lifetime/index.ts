/**
 * Lifetime sales value per customer and currency (issue 9 item 5): the ledger collections, the subscribers that keep
 * it from order events, and the customer field that shows it rolled up over subsidiaries.
 */
import type { Plugin } from 'payload'

import { extendCollection } from '../../../src/kit/extend-collection'
import { LifetimeSalesOrders, LifetimeSalesTotals } from './collections'
import { dropLifetimeSalesUnlessStaff, lifetimeSalesField } from './customer-field'
import { refuseQueriesOnLifetimeSales } from './query-guard'
import { subscribeLifetimeSales } from './subscribers'

export const lifetimeSales: Plugin = (incoming) => {
  const config = extendCollection(incoming, 'sales', 'customers', {
    fields: [lifetimeSalesField],
    hooks: { afterRead: [dropLifetimeSalesUnlessStaff], beforeOperation: [refuseQueriesOnLifetimeSales] },
  })
  config.collections = [...(config.collections ?? []), LifetimeSalesTotals, LifetimeSalesOrders]
  subscribeLifetimeSales(config)
  return config
}
