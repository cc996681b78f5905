/**
 * Payload's REST and GraphQL route handlers behind Bureau's request guard (request-guard.ts). The app's route files
 * under src/app/(payload)/api and the integration tests' REST/GraphQL clients both use these, so tests go through
 * exactly what the app serves.
 */
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { guardGraphQLRequest, guardRestRequest } from './request-guard'

type RestArgs = { params: Promise<{ slug: string[] }> }
type RestHandler = (request: Request, args: RestArgs) => Promise<Response>

const guardedRest =
  (handler: RestHandler): RestHandler =>
  async (request, args) => {
    const guarded = await guardRestRequest(request)
    return guarded instanceof Response ? guarded : handler(guarded, args)
  }

export function restRoutes(config: Promise<SanitizedConfig>) {
  return {
    GET: guardedRest(REST_GET(config) as RestHandler),
    POST: guardedRest(REST_POST(config) as RestHandler),
    PATCH: guardedRest(REST_PATCH(config) as RestHandler),
    PUT: guardedRest(REST_PUT(config) as RestHandler),
    DELETE: guardedRest(REST_DELETE(config) as RestHandler),
    OPTIONS: REST_OPTIONS(config),
  }
}

export function graphQLRoute(config: Promise<SanitizedConfig>) {
  const handler = GRAPHQL_POST(config) as (request: Request) => Promise<Response>
  return async (request: Request): Promise<Response> => {
    const guarded = await guardGraphQLRequest(request)
    return guarded instanceof Response ? guarded : handler(guarded)
  }
}
