import type { CollectionBeforeDeleteHook, CollectionConfig, Field, Where } from 'payload'

import { withPanels, type RelatedPanel } from '../../../src/kit'
import { ACTIVITIES } from './slugs'

type On = 'relatedTo' | 'account'

/** The Activities tab of a record: its calls, meetings, emails and notes as a timeline, newest first. */
export const activitiesPanel = (on: On): RelatedPanel => ({
  name: 'activities',
  label: 'Activities',
  collection: ACTIVITIES,
  on,
  defaultColumns: ['occurredAt', 'type', 'subject', 'relatedTo', 'owner'],
  description: 'Calls, meetings, emails and notes, newest first',
  defaultLimit: 20,
  onDelete: 'cascade',
})

/** Activities about one record of `slug`: `relatedTo` is polymorphic and ids repeat across collections. */
const about = (slug: string, id?: number | string): Where => ({
  and: [{ 'relatedTo.relationTo': { equals: slug } }, ...(id === undefined ? [] : [{ 'relatedTo.value': { equals: id } }])],
})

/** Deletes a record's own activities with it (the relation named, not only the id). */
const deleteOwnActivities =
  (slug: string): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    await req.payload.delete({ collection: ACTIVITIES, where: about(slug, id), overrideAccess: true, req })
  }

/** The timeline join: newest first; on `relatedTo`, only activities about this collection's records. */
const patchTimeline = (fields: readonly Field[], slug: string, on: On): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'join' && field.name === 'activities') return { ...field, defaultSort: '-occurredAt', ...(on === 'relatedTo' ? { where: about(slug) } : {}) }
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: patchTimeline(tab.fields, slug, on) })) }
    return field
  })

/**
 * Makes the Activities panel just added to `collection` (by `withPanels` or `addRelatedPanel`, whose delete hook
 * comes last) a timeline: sorted newest first and, over the polymorphic `relatedTo`, limited to this collection's
 * records, with a delete cascade that names the relation.
 */
export function asTimeline(collection: CollectionConfig, on: On): CollectionConfig {
  const beforeDelete = collection.hooks?.beforeDelete ?? []
  return {
    ...collection,
    fields: patchTimeline(collection.fields, collection.slug, on),
    hooks: on === 'relatedTo' ? { ...collection.hooks, beforeDelete: [...beforeDelete.slice(0, -1), deleteOwnActivities(collection.slug)] } : collection.hooks,
  }
}

/** A CRM collection with its panels, the Activities timeline last. */
export const withTimeline = (collection: CollectionConfig, panels: readonly RelatedPanel[], on: On = 'relatedTo'): CollectionConfig =>
  asTimeline(withPanels(collection, [...panels, activitiesPanel(on)]), on)
