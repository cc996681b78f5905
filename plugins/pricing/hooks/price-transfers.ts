/** Price imports and exports: keep the uploaded CSV in the database, and queue the job in the create's transaction. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { emitDomainEvent, validationError } from '../../../src/kit'
import { PRICE_IMPORTS_SLUG } from '../collections/slugs'
import { EXPORT_QUEUED, IMPORT_QUEUED } from '../events'

export const keepUploadedCsv: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const text = req.file?.data ? Buffer.from(req.file.data).toString('utf8') : ''
  if (!text.trim()) throw validationError([{ path: 'file', message: 'Upload a CSV file with a header row and prices' }], PRICE_IMPORTS_SLUG)
  data.content = text
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
