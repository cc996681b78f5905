/**
 * The core checkout: POST /api/commerce/checkout and its GraphQL mutation twin `checkout`, plus the order's
 * `paymentMethod`. Registered in src/config.ts beside salesCalculation; see README "Checkout".
 */
import type { Plugin } from 'payload'

import { extendCollection, selectOptions } from '../../../../src/kit'
import { checkoutEndpoint } from './endpoint'
import { checkoutMutation } from './graphql'
import { DEFAULT_PAYMENT_METHOD, PAYMENT_METHODS } from './payment'

export const commerceCheckout: Plugin = (incoming) => {
  const config = extendCollection(incoming, 'core', 'orders', {
    // staff place orders through the checkout from the orders list (components/place-order.tsx)
    modify: (orders) => ({
      ...orders,
      admin: {
        ...orders.admin,
        components: { ...orders.admin?.components, beforeListTable: [...(orders.admin?.components?.beforeListTable ?? []), '/collections/sales/commerce/checkout/components/place-order#PlaceOrder'] },
      },
    }),
    fields: [
      {
        name: 'paymentMethod',
        type: 'select',
        defaultValue: DEFAULT_PAYMENT_METHOD,
        options: selectOptions(PAYMENT_METHODS),
        admin: { position: 'sidebar', description: 'On the payment term (invoice), or offline; gateways come with the payments plugin' },
      },
    ],
  })
  const previous = config.graphQL?.mutations
  return {
    ...config,
    endpoints: [...(config.endpoints ?? []), checkoutEndpoint],
    graphQL: {
      ...config.graphQL,
      mutations: (graphQL, context) => ({ ...(previous ? previous(graphQL, context) : {}), ...checkoutMutation(graphQL, context) }),
    },
  }
}
