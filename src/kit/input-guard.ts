/**
 * Checks every operation's client input before Payload runs any hook or query (input-rules.ts): the document id,
 * the `where` filter, `limit`/`page`, the data of a create or update by field type, and the credentials of a
 * login. A `beforeOperation` hook on every collection, so REST, GraphQL and the admin get the same answers:
 * 400 naming the field (Payload's ValidationError), or 404 for an id that cannot name a document. The local API is
 * trusted (server code); only credentials are checked there too.
 */
import { NotFound, ValidationError, type CollectionBeforeOperationHook, type SanitizedCollectionConfig } from 'payload'

import type { FieldIssue } from './errors'
import { INPUT_BOUNDS } from './input-bounds'
import { dataIssues, isPositiveId, whereIssues, type InputField } from './input-rules'

type OperationArgs = {
  id?: unknown
  where?: unknown
  limit?: unknown
  page?: unknown
  data?: unknown
  req?: { payloadAPI?: string; file?: unknown; payload?: { config?: { localization?: false | { localeCodes?: string[] } } } }
}

const refuse = (collection: string, issues: FieldIssue[]) => {
  if (issues.length) throw new ValidationError({ collection, errors: issues.map(({ path, message }) => ({ path, message })) })
}

export function credentialIssues(data: Record<string, unknown>, operation: string): FieldIssue[] {
  const issues: FieldIssue[] = []
  for (const name of ['email', 'username'] as const) {
    const value = data[name]
    if (value === undefined || value === null) continue
    if (typeof value !== 'string' || value.includes('\u0000') || value.length > 254) issues.push({ path: name, message: 'Must be text without NUL characters, at most 254 long' })
  }
  const password = data.password
  if (password !== undefined && password !== null) {
    if (typeof password !== 'string' || password.includes('\u0000') || password.length > INPUT_BOUNDS.passwordMaxChars) {
      issues.push({ path: 'password', message: `Must be text without NUL characters, at most ${INPUT_BOUNDS.passwordMaxChars} long` })
    } else if ((operation === 'create' || operation === 'update') && password.length < INPUT_BOUNDS.passwordMinChars) {
      issues.push({ path: 'password', message: `Must be at least ${INPUT_BOUNDS.passwordMinChars} characters long` })
    }
  }
  return issues
}

/** Ids are PostgreSQL serials unless the collection declares its own `id` field. */
const hasNumericIds = (collection: SanitizedCollectionConfig) => !collection.flattenedFields.some((field) => field.name === 'id')

export const inputGuard =
  (collection: SanitizedCollectionConfig): CollectionBeforeOperationHook =>
  ({ args, operation }) => {
    const { id, where, limit, page, data, req } = args as OperationArgs
    const fields = collection.flattenedFields as unknown as readonly InputField[]
    const fromClient = req?.payloadAPI !== 'local'
    if (fromClient && id !== undefined && id !== null && hasNumericIds(collection) && !isPositiveId(id)) {
      throw new NotFound()
    }
    if (fromClient) {
      refuse(collection.slug, whereIssues(fields, where))
      const paging: FieldIssue[] = []
      if (limit !== undefined && limit !== null && !(Number.isInteger(Number(limit)) && Number(limit) >= 0 && Number(limit) <= INPUT_BOUNDS.maxLimit)) {
        paging.push({ path: 'limit', message: `Must be a whole number from 0 to ${INPUT_BOUNDS.maxLimit}` })
      }
      if (page !== undefined && page !== null && !(Number.isInteger(Number(page)) && Number(page) >= 1 && Number(page) <= INPUT_BOUNDS.maxPage)) {
        paging.push({ path: 'page', message: `Must be a whole number from 1 to ${INPUT_BOUNDS.maxPage}` })
      }
      refuse(collection.slug, paging)
    }
    if (data !== undefined && (operation === 'create' || operation === 'update' || operation === 'login' || operation === 'forgotPassword')) {
      if (data === null || typeof data !== 'object' || Array.isArray(data)) refuse(collection.slug, [{ path: 'body', message: 'Must be an object' }])
      const record = data as Record<string, unknown>
      const localization = req?.payload?.config?.localization
      const locales = localization ? (localization.localeCodes ?? []) : []
      // The local API is server code (seed, hooks, Payload's own admin functions, which pass shapes of their own).
      const issues = fromClient && (operation === 'create' || operation === 'update') ? dataIssues(fields, record, { locales }) : []
      if (collection.auth) issues.push(...credentialIssues(record, operation))
      if (collection.upload && operation === 'create' && fromClient && !req?.file) issues.push({ path: 'file', message: 'No file was uploaded' })
      refuse(collection.slug, issues)
    }
    return args
  }
