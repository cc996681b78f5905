/** The import and export jobs: one delivery per uploaded CSV or asked-for export, in its own transaction. */
import type { Config } from 'payload'

import { subscribeToDomainEvent } from '../../../src/kit'
import { EXPORT_QUEUED, IMPORT_QUEUED } from '../events'
import { runPriceExport } from '../jobs/export-prices'
import { runPriceImport } from '../jobs/import-prices'

export function subscribePriceTransfers(config: Config): void {
  subscribeToDomainEvent(config, {
    event: IMPORT_QUEUED,
    name: 'pricing:import-prices',
    handler: ({ data, req }) => runPriceImport(req, data.import),
  })
  subscribeToDomainEvent(config, {
    event: EXPORT_QUEUED,
    name: 'pricing:export-prices',
    handler: ({ data, req }) => runPriceExport(req, data.export),
  })
}
