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
