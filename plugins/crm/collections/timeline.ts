import type { CollectionConfig, Field } from 'payload'

import { withPanels, type RelatedPanel } from '../../../src/kit'
import { ACTIVITIES } from './slugs'

/** The Activities tab of a record: its calls, meetings, emails and notes as a timeline, newest first. */
export const activitiesPanel = (on: 'relatedTo' | 'account'): RelatedPanel => ({
  name: 'activities',
  label: 'Activities',
  collection: ACTIVITIES,
  on,
  defaultColumns: ['occurredAt', 'type', 'subject', 'relatedTo', 'owner'],
  description: 'Calls, meetings, emails and notes, newest first',
  defaultLimit: 20,
  onDelete: 'cascade',
})

/** Sorts the `activities` join newest first (a kit panel has no sort of its own; joins default to creation order). */
const sortTimeline = (fields: readonly Field[]): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'join' && field.name === 'activities') return { ...field, defaultSort: '-occurredAt' }
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: sortTimeline(tab.fields) })) }
    return field
  })

/** A CRM collection with its panels, the Activities timeline last. */
export const withTimeline = (collection: CollectionConfig, panels: readonly RelatedPanel[], on: 'relatedTo' | 'account' = 'relatedTo'): CollectionConfig => {
  const paneled = withPanels(collection, [...panels, activitiesPanel(on)])
  return { ...paneled, fields: sortTimeline(paneled.fields) }
}
