/**
 * Locks down what Payload mounts by itself, and puts the input guard on every collection. Payload adds its own
 * collections (jobs, locked documents, preferences, migrations) while sanitizing the config, after every plugin
 * ran, with access any logged-in user passes — a storefront customer user included. So this runs on the sanitized
 * config (`hardenPayloadConfig`, applied by src/config.ts) and sets:
 *
 * - `payload-locked-documents`: staff only; a lock is always taken in the caller's own name (forging "locked by
 *   admin" is refused); staff see every lock and may take one over, as Payload's admin does;
 * - `payload-preferences` (collection and its `/:key` endpoints): staff only, each their own;
 * - `payload-migrations`: administrators read; no REST (404 instead of Payload's 501);
 * - `payload-jobs`: run / queue / cancel / handle-schedules for administrators (src/config.ts `jobs.access`), and
 *   handle-schedules answers 200 "nothing to schedule" instead of 500 when no task has a schedule;
 * - `/api/access`, `/api/<collection>/access/:id?`, `/api/globals/<slug>/access`: staff only (they describe the
 *   permission model);
 * - every collection: the input guard (input-guard.ts) as its first `beforeOperation` hook.
 */
import {
  Forbidden,
  NotFound,
  UnauthorizedError,
  type Access,
  type CollectionBeforeValidateHook,
  type Endpoint,
  type PayloadHandler,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  type SanitizedConfig,
  type Where,
  ValidationError,
} from 'payload'

import { isAdministrator, isStaff, STAFF_COLLECTION } from './access'
import { credentialIssues, inputGuard } from './input-guard'
import { isPositiveId } from './input-rules'

export const LOCKED_DOCUMENTS_SLUG = 'payload-locked-documents'
export const PREFERENCES_SLUG = 'payload-preferences'
export const MIGRATIONS_SLUG = 'payload-migrations'
export const JOBS_SLUG = 'payload-jobs'

const nobody: Access = () => false
const staff: Access = ({ req }) => isStaff(req)
const administrators: Access = ({ req }) => isAdministrator(req)

/** The caller's own records, by the polymorphic `user` field Payload gives locks and preferences. */
const ownRecords: Access = ({ req }) => {
  if (!isStaff(req) || !req.user) return false
  const where: Where = { and: [{ 'user.value': { equals: req.user.id } }, { 'user.relationTo': { equals: STAFF_COLLECTION } }] }
  return where
}

function refuseNonStaff(req: PayloadRequest): void {
  if (!req.user) throw new UnauthorizedError(req.t)
  if (!isStaff(req)) throw new Forbidden(req.t)
}

/** A staff-only version of an endpoint: 401 anonymous, 403 any other logged-in user. */
const staffEndpoint = (endpoint: Endpoint): Endpoint => {
  const handler = endpoint.handler as PayloadHandler
  return {
    ...endpoint,
    handler: async (req) => {
      refuseNonStaff(req)
      return handler(req)
    },
  }
}

/** A lock or preference is written in the caller's own name only; the local API (Payload's admin) is trusted. */
const inCallersName: CollectionBeforeValidateHook = ({ data, req }) => {
  if (req.payloadAPI === 'local' || !data || !('user' in data)) return data
  const user = data.user as { relationTo?: unknown; value?: unknown } | null | undefined
  const value = user && typeof user.value === 'object' && user.value !== null ? (user.value as { id?: unknown }).id : user?.value
  if (user?.relationTo !== STAFF_COLLECTION || String(value) !== String(req.user?.id)) {
    throw new Forbidden(req.t)
  }
  return data
}

const isAccessEndpoint = (endpoint: Endpoint) => endpoint.path === '/access' || endpoint.path.startsWith('/access/')
const isVersionsEndpoint = (endpoint: Endpoint) => endpoint.path === '/versions' || endpoint.path.startsWith('/versions/')

/** Routes Payload mounts although the collection has the feature switched off; they answer 400 or 500. */
function mountedWithoutFeature(collection: SanitizedCollectionConfig, endpoint: Endpoint): boolean {
  if (isVersionsEndpoint(endpoint)) return !collection.versions
  if (endpoint.path.startsWith('/verify/')) return !(collection.auth && collection.auth.verify)
  if (endpoint.path.startsWith('/paste-url')) return !(collection.upload && collection.upload.pasteURL)
  return false
}

/**
 * Payload's unlock, reset-password and first-register routes pass `email`, `password` and `token` to the database
 * without a hook in between (an object or a NUL byte there is a 500). The JSON body is read from a copy of the
 * request (Payload reads the original after us) and checked like a login's.
 */
