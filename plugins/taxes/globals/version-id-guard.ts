/**
 * Payload mounts `/api/globals/<slug>/versions/:id` and passes `:id` to PostgreSQL as it came (`1.5` → 500). The kit
 * guards collections' `:id` routes (src/kit/payload-internals.ts) but no global had versions before this one, so
 * the settings guard their own: an id that cannot name a version answers 404, any other goes on to Payload's route
 * (the next one mounted with the same path and method).
 */
import { NotFound, type Endpoint, type PayloadHandler } from 'payload'

const VERSION_PATH = '/versions/:id'
const namesAVersion = (id: unknown) => typeof id === 'string' && /^[1-9]\d{0,14}$/.test(id)

export function versionIdGuards(globalSlug: string): Endpoint[] {
  return (['get', 'post'] as const).map((method) => ({
    path: VERSION_PATH,
    method,
    handler: (async (req) => {
      if (!namesAVersion(req.routeParams?.id)) throw new NotFound(req.t)
      const global = req.payload.config.globals.find((candidate) => candidate.slug === globalSlug)
      const routes = Array.isArray(global?.endpoints) ? global.endpoints : []
      const payloadRoute = routes.filter((endpoint) => endpoint.path === VERSION_PATH && endpoint.method === method)[1]
      if (!payloadRoute) throw new NotFound(req.t)
      return (payloadRoute.handler as PayloadHandler)(req)
    }) as PayloadHandler,
  }))
}
