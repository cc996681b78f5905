import type { CollectionConfig } from 'payload'

import { staffOnly } from '../../../src/kit'
import { downloadPriceExport } from '../endpoints/download-price-export'
import { deleteCsvFile, queuePriceExport } from '../hooks/price-transfers'
import { PRICE_CSV_FILES_SLUG, PRICE_EXPORTS_SLUG, PRICE_LISTS_SLUG, PRICING_GROUP, SECURED } from './slugs'
import { mayExportPrices, progressFields } from './transfer-fields'

/**
 * An export of one list's prices as CSV (item 8), the import's columns: creating it queues the job; once done the file
 * is served at `GET /api/price-exports/:id/download` (kept in the database, so any node serves it).
 */
export const PriceExports: CollectionConfig = {
  slug: PRICE_EXPORTS_SLUG,
  labels: { singular: 'Price export', plural: 'Price exports' },
  admin: { useAsTitle: 'id', defaultColumns: ['id', 'priceList', 'currency', 'status', 'processed', 'total', 'createdAt'], group: PRICING_GROUP },
  access: { read: staffOnly, create: mayExportPrices, update: () => false, delete: staffOnly },
  custom: SECURED,
  fields: [
    { name: 'priceList', type: 'relationship', relationTo: PRICE_LISTS_SLUG, required: true },
    { name: 'currency', type: 'text', admin: { description: 'Only prices in this currency (empty: all)' } },
    ...progressFields('prices'),
    {
      name: 'download',
      type: 'ui',
      admin: { components: { Field: '/plugins/pricing/components/export-download#ExportDownload' } },
    },
    { name: 'csv', type: 'relationship', relationTo: PRICE_CSV_FILES_SLUG, hidden: true },
  ],
  endpoints: [downloadPriceExport],
  hooks: { afterChange: [queuePriceExport], afterDelete: [deleteCsvFile] },
}
