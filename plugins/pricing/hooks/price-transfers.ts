/** Price imports and exports: keep the uploaded CSV in the database, and queue the job in the create's transaction. */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload'

import { emitDomainEvent, idOf, validationError } from '../../../src/kit'
import { PRICE_CSV_FILES_SLUG, PRICE_IMPORTS_SLUG } from '../collections/slugs'
import { EXPORT_QUEUED, IMPORT_QUEUED } from '../events'

export const keepUploadedCsv: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const text = req.file?.data ? Buffer.from(req.file.data).toString('utf8') : ''
  if (!text.trim()) throw validationError([{ path: 'file', message: 'Upload a CSV file with a header row and prices' }], PRICE_IMPORTS_SLUG)
  // skipAudit: the audit plugin's convention; a copy of the whole file in the audit log would say nothing useful
  const file = await req.payload.create({ collection: PRICE_CSV_FILES_SLUG, data: { content: text }, depth: 0, select: {}, overrideAccess: true, context: { skipAudit: true }, req })
  data.csv = file.id
  return data
}

export const queuePriceImport: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create') await emitDomainEvent(req, IMPORT_QUEUED, { import: doc.id })
  return doc
}

export const queuePriceExport: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create') await emitDomainEvent(req, EXPORT_QUEUED, { export: doc.id })
  return doc
}

/** Deleting an import or export deletes its file. */
export const deleteCsvFile: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const file = idOf(doc.csv)
  if (file !== null) await req.payload.delete({ collection: PRICE_CSV_FILES_SLUG, id: file, overrideAccess: true, context: { skipAudit: true }, req })
  return doc
}
