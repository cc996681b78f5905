/**
 * What price imports and exports share: who may run them, and the progress fields staff watch in the admin while the
 * job runs (written only by the job, with SQL: read-only here).
 */
import type { Access, Field } from 'payload'

import { isStaff, serverComputed, staffAccess } from '../../../src/kit'
import { PRODUCT_PRICES_SLUG } from './slugs'

export const TRANSFER_STATUSES = ['queued', 'running', 'done', 'failed'] as const

/**
 * An import writes any list's prices by slot, with SQL: only staff who may create prices and update every price
 * (global level, or administrators) may start one; the rows are not filtered per owner or unit.
 */
export const mayImportPrices: Access = async ({ req }) =>
  isStaff(req) && (await staffAccess(req, PRODUCT_PRICES_SLUG, 'create')) === true && (await staffAccess(req, PRODUCT_PRICES_SLUG, 'update')) === true

/** An export reads every price of a list: staff who may read every price (global level, or administrators). */
export const mayExportPrices: Access = async ({ req }) => isStaff(req) && (await staffAccess(req, PRODUCT_PRICES_SLUG, 'read')) === true

const count = (name: string, description: string): Field => serverComputed({ name, type: 'number', defaultValue: 0, admin: { description } })

export const progressFields = (what: 'rows' | 'prices'): Field[] => [
  serverComputed({
    name: 'status',
    type: 'select',
    options: [...TRANSFER_STATUSES],
    defaultValue: 'queued',
    index: true,
    admin: { position: 'sidebar', description: 'queued → running → done (or failed: see the message)' },
  }),
  {
    type: 'row',
    fields: [count('processed', `${what} read so far (reload to follow the job)`), count('total', `${what} in all`)],
  },
  serverComputed({ name: 'message', type: 'text', admin: { description: 'Why the job failed, or a summary once done' } }),
  serverComputed({ name: 'startedAt', type: 'date', admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } }),
  serverComputed({ name: 'finishedAt', type: 'date', admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } }),
]
