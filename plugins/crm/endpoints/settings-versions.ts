import type { Endpoint, PayloadRequest } from 'payload'

import { CRM_SETTINGS } from '../collections/slugs'
import { routeId } from './request'

/**
 * `GET|POST /api/globals/crm-settings/versions/:id` ahead of Payload's own (the first matching endpoint answers):
 * Payload passes the id to PostgreSQL unchecked, and an id like `1e309` or `9223372036854775808` is a 500 there.
 * A non-id answers 404; a real id reads or restores the version with the caller's access, as Payload's would.
 */
const depthOf = (req: PayloadRequest) => (typeof req.query?.depth === 'string' && /^\d$/.test(req.query.depth) ? Number(req.query.depth) : undefined)

export const settingsVersionEndpoints: Endpoint[] = [
  {
    path: '/versions/:id',
    method: 'get',
    handler: async (req) =>
      Response.json(await req.payload.findGlobalVersionByID({ slug: CRM_SETTINGS, id: routeId(req), depth: depthOf(req), overrideAccess: false, user: req.user, req })),
  },
  {
    path: '/versions/:id',
    method: 'post',
    handler: async (req) => {
      const doc = await req.payload.restoreGlobalVersion({ slug: CRM_SETTINGS, id: String(routeId(req)), depth: depthOf(req), overrideAccess: false, user: req.user, req })
      return Response.json({ doc, message: req.t('version:restoredSuccessfully') })
    },
  },
]
