/**
 * `npm run seed`: brings a database (DATABASE_URI, else the embedded development one) to the current schema and seeds
 * the demo into it when it is empty. A database that already has users is left alone: the demo is not meant to be
 * mixed into real data. Exits non-zero in that case, so a deploy script notices.
 */
import { prepareDatabase } from '../seed/prepare'
import { prepareEnvironment } from './environment'

const { stop } = await prepareEnvironment(process.env.BUREAU_DATABASE ?? 'bureau_dev')
let seeded = false
try {
  seeded = await prepareDatabase({ seed: true })
} finally {
  await stop()
}
if (!seeded) {
  console.error('[bureau] The database already has users: the demo is seeded only into an empty database. Nothing was written.')
  process.exit(1)
}
