/**
 * Brings a database up to the current schema (getPayload pushes it in development and applies src/migrations in
 * production) and, when it is empty, seeds the demo. Runs in the start-up scripts
 * before Next.js starts, so exactly one process seeds and the first page load finds a ready database.
 */
import { getPayload } from 'payload'

import { closePayload } from '../db/close-payload'
import { DEMO_STOREFRONT_ADMIN, DEMO_STOREFRONT_BUYER } from './demo-customers'
import { DEMO_ADMIN } from './demo-data'
import { seedDemo } from './demo'

/** Returns whether the demo was seeded (false: seeding off, or the database already had users). */
export async function prepareDatabase({ seed }: { seed: boolean }): Promise<boolean> {
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
