/**
 * Order transitions as an action: POST /api/orders/:id/transition and the GraphQL mutation `transitionOrder`.
 * Registered in src/config.ts beside the other core wiring.
 */
import type { Plugin } from 'payload'

import { extendCollection } from '../../../src/kit/extend-collection'
import { transitionOrderEndpoint } from './endpoint'
import { transitionOrderMutation } from './graphql'

export const orderTransitions: Plugin = (incoming) => {
  const config = extendCollection(incoming, 'core', 'orders', { endpoints: [transitionOrderEndpoint] })
  const previous = config.graphQL?.mutations
  return {
    ...config,
    graphQL: {
      ...config.graphQL,
      mutations: (graphQL, context) => ({ ...(previous ? previous(graphQL, context) : {}), ...transitionOrderMutation(graphQL, context) }),
    },
  }
}
