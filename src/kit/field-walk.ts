/**
 * Config-time rewrites of every field of a config, nested ones included, for plugins applied after all others. Unlike
 * `mapDataFields` (field-paths.ts), which visits data fields by path and treats blocks as a whole (role field rules
 * address paths), this walk enters blocks too and visits every field: a number or a group inside a block needs the
 * same rewrite as one outside.
 */
import type { Config, Field } from 'payload'

/** `map` applied to each field of the list after its children (groups, arrays, rows, collapsibles, tabs, blocks). */
export function mapFieldsDeep(fields: Field[], map: (field: Field) => Field): Field[] {
  return fields.map((field) => map(withMappedChildren(field, map)))
}

function withMappedChildren(field: Field, map: (field: Field) => Field): Field {
  if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: mapFieldsDeep(field.fields, map) } as Field
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: mapFieldsDeep(tab.fields, map) })) }
  if (field.type === 'blocks') {
    return { ...field, blocks: field.blocks.map((block) => (typeof block === 'string' ? block : { ...block, fields: mapFieldsDeep(block.fields, map) })) }
  }
  return field
}

/** The config with `map` applied to every field of every collection and global. */
export const mapConfigFields = (config: Config, map: (field: Field) => Field): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({ ...collection, fields: mapFieldsDeep(collection.fields, map) })),
  globals: (config.globals ?? []).map((global) => ({ ...global, fields: mapFieldsDeep(global.fields, map) })),
})
