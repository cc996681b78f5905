/* GraphQL at /api/graphql, behind Bureau's request guard (src/http). */
import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { graphQLRoute } from '../../../../http/routes'

export const POST = graphQLRoute(config)
export const OPTIONS = REST_OPTIONS(config)
