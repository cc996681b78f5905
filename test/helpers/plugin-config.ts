/**
 * Unit-testing a plugin's config transform on a literal config, with no database (Payload's own plugins do the
 * same in their index.spec.ts): the transform must append to what it extends and never clobber it.
 */
import type { CollectionConfig, Config } from 'payload'
import { expect } from 'vitest'

const marker = (name: string) => () => name

/** A small literal config shaped like Bureau's core: each collection has a field, a hook and an endpoint of its own. */
export function literalConfig(): Config {
  const collection = (slug: string): CollectionConfig => ({
    slug,
    fields: [{ name: `${slug}-own-field`, type: 'text' }],
    hooks: { beforeChange: [marker(`${slug}-own-hook`)], afterChange: [marker(`${slug}-own-after-hook`)] },
    endpoints: [{ path: `/${slug}-own`, method: 'get', handler: () => Response.json({}) }],
  })
  return {
    collections: ['users', 'customers', 'products', 'product-variants', 'orders', 'websites', 'currencies'].map(collection),
    jobs: { tasks: [{ slug: 'core-task', handler: async () => ({ output: {} }) }] },
    custom: { core: true },
    secret: 'literal',
    db: {} as Config['db'],
  } as Config
}

/** A copy of every list a transform might clobber, taken before it runs (transforms may build new objects). */
function snapshot(config: Config) {
  return {
    collections: (config.collections ?? []).map((collection) => ({
      slug: collection.slug,
      fields: [...collection.fields],
      hooks: Object.fromEntries(Object.entries(collection.hooks ?? {}).map(([name, hooks]) => [name, [...((hooks as unknown[]) ?? [])]])),
      endpoints: collection.endpoints === false ? null : [...(collection.endpoints ?? [])],
    })),
    tasks: [...(config.jobs?.tasks ?? [])],
    custom: { ...config.custom },
  }
}

/** Runs `transform` and checks it kept every collection, field, hook, endpoint and task in place, in order. */
export async function expectAppends(transform: (config: Config) => Config | Promise<Config>, config = literalConfig()): Promise<Config> {
  const before = snapshot(config)
  const after = await transform(config)
  const afterCollections = after.collections ?? []
  before.collections.forEach((original, index) => {
    const kept = afterCollections[index]
    expect(kept?.slug, `collection ${original.slug} keeps its place`).toBe(original.slug)
    expect(kept.fields.slice(0, original.fields.length)).toEqual(original.fields)
    for (const [name, hooks] of Object.entries(original.hooks)) {
      const now = ((kept.hooks as Record<string, unknown[]> | undefined)?.[name] ?? []).slice(0, hooks.length)
      expect(now, `${original.slug}.hooks.${name} keeps its own hooks first`).toEqual(hooks)
    }
    if (original.endpoints) expect((kept.endpoints || []).slice(0, original.endpoints.length)).toEqual(original.endpoints)
  })
  expect((after.jobs?.tasks ?? []).slice(0, before.tasks.length)).toEqual(before.tasks)
  expect(after.custom).toMatchObject(before.custom)
  return after
}

/** `enabled: false` hands the config back untouched: the same object, nothing added. */
export async function expectDisabledLeavesConfig(transform: (config: Config) => Config | Promise<Config>): Promise<void> {
  const config = literalConfig()
  const before = snapshot(config)
  expect(await transform(config)).toBe(config)
  expect(snapshot(config)).toEqual(before)
}

export const collectionOf = (config: Config, slug: string) => (config.collections ?? []).find((collection) => collection.slug === slug)
export const fieldNames = (collection: CollectionConfig | undefined) => (collection?.fields ?? []).map((field) => ('name' in field ? field.name : ''))
