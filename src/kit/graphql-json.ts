/**
 * A JSON scalar for GraphQL twins of REST endpoints (CONTRACT: same input, same answer): the twin takes and answers
 * the endpoint's JSON as is, so a client parses one shape whichever door it uses. Built once per GraphQL module and
 * name: Payload builds the queries and then the mutations from the same module, and a schema allows one type per name.
 */
import type { GraphQLExtension } from 'payload'

type GraphQLModule = Parameters<GraphQLExtension>[0]
type Scalar = InstanceType<GraphQLModule['GraphQLScalarType']>
type LiteralNode = Parameters<NonNullable<ConstructorParameters<GraphQLModule['GraphQLScalarType']>[0]['parseLiteral']>>[0]

const scalars = new WeakMap<GraphQLModule, Map<string, Scalar>>()

export function jsonScalar(graphQL: GraphQLModule, name: string, description: string): Scalar {
  const byName = scalars.get(graphQL) ?? new Map<string, Scalar>()
  scalars.set(graphQL, byName)
  const known = byName.get(name)
  if (known) return known
  // An inline literal (`input: { currency: "USD", lines: [...] }`) read as the JSON it spells.
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
  const scalar = new graphQL.GraphQLScalarType({ name, description, serialize: (value) => value, parseValue: (value) => value, parseLiteral: literal })
  byName.set(name, scalar)
  return scalar
}
