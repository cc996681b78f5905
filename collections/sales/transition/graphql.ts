/**
 * The GraphQL twin of POST /api/orders/:id/transition:
 *   mutation { transitionOrder(id: 7, status: "confirmed", lines: [{ id: "…", status: "shipped" }], reason: "…", note: "…") { id status } }
 * Statuses and reasons are strings checked like the REST body, so a bad value answers the same 400 naming its field.
 */
import type { GraphQLExtension, PayloadRequest } from 'payload'

import { transitionOrder } from './transition-order'

type Args = { id: number; status?: string | null; lines?: Array<{ id: string; status: string }> | null; reason?: string | null; note?: string | null }

export const transitionOrderMutation: GraphQLExtension = (graphQL, context) => {
  const { GraphQLInputObjectType, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLString } = graphQL
  const line = new GraphQLInputObjectType({
    name: 'OrderLineTransitionInput',
    fields: { id: { type: new GraphQLNonNull(GraphQLString) }, status: { type: new GraphQLNonNull(GraphQLString) } },
  })
  const orders = context.collections.orders as unknown as { graphQL: { type: unknown } }
  return {
    transitionOrder: {
      type: orders.graphQL.type,
      args: {
        id: { type: new GraphQLNonNull(GraphQLInt) },
        status: { type: GraphQLString },
        lines: { type: new GraphQLList(new GraphQLNonNull(line)) },
        reason: { type: GraphQLString },
        note: { type: GraphQLString },
      },
      resolve: (_source: unknown, { id, ...body }: Args, { req }: { req: PayloadRequest }) => transitionOrder(req, id, body),
    },
  }
}
