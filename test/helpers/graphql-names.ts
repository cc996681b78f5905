/** The GraphQL query names Payload gives a collection: its own `graphQL` names, else from its labels (PascalCase). */
import type { SanitizedCollectionConfig } from 'payload'

const pascal = (label: unknown) =>
  String(typeof label === 'string' ? label : (label as Record<string, string> | undefined)?.en ?? '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('')

export function graphQLNames(collection: SanitizedCollectionConfig): { singular: string; plural: string } | null {
  if (collection.graphQL === false) return null
  const own = (collection.graphQL ?? {}) as { singularName?: string; pluralName?: string }
  const singular = own.singularName ?? pascal(collection.labels.singular)
  const plural = own.pluralName ?? pascal(collection.labels.plural)
  return singular && plural ? { singular, plural } : null
}
