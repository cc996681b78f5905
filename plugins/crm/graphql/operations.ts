import type { GraphQLExtension, PayloadRequest } from 'payload'

import { ACCOUNTS, CONTACTS, LEADS, OPPORTUNITIES } from '../collections/slugs'
import { loadAccountSummary } from '../endpoints/account-summary'
import { conversionInput, convertLead } from '../endpoints/convert-lead'
import { loadPipeline, pipelineJson } from '../endpoints/pipeline'
import { crmTypes, type GraphQLModule } from './types'

type Context = { req: PayloadRequest }

/** Types are built once per graphql module (Payload builds the queries, then the mutations, from the same one). */
const built = new WeakMap<GraphQLModule, ReturnType<typeof crmTypes>>()
const typesFor = (g: GraphQLModule) => {
  const existing = built.get(g)
  if (existing) return existing
  const created = crmTypes(g)
  built.set(g, created)
  return created
}

/** Query twins: `CrmPipeline` (= GET /api/crm/pipeline) and `AccountSummary(id)` (= GET /api/accounts/:id/summary). */
export const crmQueries: GraphQLExtension = (g) => {
  const types = typesFor(g)
  return {
    CrmPipeline: {
      type: new g.GraphQLNonNull(types.Pipeline),
      resolve: async (_: unknown, __: unknown, context: Context) => pipelineJson(await loadPipeline(context.req)),
    },
    AccountSummary: {
      type: new g.GraphQLNonNull(types.AccountSummary),
      args: { id: { type: new g.GraphQLNonNull(g.GraphQLInt) } },
      resolve: (_: unknown, args: { id: number }, context: Context) => loadAccountSummary(context.req, args.id),
    },
  }
}

/** Mutation twin of POST /api/leads/:id/convert: `convertLead(id, account, contact, opportunity, createOpportunity)`. */
export const crmMutations: GraphQLExtension = (g, { collections }) => {
  const types = typesFor(g)
  const typeOf = (slug: string) => {
    const type = collections[slug]?.graphQL?.type
    if (!type) throw new Error(`crm: the GraphQL type of "${slug}" is missing (is its GraphQL disabled?)`)
    return type
  }
  const LeadConversion = new g.GraphQLObjectType({
    name: 'CrmLeadConversion',
    fields: {
      lead: { type: typeOf(LEADS) },
      account: { type: typeOf(ACCOUNTS) },
      contact: { type: typeOf(CONTACTS) },
      opportunity: { type: typeOf(OPPORTUNITIES) },
    },
  })
  return {
    convertLead: {
      type: new g.GraphQLNonNull(LeadConversion),
      args: {
        id: { type: new g.GraphQLNonNull(g.GraphQLInt) },
        account: { type: g.GraphQLInt },
        contact: { type: g.GraphQLInt },
        opportunity: { type: types.OpportunityInput },
        createOpportunity: { type: g.GraphQLBoolean, description: 'false: convert without opening an opportunity' },
      },
      resolve: (_: unknown, args: Record<string, unknown>, context: Context) =>
        convertLead(context.req, args.id as number, conversionInput({ ...args, opportunity: args.createOpportunity === false ? false : args.opportunity })),
    },
  }
}
