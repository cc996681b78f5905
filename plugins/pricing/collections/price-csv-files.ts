import type { CollectionConfig } from 'payload'

import { PRICE_CSV_FILES_SLUG, PRICING_GROUP } from './slugs'

/** The largest CSV kept (the API refuses bodies over 10 MB; an export of a large list can be bigger). */
export const MAX_CSV_LENGTH = 200_000_000

/**
 * The text of an uploaded or exported price CSV, in the database so a worker or app node anywhere can read it, and in
 * a table of its own so listing imports and exports never loads files. Written and read only by the plugin's own
 * code (the upload hook, the jobs, the download endpoint): no API access at all.
 */
export const PriceCsvFiles: CollectionConfig = {
  slug: PRICE_CSV_FILES_SLUG,
  admin: { group: PRICING_GROUP, hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [{ name: 'content', type: 'textarea', required: true, maxLength: MAX_CSV_LENGTH }],
}
