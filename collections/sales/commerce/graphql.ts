/**
 * The GraphQL twins of the commerce endpoints (CONTRACT: same input, same answer):
 *   query    { commerceProducts(customer, website, currency, quantity, where, sort, page, limit, locale, select) }
 *   mutation { commercePrice(input: { currency, lines, … }) }
 * Both answer the REST endpoint's JSON as a `CommerceJSON` scalar, so a client parses one shape whichever door it uses.
 */
import type { GraphQLExtension, PayloadRequest } from 'payload'

import { jsonScalar } from '../../../src/kit'
import type { CommerceOptions } from './listing-card'
import { priceCart } from './price-endpoint'
import { listProducts, type ProductListingArgs } from './products-endpoint'

type GraphQLModule = Parameters<GraphQLExtension>[0]
type Context = { req: PayloadRequest }

const commerceJson = (graphQL: GraphQLModule) => jsonScalar(graphQL, 'CommerceJSON', 'The commerce endpoints’ JSON, as REST answers it')

export const commerceQueries =
  (options: CommerceOptions = {}): GraphQLExtension =>
  (graphQL) => {
    const json = commerceJson(graphQL)
    const text = { type: graphQL.GraphQLString }
    return {
      commerceProducts: {
        type: json,
        args: {
          customer: { type: graphQL.GraphQLID },
          website: { type: graphQL.GraphQLID },
          currency: text,
          quantity: text,
          where: { type: json },
          sort: text,
          page: { type: graphQL.GraphQLInt },
          limit: { type: graphQL.GraphQLInt },
          locale: text,
          select: { type: json },
        },
        resolve: (_root: unknown, args: ProductListingArgs, context: Context) => listProducts(context.req, args, options),
      },
    }
  }

export const commerceMutations: GraphQLExtension = (graphQL) => ({
  commercePrice: {
    type: commerceJson(graphQL),
    args: { input: { type: new graphQL.GraphQLNonNull(commerceJson(graphQL)) } },
    resolve: (_root: unknown, args: { input: unknown }, context: Context) => priceCart(context.req, args.input),
  },
})
