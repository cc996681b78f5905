/**
 * The diff rule's view of a collection's fields (rules/diff.ts `Shape`), read from Payload's sanitized config:
 * which fields are groups, rows, relationships, dates, and which are never compared (hidden, virtual, join).
 */
import type { FlattenedBlock, FlattenedField, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import type { FieldShape, Shape } from '../rules/diff'

const IGNORED: FieldShape = { kind: 'ignored' }

type BlockLookup = (slug: string) => FlattenedBlock | undefined

function shapeOfField(field: FlattenedField, lookup: BlockLookup): FieldShape {
  if (('hidden' in field && field.hidden) || ('virtual' in field && field.virtual)) return IGNORED
  switch (field.type) {
    case 'group':
    case 'tab':
      return { kind: 'group', fields: shapeOfFields(field.flattenedFields, lookup) }
    case 'array':
      return { kind: 'array', fields: shapeOfFields(field.flattenedFields, lookup) }
    case 'blocks': {
      const blocks: Record<string, Shape> = {}
      for (const block of [...(field.blocks ?? []), ...(field.blockReferences ?? [])]) {
        const resolved = typeof block === 'string' ? lookup(block) : block
        if (resolved) blocks[resolved.slug] = shapeOfFields(resolved.flattenedFields, lookup)
      }
      return { kind: 'blocks', blocks }
    }
    case 'join':
      return IGNORED
    case 'relationship':
    case 'upload':
      return { kind: 'relationship' }
    case 'date':
      return { kind: 'date' }
    default:
      return { kind: 'value' }
  }
}

function shapeOfFields(fields: FlattenedField[], lookup: BlockLookup): Shape {
  const shape: Shape = {}
  for (const field of fields) shape[field.name] = shapeOfField(field, lookup)
  return shape
}

// Built once per collection config object; sanitized configs do not change while the app runs.
const cache = new WeakMap<SanitizedCollectionConfig, Shape>()

export function collectionShape(collection: SanitizedCollectionConfig, config: SanitizedConfig): Shape {
  let shape = cache.get(collection)
  if (!shape) {
    const blocks = (config.blocks ?? []) as FlattenedBlock[]
    shape = shapeOfFields(collection.flattenedFields, (slug) => blocks.find((block) => block.slug === slug))
    cache.set(collection, shape)
  }
  return shape
}
