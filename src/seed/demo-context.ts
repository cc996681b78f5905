/**
 * Runs the plugins' demo seeds (src/kit/demo-seeds.ts) after the core demo, handing each the core records by their
 * natural keys, read back from the database so the plugins depend on no seed module.
 */
import type { CollectionSlug, Payload } from 'payload'

import { demoSeeds, type DemoContext, type Id } from '../kit'

async function byKey(payload: Payload, collection: CollectionSlug, key: string): Promise<Map<string, Id>> {
  const found = await payload.find({ collection, pagination: false, depth: 0, select: { [key]: true }, overrideAccess: true })
  const map = new Map<string, Id>()
  for (const doc of found.docs as unknown as Array<Record<string, unknown> & { id: Id }>) {
    if (doc[key] !== null && doc[key] !== undefined) map.set(String(doc[key]), doc.id)
  }
  return map
}

export async function demoContext(payload: Payload, website: Id, admin: Id): Promise<DemoContext> {
  const [websites, currencies, customers, customerGroups, customerUsers, products, variants, categories, brands, users, businessUnits, roles] =
    await Promise.all([
      byKey(payload, 'websites', 'code'),
      byKey(payload, 'currencies', 'code'),
      byKey(payload, 'customers', 'code'),
      byKey(payload, 'customer-groups', 'code'),
      byKey(payload, 'customer-users', 'email'),
      byKey(payload, 'products', 'sku'),
      byKey(payload, 'product-variants', 'sku'),
      byKey(payload, 'categories', 'path'),
      byKey(payload, 'brands', 'code'),
      byKey(payload, 'users', 'email'),
      byKey(payload, 'business-units', 'code'),
      byKey(payload, 'roles', 'code'),
    ])
  return { payload, website, websites, currencies, customers, customerGroups, customerUsers, products, variants, categories, brands, users, businessUnits, roles, admin }
}

/** Each plugin's demo data, in plugin order. */
export async function seedPluginDemos(payload: Payload, website: Id, admin: Id): Promise<void> {
  const seeds = demoSeeds(payload.config)
  if (seeds.length === 0) return
  const context = await demoContext(payload, website, admin)
  for (const seed of seeds) {
    try {
      await seed.seed(context)
    } catch (error) {
      throw new Error(`The demo seed "${seed.name}" of plugin "${seed.plugin}" failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
    }
  }
}
