/**
 * The storefront commerce endpoints the core owns (CONTRACT "Commerce endpoints"): `POST /api/commerce/price` and
 * `GET /api/commerce/products`, with their GraphQL twins. Plugins fill them through the calculation stages and the
 * product listing extensions; `POST /api/commerce/checkout` lives in checkout/.
 */
import type { GraphQLExtension, Plugin } from 'payload'

import { commerceMutations, commerceQueries } from './graphql'
import type { CommerceOptions } from './listing-card'
import { priceEndpoint } from './price-endpoint'
import { productsEndpoint } from './products-endpoint'

/** Chains onto queries and mutations already configured, never replacing them. */
const chained =
  (earlier: ((...args: Parameters<GraphQLExtension>) => Record<string, unknown>) | undefined, added: GraphQLExtension): GraphQLExtension =>
  (graphQL, context) => ({ ...(earlier ? earlier(graphQL, context) : {}), ...added(graphQL, context) })

export type { CommerceOptions } from './listing-card'

export const commerceEndpoints =
  (options: CommerceOptions = {}): Plugin =>
  (config) => ({
    ...config,
    endpoints: [...(config.endpoints ?? []), priceEndpoint, productsEndpoint(options)],
    graphQL: {
      ...config.graphQL,
      queries: chained(config.graphQL?.queries, commerceQueries(options)),
      mutations: chained(config.graphQL?.mutations, commerceMutations),
    },
  })
