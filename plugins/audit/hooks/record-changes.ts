/**
 * The hooks that write audit entries. They run after the change, through the change's own `req`, so the entry is
 * part of the same database transaction: a change that fails or rolls back leaves no entry, and an entry exists
 * for every change that committed.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { insertAtCommit, isTextLengthCheck, openTransactionOf, STAFF_COLLECTION, withAfterChangeMany, type AfterChangeArgs, type SqlTransaction } from '../../../src/kit'
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

type Entry = { operation: 'create' | 'update' | 'delete'; collection: SanitizedCollectionConfig; doc: Doc; changes: FieldChange[] }

function entryData(req: PayloadRequest, entry: Entry) {
  const user = req.user
  const staffId = user?.collection === STAFF_COLLECTION ? user.id : null
  // A staff user deleting their own account: the row the relationship would point to is already gone.
  const userGone = entry.operation === 'delete' && entry.collection.slug === STAFF_COLLECTION && String(staffId) === String(entry.doc.id)
  return {
    operation: entry.operation,
    collection: entry.collection.slug,
    documentId: String(entry.doc.id),
    documentTitle: titleOf(entry.collection, entry.doc),
    user: userGone ? null : staffId,
    userEmail: typeof user?.email === 'string' ? user.email : null,
    changes: entry.changes,
  }
}

/** Writes the entries of one request: in its transaction with one insert, else each through the local API. */
async function writeEntries(settings: AuditSettings, req: PayloadRequest, entries: readonly Entry[]) {
  if (entries.length === 0) return
  const rows = entries.map((entry) => entryData(req, entry))
  const fast = await directInsert(req, settings.auditSlug)
  if (fast) {
    const at = () => sql`${new Date().toISOString()}::timestamptz`
    const insert = sql`
      insert into ${sql.identifier(fast.table)} (operation, collection, document_id, document_title, user_id, user_email, changes, created_at, updated_at)
      values ${sql.join(
        rows.map(
          (data) => sql`(${data.operation}, ${data.collection}, ${data.documentId}, ${data.documentTitle}, ${data.user === null ? null : Number(data.user)},
              ${data.userEmail}, ${JSON.stringify(data.changes)}::jsonb, ${at()}, ${at()})`,
        ),
        sql`, `,
      )}`
    // the entries go in with the commit, beside the change's other late rows (src/kit/commit-inserts.ts)
    if (!(await insertAtCommit(req, insert))) await fast.tx.execute(insert)
    return
  }
  for (const data of rows) await req.payload.create({ collection: settings.auditSlug as never, data: data as never, depth: 0, overrideAccess: true, req })
}

/**
 * Hooks a local API create of an entry would run; the kit's input guard (the first beforeOperation) trusts the local
 * API, and the kit's check of text lengths stands for Payload's text validators, which the direct insert skips too.
 */
const CREATE_HOOKS = ['beforeValidate', 'beforeChange', 'afterChange', 'afterRead', 'afterOperation'] as const
const hookedByOthers = (audit: SanitizedCollectionConfig) =>
  CREATE_HOOKS.some((kind) => (audit.hooks?.[kind] ?? []).some((hook: unknown) => !isTextLengthCheck(hook))) || (audit.hooks?.beforeOperation?.length ?? 0) > 1

/**
 * An entry is one row the plugin alone writes (its collection has no hooks, no arrays, no relationship tables; create
 * access is nobody's): inside the change's transaction it is inserted directly, one statement, instead of a local
 * API create (validation, an insert, a re-read and afterRead of the entry nobody reads) — 4 entries per checkout cost
 * 8 ms of its 85 (bench/profile-checkout.ts). Without a transaction, or when something hooks the audit collection,
 * the local API writes it as before.
 */
async function directInsert(req: PayloadRequest, auditSlug: string): Promise<{ tx: SqlTransaction; table: string } | null> {
  const audit = (req.payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)[auditSlug]?.config
  if (!audit || hookedByOthers(audit)) return null
  const tx = await openTransactionOf(req)
  if (!tx) return null
  const table = (req.payload.db as unknown as { tableNameMap?: Map<string, string> }).tableNameMap?.get(auditSlug.replace(/-/g, '_'))
  return tx && table ? { tx, table } : null
}

/** The entry a create or update makes, or null for an update that changed nothing recorded. */
function changeEntry(settings: AuditSettings, { collection, doc, previousDoc, operation, req }: AfterChangeArgs): Entry | null {
  const shape = collectionShape(collection, req.payload.config)
  const changes = diffDocuments(operation === 'create' ? null : previousDoc, doc, shape, { exclude: settings.excludeFields })
  if (operation === 'update' && changes.length === 0) return null
  return { operation, collection, doc: doc as Doc, changes }
}

/** Per document, as Payload calls it; several documents of one write (kit/bulk-hooks.ts) get one insert. */
export const recordChange = (settings: AuditSettings): CollectionAfterChangeHook =>
  withAfterChangeMany(
    async (args) => {
      if (args.req.context[SKIP_AUDIT]) return args.doc
      const entry = changeEntry(settings, args)
      if (entry) await writeEntries(settings, args.req, [entry])
      return args.doc
    },
    async (calls) => {
      const recorded = calls.filter((args) => !args.req.context[SKIP_AUDIT])
      if (recorded.length === 0) return
      await writeEntries(settings, recorded[0].req, recorded.map((args) => changeEntry(settings, args)).filter((entry): entry is Entry => entry !== null))
    },
  )

export const recordDeletion =
  (settings: AuditSettings): CollectionAfterDeleteHook =>
  async ({ collection, doc, req }) => {
    if (req.context[SKIP_AUDIT]) return doc
    const shape = collectionShape(collection, req.payload.config)
    const changes = diffDocuments(doc, null, shape, { exclude: settings.excludeFields })
    await writeEntries(settings, req, [{ operation: 'delete', collection, doc, changes }])
    return doc
  }
