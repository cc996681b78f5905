import type { CollectionConfig } from 'payload'

import { serverComputed, staffOnly } from '../../../src/kit'
import { deleteCsvFile, keepUploadedCsv, queuePriceImport } from '../hooks/price-transfers'
import { PRICE_CSV_FILES_SLUG, PRICE_IMPORTS_SLUG, PRICE_LISTS_SLUG, PRICING_GROUP, SECURED } from './slugs'
import { mayImportPrices, progressFields } from './transfer-fields'

/**
 * A CSV of prices to create or update by slot (item 8). Uploading it queues the import job; its progress, counts and
 * the rejected rows (row number, column, reason) show here. The file is kept in the database, not on the node's disk,
 * so a worker on any node can read it (disableLocalStorage).
 */
export const PriceImports: CollectionConfig = {
  slug: PRICE_IMPORTS_SLUG,
  labels: { singular: 'Price import', plural: 'Price imports' },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'priceList', 'status', 'processed', 'total', 'created', 'updated', 'rejected', 'createdAt'],
    group: PRICING_GROUP,
    description: 'Columns: priceList (id or name; may be left out when a list is chosen), sku, variantSku, unit, minQuantity, currency, value',
  },
  access: { read: staffOnly, create: mayImportPrices, update: () => false, delete: staffOnly },
  custom: SECURED,
  upload: { disableLocalStorage: true, mimeTypes: ['text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel'] },
  fields: [
    { name: 'priceList', type: 'relationship', relationTo: PRICE_LISTS_SLUG, admin: { description: 'Rows without a priceList cell go to this list' } },
    ...progressFields('rows'),
    {
      type: 'row',
      fields: [
        serverComputed({ name: 'created', type: 'number', defaultValue: 0, admin: { description: 'new prices' } }),
        serverComputed({ name: 'updated', type: 'number', defaultValue: 0, admin: { description: 'prices whose slot existed' } }),
        serverComputed({ name: 'rejected', type: 'number', defaultValue: 0, admin: { description: 'rows not imported (see below)' } }),
      ],
    },
    serverComputed({ name: 'rowErrors', type: 'json', admin: { description: 'The rejected rows: row (the file’s line, header = 1), column, reason (the first 1,000)' } }),
    // the uploaded text, for the job (whichever node runs it); never sent to clients
    { name: 'csv', type: 'relationship', relationTo: PRICE_CSV_FILES_SLUG, hidden: true },
  ],
  hooks: { beforeChange: [keepUploadedCsv], afterChange: [queuePriceImport], afterDelete: [deleteCsvFile] },
}
