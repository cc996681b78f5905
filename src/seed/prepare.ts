/**
 * Brings a database up to the current schema (getPayload pushes it in development and applies src/migrations in
 * production) and, when it is empty, seeds the demo. Runs in the start-up scripts (`npm start`, `npm run migrate`)
 * before Next.js starts, under a database-wide lock, so with several nodes starting at once exactly one migrates and
 * seeds, and the first page load finds a ready database.
 */
import { getPayload } from 'payload'

import { withStartupLock } from '../db/advisory-lock'
import { closePayload } from '../db/close-payload'
import { DEMO_STOREFRONT_ADMIN, DEMO_STOREFRONT_BUYER } from './demo-customers'
import { DEMO_ADMIN } from './demo-data'
import { seedDemo } from './demo'

/** Returns whether the demo was seeded (false: seeding off, or the database already had users). */
export async function prepareDatabase({ seed }: { seed: boolean }): Promise<boolean> {
  const uri = process.env.DATABASE_URI
  if (!uri) throw new Error('prepareDatabase: DATABASE_URI is not set (run it from a start-up script)')
  return withStartupLock(uri, () => migrateAndSeed(seed))
}

async function migrateAndSeed(seed: boolean): Promise<boolean> {
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  try {
    if (!seed) return false
    const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
    if (totalDocs > 0) return false
    payload.logger.info('Empty database: seeding the demo back-office…')
    await seedDemo(payload)
    payload.logger.info(`Demo ready. Log in at /admin as ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`)
    payload.logger.info(
      `Storefront (POST /api/customer-users/login): ${DEMO_STOREFRONT_ADMIN.email} / ${DEMO_STOREFRONT_ADMIN.password} (Northwind and its subsidiaries), ${DEMO_STOREFRONT_BUYER.email} / ${DEMO_STOREFRONT_BUYER.password} (Northwind East only)`,
    )
    return true
  } finally {
    await closePayload(payload)
  }
}
