import { Forbidden, NotFound, type PayloadRequest } from 'payload'

import { isStaff, validationError, type Id } from '../../../src/kit'

/** CRM endpoints are staff-only: anyone else gets 403 (the collections' own access says the same). */
export function requireStaff(req: PayloadRequest): void {
  if (!isStaff(req)) throw new Forbidden(req.t)
}

/** The largest id PostgreSQL's `serial` ids reach; a bigger one would be a database error, not "not found". */
const MAX_ID = 2_147_483_647

/** A record id from the URL: a positive whole number within the id column's range, else 404 (no such record). */
export function routeId(req: PayloadRequest): number {
  const raw = req.routeParams?.id
  const id = typeof raw === 'string' && /^\d{1,10}$/.test(raw) ? Number(raw) : NaN
  if (!Number.isSafeInteger(id) || id <= 0 || id > MAX_ID) throw new NotFound(req.t)
  return id
}

/** An optional id in a request body, or a 400 naming its path. */
export function optionalId(value: unknown, path: string, collection: string): Id | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0 && value <= MAX_ID) return value
  if (typeof value === 'string' && /^\d{1,10}$/.test(value) && Number(value) > 0 && Number(value) <= MAX_ID) return Number(value)
  throw validationError([{ path, message: 'Must be the id of a record' }], collection)
}

/** The JSON body of a POST, or a 400 when it is not a JSON object. */
export async function jsonBody(req: PayloadRequest, collection: string): Promise<Record<string, unknown>> {
  let body: unknown
  try {
    body = req.json ? await req.json() : {}
  } catch {
    throw validationError([{ path: 'body', message: 'The body must be a JSON object' }], collection)
  }
  if (body === undefined || body === null) return {}
  if (typeof body !== 'object' || Array.isArray(body)) throw validationError([{ path: 'body', message: 'The body must be a JSON object' }], collection)
  return body as Record<string, unknown>
}
