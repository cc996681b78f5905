/**
 * The GraphQL twin of POST /api/commerce/checkout: `mutation { checkout(input: {...}, idempotencyKey: "…") { id
 * orderNumber grandTotal … } }`, answering the Order type, through the same placeOrder.
 */
import type { GraphQLExtension, PayloadRequest } from 'payload'

import { placeOrder } from './place-order'
import { readCheckoutRequest, readIdempotencyKey } from './request'

type Args = { input: Record<string, unknown>; idempotencyKey?: string | null }

/** An address is an address-book id (`id`) or written out. */
const ADDRESS_PARTS = ['organization', 'firstName', 'lastName', 'street', 'street2', 'postalCode', 'city', 'region', 'country', 'phone'] as const

function bodyOf(input: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = { ...input }
  for (const name of ['shippingAddress', 'billingAddress']) {
    const address = input[name] as Record<string, unknown> | null | undefined
    if (address && typeof address === 'object') body[name] = address.id !== undefined && address.id !== null ? Number(address.id) : Object.fromEntries(Object.entries(address).filter(([, value]) => value !== null))
  }
  return body
}

export const checkoutMutation: GraphQLExtension = (graphQL, context) => {
  const { GraphQLFloat, GraphQLID, GraphQLInputObjectType, GraphQLList, GraphQLNonNull, GraphQLString } = graphQL
  const line = new GraphQLInputObjectType({
    name: 'CheckoutLineInput',
    fields: { product: { type: new GraphQLNonNull(GraphQLID) }, variant: { type: GraphQLID }, quantity: { type: new GraphQLNonNull(GraphQLFloat) } },
  })
  const address = new GraphQLInputObjectType({
    name: 'CheckoutAddressInput',
    fields: { id: { type: GraphQLID }, ...Object.fromEntries(ADDRESS_PARTS.map((part) => [part, { type: GraphQLString }])) },
  })
  // card data for a gateway payment method (payments plugin); passed to the gateway, never stored
  const payment = new GraphQLInputObjectType({
    name: 'CheckoutPaymentInput',
    fields: { cardNumber: { type: GraphQLString }, expiry: { type: GraphQLString }, cvc: { type: GraphQLString }, holder: { type: GraphQLString } },
  })
  const input = new GraphQLInputObjectType({
    name: 'CheckoutInput',
    fields: {
      customer: { type: GraphQLID },
      website: { type: GraphQLID },
      currency: { type: GraphQLString },
      lines: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(line))) },
      coupons: { type: new GraphQLList(new GraphQLNonNull(GraphQLString)) },
      shippingMethod: { type: GraphQLID },
      shippingAddress: { type: address },
      billingAddress: { type: address },
      // paymentTerm | offline, or with the payments plugin a payment method's code or id
      paymentMethod: { type: GraphQLString },
      payment: { type: payment },
    },
  })
  const orders = context.collections.orders as unknown as { graphQL: { type: unknown } }
  return {
    checkout: {
      type: orders.graphQL.type,
      args: { input: { type: new GraphQLNonNull(input) }, idempotencyKey: { type: GraphQLString } },
      resolve: async (_source: unknown, args: Args, { req }: { req: PayloadRequest }) => {
        const placed = await placeOrder(req, readCheckoutRequest(bodyOf(args.input)), readIdempotencyKey(args.idempotencyKey))
        return placed.order
      },
    },
  }
}
