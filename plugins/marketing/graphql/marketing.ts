/**
 * The GraphQL twins of the marketing endpoints (CONTRACT: every commerce endpoint has one; same input, same answer):
 *   mutation { marketingPreview(input: MarketingJSON!) }            = POST /api/marketing/preview
 *   mutation { generateCoupons(input: MarketingJSON!) }             = POST /api/coupons/generate
 *   query    { exportCoupons(promotion: ID, batch: String): String } = GET /api/coupons/export (the CSV text)
 * JSON answers come as a `MarketingJSON` scalar, so a client parses one shape whichever door it uses.
 */
import type { GraphQLExtension, PayloadRequest } from 'payload'

import { exportCoupons, generateCoupons } from '../endpoints/coupons'
import { previewPromotions } from '../endpoints/preview'

type GraphQLModule = Parameters<GraphQLExtension>[0]
type Context = { req: PayloadRequest }
type Scalar = InstanceType<GraphQLModule['GraphQLScalarType']>
type LiteralNode = Parameters<NonNullable<ConstructorParameters<GraphQLModule['GraphQLScalarType']>[0]['parseLiteral']>>[0]

/** One scalar per GraphQL module: Payload builds the queries and then the mutations from the same module. */
const scalars = new WeakMap<GraphQLModule, Scalar>()
function marketingJson(graphQL: GraphQLModule): Scalar {
  const known = scalars.get(graphQL)
  if (known) return known
  const literal = (node: LiteralNode): unknown => {
    switch (node.kind) {
      case graphQL.Kind.STRING:
      case graphQL.Kind.BOOLEAN:
        return node.value
      case graphQL.Kind.INT:
      case graphQL.Kind.FLOAT:
        return Number(node.value)
      case graphQL.Kind.OBJECT:
        return Object.fromEntries(node.fields.map((field) => [field.name.value, literal(field.value)]))
      case graphQL.Kind.LIST:
        return node.values.map(literal)
      default:
        return null
    }
  }
  const scalar = new graphQL.GraphQLScalarType({
    name: 'MarketingJSON',
    description: 'The marketing endpoints’ JSON, as REST answers it',
    serialize: (value) => value,
    parseValue: (value) => value,
    parseLiteral: literal,
  })
  scalars.set(graphQL, scalar)
  return scalar
}

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
