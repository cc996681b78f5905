/**
 * GraphQL output types of the CRM's own endpoints, built once per schema from Payload's graphql module (the one
 * passed to `graphQL.queries` / `graphQL.mutations`, so no second copy of graphql is imported).
 */
import type * as GraphQL from 'graphql'

export type GraphQLModule = typeof GraphQL

export function crmTypes(g: GraphQLModule) {
  const nonNull = <T extends GraphQL.GraphQLNullableType>(type: T) => new g.GraphQLNonNull(type)
  const CurrencyTotal = new g.GraphQLObjectType({
    name: 'CrmCurrencyTotal',
    fields: {
      currency: { type: nonNull(g.GraphQLString) },
      minorDigits: { type: nonNull(g.GraphQLInt) },
      count: { type: nonNull(g.GraphQLInt) },
      amount: { type: nonNull(g.GraphQLFloat), description: 'minor units' },
      weighted: { type: nonNull(g.GraphQLFloat), description: 'minor units, amount × probability, half-up' },
    },
  })
  const totals = { type: nonNull(new g.GraphQLList(nonNull(CurrencyTotal))) }
  const PipelineStage = new g.GraphQLObjectType({
    name: 'CrmPipelineStage',
    fields: { stage: { type: nonNull(g.GraphQLString) }, probability: { type: g.GraphQLInt }, count: { type: nonNull(g.GraphQLInt) }, totals },
  })
  const Pipeline = new g.GraphQLObjectType({
    name: 'CrmPipeline',
    fields: { stages: { type: nonNull(new g.GraphQLList(nonNull(PipelineStage))) }, totals },
  })
  const LifetimeSales = new g.GraphQLObjectType({
    name: 'CrmLifetimeSales',
    fields: { currency: { type: nonNull(g.GraphQLString) }, minorDigits: { type: nonNull(g.GraphQLInt) }, amount: { type: nonNull(g.GraphQLFloat) }, orders: { type: nonNull(g.GraphQLInt) } },
  })
  const LastActivity = new g.GraphQLObjectType({
    name: 'CrmLastActivity',
    fields: { id: { type: nonNull(g.GraphQLInt) }, type: { type: nonNull(g.GraphQLString) }, subject: { type: nonNull(g.GraphQLString) }, occurredAt: { type: nonNull(g.GraphQLString) } },
  })
  const AccountSummary = new g.GraphQLObjectType({
    name: 'CrmAccountSummary',
    fields: {
      account: { type: nonNull(g.GraphQLInt) },
      lifetimeSales: { type: nonNull(new g.GraphQLList(nonNull(LifetimeSales))) },
      openPipeline: totals,
      lastActivity: { type: LastActivity },
    },
  })
  const OpportunityInput = new g.GraphQLInputObjectType({
    name: 'CrmConversionOpportunityInput',
    fields: {
      name: { type: g.GraphQLString },
      stage: { type: g.GraphQLString },
      amount: { type: g.GraphQLFloat, description: 'minor units' },
      currency: { type: g.GraphQLInt },
      expectedCloseDate: { type: g.GraphQLString },
    },
  })
  return { Pipeline, AccountSummary, OpportunityInput }
}
