/* REST: every collection, auth and custom endpoint under /api, behind Bureau's request guard (src/http). */
import config from '@payload-config'

import { restRoutes } from '../../../../http/routes'

const routes = restRoutes(config)

export const GET = routes.GET
export const POST = routes.POST
export const DELETE = routes.DELETE
export const PATCH = routes.PATCH
export const PUT = routes.PUT
export const OPTIONS = routes.OPTIONS
