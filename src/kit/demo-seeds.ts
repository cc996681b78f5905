/**
 * Demo data per plugin: a plugin registers a seed that `npm run dev` runs after the core demo (security, customers,
 * catalog, one order), in plugin order. The seed gets the core demo's ids by their natural keys, so it never
 * imports the core seed and a disabled plugin simply seeds nothing.
 */
import type { Config, Payload } from 'payload'

import type { Id } from './ids'
import { getRegistry } from './registry'

/** The core demo's records by natural key (codes, SKUs, emails, slugs). */
export type DemoContext = {
  payload: Payload
  /** the demo website (code `us`) */
  website: Id
  websites: ReadonlyMap<string, Id>
  /** by ISO code: USD, EUR */
  currencies: ReadonlyMap<string, Id>
  /** by customer code: NORTHWIND, NORTHWIND-EAST, CONTOSO… */
  customers: ReadonlyMap<string, Id>
  customerGroups: ReadonlyMap<string, Id>
  /** customer users by email */
  customerUsers: ReadonlyMap<string, Id>
  /** by SKU */
  products: ReadonlyMap<string, Id>
  variants: ReadonlyMap<string, Id>
  /** by category path (e.g. `fasteners/screws`) */
  categories: ReadonlyMap<string, Id>
  brands: ReadonlyMap<string, Id>
  /** staff users by email: admin@bureau.local, sales.east@bureau.local */
  users: ReadonlyMap<string, Id>
  businessUnits: ReadonlyMap<string, Id>
  roles: ReadonlyMap<string, Id>
  /** the demo administrator, owner of what a seed writes unless it says otherwise */
  admin: Id
}

export type DemoSeed = {
  /** unique, for errors and logs */
  name: string
  plugin: string
  /** writes the plugin's demo records through the local API (so hooks run as in real use) */
  seed: (context: DemoContext) => Promise<void>
}

export function registerDemoSeed(config: Config, seed: DemoSeed): void {
  const registry = getRegistry(config)
  const clash = registry.demoSeeds.find((existing) => existing.name === seed.name)
  if (clash) throw new Error(`Plugin "${seed.plugin}" registers the demo seed "${seed.name}", already registered by "${clash.plugin}"`)
  registry.demoSeeds.push(seed)
}

export function demoSeeds(config: Pick<Config, 'custom'>): readonly DemoSeed[] {
  return getRegistry(config).demoSeeds
}

/** One line of a demo role's permission matrix (the `roles` collection's `permissions` rows). */
export type DemoGrant = { collection: string; read: string; create: string; update: string; delete: string }

/**
 * Adds a plugin's collections to a core demo role (by its code: `sales-manager`, `warehouse-clerk`…), so the demo's
 * staff see the plugin's data at the levels their job calls for; the core demo cannot name a plugin's collections,
 * which do not exist when the plugin is disabled. A role the demo does not have, or a collection it already grants, is
 * left alone.
 */
export async function grantDemoRole(payload: Payload, roleCode: string, grants: readonly DemoGrant[]): Promise<void> {
  const local = { overrideAccess: true, depth: 0 } as const
  const found = await payload.find({ collection: 'roles', where: { code: { equals: roleCode } }, limit: 1, ...local })
  const role = found.docs[0] as { id: Id; permissions?: Array<DemoGrant & { id?: string }> | null } | undefined
  if (!role) return
  const current = role.permissions ?? []
  const added = grants.filter((grant) => !current.some((row) => row.collection === grant.collection))
  if (added.length === 0) return
  await payload.update({ collection: 'roles', id: role.id, data: { permissions: [...current, ...added] } as never, ...local })
}
