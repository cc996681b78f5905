import { NotFound, type Endpoint, type PayloadRequest } from 'payload'

const SLUG = 'inventory-settings'
const MAX_ID = 2_147_483_647

/**
 * The global's version routes with their id checked first: Payload answers 500 for an id out of the integer range
 * (`/versions/1e309`), and the kit guards collection routes only (src/kit/payload-internals.ts). A bad id is 404.
 */
function versionId(req: PayloadRequest): string {
  const id = String(req.routeParams?.id ?? '')
  if (!/^\d{1,10}$/.test(id) || Number(id) < 1 || Number(id) > MAX_ID) throw new NotFound(req.t)
  return id
}

export const settingsVersionEndpoints: Endpoint[] = [
  {
    path: '/versions/:id',
    method: 'get',
    handler: async (req) => {
      const doc = await req.payload.findGlobalVersionByID({ slug: SLUG, id: versionId(req), depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
      if (!doc) throw new NotFound(req.t)
      return Response.json(doc)
    },
  },
  {
    path: '/versions/:id',
    method: 'post',
    handler: async (req) => {
      const doc = await req.payload.restoreGlobalVersion({ slug: SLUG, id: versionId(req), depth: 0, overrideAccess: false, user: req.user, req })
      return Response.json({ doc, message: 'Restored successfully.' })
    },
  },
]