/** Auth routes that set a new password: it must meet the minimum length there too. */
const SETS_PASSWORD = /\/(reset-password|first-register)$/

async function checkCredentials(collection: string, req: PayloadRequest, setsPassword: boolean): Promise<void> {
  if (!(req.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json') || typeof req.clone !== 'function') return
  const data = await req
    .clone()
    .json()
    .catch(() => null)
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return
  const record = data as Record<string, unknown>
  const issues = credentialIssues(record, setsPassword ? 'create' : 'login')
  if (record.token !== undefined && (typeof record.token !== 'string' || record.token.length > 512 || record.token.includes('\u0000'))) {
    issues.push({ path: 'token', message: 'Must be text' })
  }
  if (issues.length) throw new ValidationError({ collection, errors: issues })
}

/** Which field a 400 from Payload's auth routes is about: they throw plain APIErrors ("Missing email."). */
const AUTH_FIELDS = ['email', 'username', 'password', 'token'] as const

/**
 * Every route of a collection, Payload's and custom: an `:id` that cannot name a document answers 404 before the
 * handler runs (Payload would pass `1.5` or `2^63` to PostgreSQL: 500); a missing upload file is a 404; an auth
 * route's 400 names its field.
 */
function guardEndpoint(collection: SanitizedCollectionConfig, endpoint: Endpoint): Endpoint {
  const handler = endpoint.handler as PayloadHandler
  const numericIds = !collection.flattenedFields.some((field) => field.name === 'id')
  const takesId = /:id\b/.test(endpoint.path)
  return {
    ...endpoint,
    handler: async (req) => {
      const id = req.routeParams?.id
      if (takesId && numericIds && id !== undefined && id !== null && id !== '' && !isPositiveId(id)) throw new NotFound(req.t)
      if (collection.auth && endpoint.method === 'post') await checkCredentials(collection.slug, req, SETS_PASSWORD.test(endpoint.path))
      try {
        const response = await handler(req)
        // Payload answers 500 itself for an upload whose file is not on disk: nothing there is a 404.
        if (response.status === 500 && endpoint.path.startsWith('/file/')) throw new NotFound(req.t)
        return response
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ENOENT') throw new NotFound(req.t)
        const { status, data, message } = error as { status?: number; data?: unknown; message?: string }
        if (collection.auth && status === 400 && !data && typeof message === 'string') {
          const field = AUTH_FIELDS.find((name) => message.toLowerCase().includes(name))
          if (field) throw new ValidationError({ collection: collection.slug, errors: [{ path: field, message }] })
        }
        throw error
      }
    },
  }
}

/**
 * POST /api/payload-preferences/:key stores `value` as jsonb, which cannot hold a NUL character: refused with a
 * 400 naming `value` instead of Payload's 500. The body is read here and handed on, as Payload's handler reads it.
 */
const checkedPreferenceUpdate = (handler: PayloadHandler): PayloadHandler => async (req) => {
  refuseNonStaff(req)
  let data: unknown = {}
  try {
    data = await req.json?.()
  } catch {
    data = {}
  }
  const key = req.routeParams?.key
  if (typeof key !== 'string' || key.length > 255 || key.includes('\u0000')) {
    throw new ValidationError({ collection: PREFERENCES_SLUG, errors: [{ path: 'key', message: 'Must be a key of at most 255 characters' }] })
  }
  if (JSON.stringify(data ?? null).includes('\\u0000')) {
    throw new ValidationError({ collection: PREFERENCES_SLUG, errors: [{ path: 'value', message: 'May not contain NUL characters' }] })
  }
  Object.assign(req, { json: () => Promise.resolve(data) })
  return handler(req)
}

/**
 * DELETE /api/payload-preferences/:key. Payload's own builds invalid SQL for the polymorphic `user` filter in
 * `db.deleteOne` (500 for every key); finding the caller's preference first and deleting it by id works.
 */
const deleteOwnPreference: PayloadHandler = async (req) => {
  refuseNonStaff(req)
  const key = req.routeParams?.key
  const { docs } = await req.payload.db.find({
    collection: PREFERENCES_SLUG,
    where: {
      and: [{ key: { equals: key } }, { 'user.value': { equals: req.user!.id } }, { 'user.relationTo': { equals: STAFF_COLLECTION } }],
    },
    limit: 1,
    pagination: false,
    req,
  })
  const found = docs[0] as { id: number | string } | undefined
  if (!found) throw new NotFound(req.t)
  await req.payload.db.deleteOne({ collection: PREFERENCES_SLUG, where: { id: { equals: found.id } }, req })
  return Response.json({ message: req.t('general:deletedSuccessfully') }, { status: 200 })
}

function lockDownCollection(collection: SanitizedCollectionConfig, config: SanitizedConfig): void {
  collection.hooks.beforeOperation = [inputGuard(collection), ...(collection.hooks.beforeOperation ?? [])]
  if (Array.isArray(collection.endpoints)) {
    collection.endpoints = collection.endpoints
      .filter((endpoint) => !mountedWithoutFeature(collection, endpoint))
      .map((endpoint) => guardEndpoint(collection, isAccessEndpoint(endpoint) ? staffEndpoint(endpoint) : endpoint))
  }
  switch (collection.slug) {
    case LOCKED_DOCUMENTS_SLUG:
      collection.access = { ...collection.access, read: staff, create: staff, update: staff, delete: staff }
      collection.hooks.beforeValidate = [inCallersName, ...(collection.hooks.beforeValidate ?? [])]
      break
    case PREFERENCES_SLUG:
      collection.access = { ...collection.access, read: ownRecords, create: staff, update: ownRecords, delete: ownRecords }
      collection.hooks.beforeValidate = [inCallersName, ...(collection.hooks.beforeValidate ?? [])]
      if (Array.isArray(collection.endpoints)) {
        collection.endpoints = collection.endpoints.map((endpoint) =>
          endpoint.path !== '/:key'
            ? staffEndpoint(endpoint)
            : endpoint.method === 'delete'
              ? { ...endpoint, handler: deleteOwnPreference }
              : endpoint.method === 'post'
                ? { ...endpoint, handler: checkedPreferenceUpdate(endpoint.handler as PayloadHandler) }
                : staffEndpoint(endpoint),
        )
      }
      break
    case MIGRATIONS_SLUG:
      collection.access = { ...collection.access, read: administrators, create: nobody, update: nobody, delete: nobody }
      // `endpoints: false` makes Payload answer 501 (a server error) to every request; no routes answer 404.
      collection.endpoints = []
      break
    case JOBS_SLUG:
      if (Array.isArray(collection.endpoints)) {
        collection.endpoints = collection.endpoints.map((endpoint) =>
          endpoint.path === '/handle-schedules' ? nothingToScheduleWithoutSchedules(endpoint, config) : endpoint,
        )
      }
      break
  }
}

/** Payload answers 500 to handle-schedules when no task has a schedule; that is "nothing to do", not a failure. */
function nothingToScheduleWithoutSchedules(endpoint: Endpoint, config: SanitizedConfig): Endpoint {
  const handler = endpoint.handler as PayloadHandler
  return {
    ...endpoint,
    handler: async (req) => {
      const access = config.jobs.access?.run ?? (({ req: request }: { req: PayloadRequest }) => Boolean(request.user))
      if (!(await access({ req }))) return Response.json({ message: req.t('error:unauthorized') }, { status: 401 })
      if (!config.jobs.scheduling) {
        return Response.json({ message: 'No task or workflow has a schedule: nothing to schedule.', queued: {}, skipped: {}, errored: {} }, { status: 200 })
      }
      return handler(req)
    },
  }
}

/** Applies the lock-down to a sanitized config (in place, as Payload's own sanitizing does) and returns it. */
export function hardenPayloadConfig(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) lockDownCollection(collection, config)
  config.endpoints = (config.endpoints || []).map((endpoint) =>
    isAccessEndpoint(endpoint) ? staffEndpoint(endpoint) : endpoint,
  ) as SanitizedConfig['endpoints']
  for (const global of config.globals) {
    if (Array.isArray(global.endpoints)) {
      global.endpoints = global.endpoints
        // a global without versions still gets Payload's version routes, which answer 500 (no versions table)
        .filter((endpoint) => !(isVersionsEndpoint(endpoint) && !global.versions))
        .map((endpoint) => guardGlobalEndpoint(isAccessEndpoint(endpoint) ? staffEndpoint(endpoint) : endpoint))
    }
  }
  return config
}

/** A global's `:id` routes (its versions): an id that cannot name a version answers 404 (Payload: 500 on `1.5`). */
function guardGlobalEndpoint(endpoint: Endpoint): Endpoint {
  if (!/:id\b/.test(endpoint.path)) return endpoint
  const handler = endpoint.handler as PayloadHandler
  return {
    ...endpoint,
    handler: async (req) => {
      const id = req.routeParams?.id
      if (id !== undefined && id !== null && id !== '' && !isPositiveId(id)) throw new NotFound(req.t)
      return handler(req)
    },
  }
}
