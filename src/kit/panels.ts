/**
 * Related-document panels: a tab on a collection's edit view listing the documents of another collection that point
 * at it (a Payload `join` field over their relationship), e.g. a customer's subsidiaries, users, addresses — and the
 * orders, quotes or price lists that plugins add. The same join is in REST and GraphQL answers (`customer.orders`),
 * filtered by the joined collection's read access, so a storefront user never sees rows it may not read.
 *
 * A core collection declares its own panels with `withPanels(collection, panels)`; a plugin adds one to a collection
 * it does not own with `addRelatedPanel(config, plugin, slug, panel)`, which fails at boot with a clear error when
 * either collection or the relationship is missing. Each panel also says what deleting the parent does to the
 * documents it lists: `restrict` refuses the deletion (409) while there are any, `cascade` deletes them with it.
 */
import { APIError, type CollectionBeforeDeleteHook, type CollectionConfig, type Config, type Field, type JoinField, type Tab, type Where } from 'payload'

import { extendCollection, MissingCollectionError } from './extend-collection'

export type RelatedPanel = {
  /** name of the join field on the parent collection (`orders` → `customer.orders` in the API) */
  name: string
  /** tab label in the admin */
  label: string
  /** slug of the collection whose documents the panel lists */
  collection: string
  /** the relationship field in that collection pointing at the parent (top level, or dotted inside groups) */
  on: string
  description?: string
  /** columns of the panel's table in the admin */
  defaultColumns?: string[]
  /** rows returned per parent when the client does not ask (`joins[name][limit]`); default 10 */
  defaultLimit?: number
  /** deleting the parent while the panel lists documents: refuse (default) or delete them too */
  onDelete?: 'restrict' | 'cascade'
  /** offer "Add new" in the panel (default true); false for logs only the system writes, whose create access refuses everyone */
  allowCreate?: boolean
  /** set by addRelatedPanel: `on` may point at several collections (`{ relationTo, value }` rows) */
  polymorphic?: boolean
}

/** Marks the tabs field that holds a collection's panels, so later panels join the same tab strip. */
const PANELS_MARKER = 'bureauPanels'

const isPanelTabs = (field: Field): field is Extract<Field, { type: 'tabs' }> =>
  field.type === 'tabs' && (field.custom as Record<string, unknown> | undefined)?.[PANELS_MARKER] === true

/** Names a collection's documents carry at the top level (fields in rows, collapsibles and unnamed tabs included). */
function topLevelNames(fields: readonly Field[]): string[] {
  return fields.flatMap((field): string[] => {
    if ('name' in field && field.name) return [field.name]
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [tab.name] : topLevelNames(tab.fields)))
    if ('fields' in field) return topLevelNames(field.fields)
    return []
  })
}

/** The field at a dotted path (`customer`, `billing.customer`), looking through rows, collapsibles and tabs. */
function findField(fields: readonly Field[], path: string): Field | undefined {
  const [head, ...rest] = path.split('.')
  for (const field of fields) {
    if ('name' in field && field.name === head) {
      if (rest.length === 0) return field
      return 'fields' in field ? findField(field.fields, rest.join('.')) : undefined
    }
    if (!('name' in field) || !field.name) {
      const nested = field.type === 'tabs' ? field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [{ ...tab, type: 'group' } as Field] : tab.fields)) : 'fields' in field ? field.fields : []
      const found = findField(nested, path)
      if (found) return found
    }
  }
  return undefined
}

const joinField = (panel: RelatedPanel): JoinField => ({
  name: panel.name,
  type: 'join',
  collection: panel.collection as JoinField['collection'],
  on: panel.on,
  defaultLimit: panel.defaultLimit ?? 10,
  admin: { defaultColumns: panel.defaultColumns, description: panel.description, ...(panel.allowCreate === false ? { allowCreate: false } : {}) },
})

function deleteHook(panel: RelatedPanel): CollectionBeforeDeleteHook {
  return async ({ id, req, collection }) => {
    // a polymorphic relationship is matched as `{ relationTo, value }` (a bare id there is "Not supported": 500)
    const where: Where = { [panel.on]: { equals: panel.polymorphic ? { relationTo: collection.slug, value: id } : id } }
    if (panel.onDelete === 'cascade') {
      await req.payload.delete({ collection: panel.collection as never, where, overrideAccess: true, req })
      return
    }
    const { totalDocs } = await req.payload.count({ collection: panel.collection as never, where, overrideAccess: true, req })
    if (totalDocs > 0) {
      const singular = typeof collection.labels?.singular === 'string' ? collection.labels.singular : collection.slug
      throw new APIError(
        `This ${singular.toLowerCase()} still has ${totalDocs} ${panel.label.toLowerCase()}; move or delete them first.`,
        409,
        { field: panel.name },
        true,
      )
    }
  }
}

/** A copy of `collection` with the panels added as tabs after its own fields (sidebar fields stay in the sidebar). */
export function withPanels(collection: CollectionConfig, panels: readonly RelatedPanel[]): CollectionConfig {
  const names = new Set(topLevelNames(collection.fields))
  for (const panel of panels) {
    if (names.has(panel.name)) {
      throw new Error(`Cannot add the panel "${panel.name}" to "${collection.slug}": the collection already has a field with that name.`)
    }
    names.add(panel.name)
  }
  const tabs: Tab[] = panels.map((panel) => ({ label: panel.label, description: panel.description, fields: [joinField(panel)] }))
  let fields: Field[]
  const existing = collection.fields.findIndex(isPanelTabs)
  if (existing >= 0) {
    const strip = collection.fields[existing] as Extract<Field, { type: 'tabs' }>
    fields = [...collection.fields]
    fields[existing] = { ...strip, tabs: [...strip.tabs, ...tabs] }
  } else {
    const inSidebar = (field: Field) => field.admin?.position === 'sidebar'
    const details: Tab = { label: 'Details', fields: collection.fields.filter((field) => !inSidebar(field)) }
    fields = [{ type: 'tabs', custom: { [PANELS_MARKER]: true }, tabs: [details, ...tabs] }, ...collection.fields.filter(inSidebar)]
  }
  return {
    ...collection,
    fields,
    hooks: { ...collection.hooks, beforeDelete: [...(collection.hooks?.beforeDelete ?? []), ...panels.map(deleteHook)] },
  }
}

/**
 * Adds a panel to the collection `slug` from a plugin. Throws at boot when the parent or the listed collection is
 * missing, or when the listed collection has no relationship `panel.on` to the parent.
 */
export function addRelatedPanel(config: Config, plugin: string, slug: string, panel: RelatedPanel): Config {
  const source = (config.collections ?? []).find((collection) => collection.slug === panel.collection)
  if (!source) throw new MissingCollectionError(plugin, panel.collection)
  const relationship = findField(source.fields, panel.on)
  const relationTo = relationship && 'relationTo' in relationship ? [relationship.relationTo].flat() : []
  if (!relationship || (relationship.type !== 'relationship' && relationship.type !== 'upload') || !relationTo.includes(slug as never)) {
    throw new Error(
      `Plugin "${plugin}" adds the panel "${panel.name}" to "${slug}" over "${panel.collection}.${panel.on}", ` +
        `but that field is not a relationship to "${slug}".`,
    )
  }
  const polymorphic = Array.isArray((relationship as { relationTo?: unknown }).relationTo)
  return extendCollection(config, plugin, slug, { modify: (collection) => withPanels(collection, [{ ...panel, polymorphic }]) })
}
