/**
 * The GraphQL twins of the commerce endpoints (CONTRACT: same input, same answer):
 *   query    { commerceProducts(customer, website, currency, quantity, where, sort, page, limit, locale) }
 *   mutation { commercePrice(input: { currency, lines, … }) }
 * Both answer the REST endpoint's JSON as a `CommerceJSON` scalar, so a client parses one shape whichever door it uses.
 */
import type { GraphQLExtension, PayloadRequest } from 'payload'

import { priceCart } from './price-endpoint'
import { listProducts, type ProductListingArgs } from './products-endpoint'

type GraphQLModule = Parameters<GraphQLExtension>[0]
type Context = { req: PayloadRequest }

/** JSON in and out, built once per GraphQL module (the queries and mutations share it: one type per name). */
const scalars = new WeakMap<GraphQLModule, InstanceType<GraphQLModule['GraphQLScalarType']>>()
function commerceJson(graphQL: GraphQLModule) {
  const known = scalars.get(graphQL)
  if (known) return known
  const literal = (node: Parameters<NonNullable<ConstructorParameters<GraphQLModule['GraphQLScalarType']>[0]['parseLiteral']>>[0]): unknown => {
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
    name: 'CommerceJSON',
    description: 'The commerce endpoints’ JSON, as REST answers it',
    serialize: (value) => value,
    parseValue: (value) => value,
    parseLiteral: literal,
  })
  scalars.set(graphQL, scalar)
  return scalar
}

export const commerceQueries: GraphQLExtension = (graphQL) => {
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
      },
      resolve: (_root: unknown, args: ProductListingArgs, context: Context) => listProducts(context.req, args),
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
