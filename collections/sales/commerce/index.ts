/**
 * The storefront commerce endpoints the core owns (CONTRACT "Commerce endpoints"): `POST /api/commerce/price` and
 * `GET /api/commerce/products`, with their GraphQL twins. Plugins fill them through the calculation stages and the
 * product listing extensions; `POST /api/commerce/checkout` lives in checkout/.
 */
import type { Plugin } from 'payload'

import { commerceMutations, commerceQueries } from './graphql'
import { priceEndpoint } from './price-endpoint'
import { productsEndpoint } from './products-endpoint'

/** Chains onto queries and mutations already configured, never replacing them. */
const chained =
  (earlier: ((...args: Parameters<typeof commerceQueries>) => Record<string, unknown>) | undefined, added: typeof commerceQueries): typeof commerceQueries =>
  (graphQL, context) => ({ ...(earlier ? earlier(graphQL, context) : {}), ...added(graphQL, context) })

export const commerceEndpoints: Plugin = (config) => ({
  ...config,
  endpoints: [...(config.endpoints ?? []), priceEndpoint, productsEndpoint],
  graphQL: {
    ...config.graphQL,
    queries: chained(config.graphQL?.queries, commerceQueries),
    mutations: chained(config.graphQL?.mutations, commerceMutations),
  },
})
