/**
 * The hooks that write audit entries. They run after the change, through the change's own `req`, so the entry is
 * part of the same database transaction: a change that fails or rolls back leaves no entry, and an entry exists
 * for every change that committed.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { STAFF_COLLECTION } from '../../../src/kit'
import { diffDocuments, type FieldChange } from '../rules/diff'
import { collectionShape } from './field-shape'

/** `req.context[SKIP_AUDIT] = true` (or `context: { skipAudit: true }` on a local API call) records nothing. */
export const SKIP_AUDIT = 'skipAudit'

export type AuditSettings = {
  /** slug of the audit collection */
  auditSlug: string
  /** field names / paths never recorded */
  excludeFields: ReadonlySet<string>
}

type Doc = Record<string, unknown> & { id: number | string }

const TITLE_LENGTH = 200

function titleOf(collection: SanitizedCollectionConfig, doc: Doc): string | null {
  const field = collection.admin?.useAsTitle
  if (!field || field === 'id') return null
  const value = doc[field]
  return typeof value === 'string' || typeof value === 'number' ? String(value).slice(0, TITLE_LENGTH) : null
}

async function writeEntry(
  settings: AuditSettings,
  req: PayloadRequest,
  entry: { operation: 'create' | 'update' | 'delete'; collection: SanitizedCollectionConfig; doc: Doc; changes: FieldChange[] },
) {
  const user = req.user
  const staffId = user?.collection === STAFF_COLLECTION ? user.id : null
  // A staff user deleting their own account: the row the relationship would point to is already gone.
  const userGone = entry.operation === 'delete' && entry.collection.slug === STAFF_COLLECTION && String(staffId) === String(entry.doc.id)
  await req.payload.create({
    collection: settings.auditSlug as never,
    data: {
      operation: entry.operation,
      collection: entry.collection.slug,
      documentId: String(entry.doc.id),
      documentTitle: titleOf(entry.collection, entry.doc),
      user: userGone ? null : staffId,
      userEmail: typeof user?.email === 'string' ? user.email : null,
      changes: entry.changes,
    } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })
}

export const recordChange =
  (settings: AuditSettings): CollectionAfterChangeHook =>
  async ({ collection, doc, previousDoc, operation, req }) => {
    if (req.context[SKIP_AUDIT]) return doc
    const shape = collectionShape(collection, req.payload.config)
    const changes = diffDocuments(operation === 'create' ? null : previousDoc, doc, shape, { exclude: settings.excludeFields })
    if (operation === 'update' && changes.length === 0) return doc
    await writeEntry(settings, req, { operation, collection, doc, changes })
    return doc
  }

export const recordDeletion =
  (settings: AuditSettings): CollectionAfterDeleteHook =>
  async ({ collection, doc, req }) => {
    if (req.context[SKIP_AUDIT]) return doc
    const shape = collectionShape(collection, req.payload.config)
    const changes = diffDocuments(doc, null, shape, { exclude: settings.excludeFields })
    await writeEntry(settings, req, { operation: 'delete', collection, doc, changes })
    return doc
  }
