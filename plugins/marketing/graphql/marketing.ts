/**
 * The GraphQL twins of the marketing endpoints (CONTRACT: every commerce endpoint has one; same input, same answer):
 *   mutation { marketingPreview(input: MarketingJSON!) }            = POST /api/marketing/preview
 *   mutation { generateCoupons(input: MarketingJSON!) }             = POST /api/coupons/generate
 *   query    { exportCoupons(promotion: ID, batch: String): String } = GET /api/coupons/export (the CSV text)
 * JSON answers come as a `MarketingJSON` scalar, so a client parses one shape whichever door it uses.
 */
import type { GraphQLExtension, PayloadRequest } from 'payload'

import { jsonScalar } from '../../../src/kit'
import { exportCoupons, generateCoupons } from '../endpoints/coupons'
import { previewPromotions } from '../endpoints/preview'

type GraphQLModule = Parameters<GraphQLExtension>[0]
type Context = { req: PayloadRequest }

const marketingJson = (graphQL: GraphQLModule) => jsonScalar(graphQL, 'MarketingJSON', 'The marketing endpoints’ JSON, as REST answers it')

export const marketingQueries: GraphQLExtension = (graphQL) => ({
  exportCoupons: {
    type: new graphQL.GraphQLNonNull(graphQL.GraphQLString),
    args: { promotion: { type: graphQL.GraphQLID }, batch: { type: graphQL.GraphQLString } },
    resolve: (_root: unknown, args: { promotion?: string; batch?: string }, context: Context) => exportCoupons(context.req, args),
  },
})

export const marketingMutations: GraphQLExtension = (graphQL) => {
  const json = marketingJson(graphQL)
  const input = { input: { type: new graphQL.GraphQLNonNull(json) } }
  return {
    marketingPreview: {
      type: json,
      args: input,
      resolve: (_root: unknown, args: { input: unknown }, context: Context) => previewPromotions(context.req, args.input),
    },
    generateCoupons: {
      type: json,
      args: input,
      resolve: (_root: unknown, args: { input: unknown }, context: Context) => generateCoupons(context.req, args.input),
    },
  }
}
