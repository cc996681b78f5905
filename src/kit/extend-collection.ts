/**
 * Extending a collection another part of the system owns, by slug. A plugin never edits core files: it names the
 * collection it extends and gets a clear error at boot when that collection is absent (e.g. the plugin it depends on
 * is disabled), instead of silently doing nothing.
 */
import type { CollectionConfig, Config } from 'payload'

export class MissingCollectionError extends Error {
  constructor(plugin: string, slug: string) {
    super(
      `Plugin "${plugin}" extends the collection "${slug}", but no collection with that slug is configured. ` +
        `Enable the plugin that provides "${slug}" or disable "${plugin}".`,
    )
    this.name = 'MissingCollectionError'
  }
}

export type CollectionExtension = {
  /** fields appended after the collection's own */
  fields?: CollectionConfig['fields']
  /** hooks appended after the collection's own, per hook name */
  hooks?: CollectionConfig['hooks']
  /** endpoints appended to the collection's own */
  endpoints?: Exclude<CollectionConfig['endpoints'], false>
  /** free-form change applied last, for anything the keys above do not cover (admin components, indexes…) */
  modify?: (collection: CollectionConfig) => CollectionConfig
}

/** Returns a copy of `config` in which the collection `slug` carries the extension; throws when it is missing. */
export function extendCollection(config: Config, plugin: string, slug: string, extension: CollectionExtension): Config {
  const collections = config.collections ?? []
  const index = collections.findIndex((collection) => collection.slug === slug)
  if (index === -1) throw new MissingCollectionError(plugin, slug)
  const original = collections[index]
  const hooks = { ...original.hooks }
  for (const [name, added] of Object.entries(extension.hooks ?? {})) {
    const key = name as keyof NonNullable<CollectionConfig['hooks']>
    hooks[key] = [...((hooks[key] as unknown[]) ?? []), ...((added as unknown[]) ?? [])] as never
  }
  let extended: CollectionConfig = {
    ...original,
    fields: [...original.fields, ...(extension.fields ?? [])],
    hooks,
    endpoints: original.endpoints === false ? false : [...(original.endpoints ?? []), ...(extension.endpoints ?? [])],
  }
  if (extension.modify) extended = extension.modify(extended)
  const next = [...collections]
  next[index] = extended
  return { ...config, collections: next }
}
