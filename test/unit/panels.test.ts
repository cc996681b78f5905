import type { CollectionConfig, Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { MissingCollectionError } from '../../src/kit/extend-collection'
import { addRelatedPanel, withPanels } from '../../src/kit/panels'

const customers: CollectionConfig = {
  slug: 'customers',
  fields: [
    { name: 'name', type: 'text' },
    { name: 'score', type: 'number', admin: { position: 'sidebar' } },
  ],
}
const orders: CollectionConfig = { slug: 'orders', fields: [{ name: 'customer', type: 'relationship', relationTo: 'customers' }] }
const notes: CollectionConfig = { slug: 'notes', fields: [{ name: 'author', type: 'relationship', relationTo: 'users' }] }
const panel = { name: 'orders', label: 'Orders', collection: 'orders', on: 'customer' }

type Tabs = Extract<CollectionConfig['fields'][number], { type: 'tabs' }>

describe('withPanels puts related documents in tabs', () => {
  it('moves the own fields to a Details tab, keeps sidebar fields outside, and adds a join tab', () => {
    const result = withPanels(customers, [panel])
    const [tabs, sidebar] = result.fields as [Tabs, CollectionConfig['fields'][number]]
    expect(tabs.tabs.map((tab) => tab.label)).toEqual(['Details', 'Orders'])
    expect(tabs.tabs[0].fields.map((field) => ('name' in field ? field.name : ''))).toEqual(['name'])
    expect(tabs.tabs[1].fields[0]).toMatchObject({ name: 'orders', type: 'join', collection: 'orders', on: 'customer', defaultLimit: 10 })
    expect(sidebar).toMatchObject({ name: 'score' })
    expect(result.hooks?.beforeDelete).toHaveLength(1)
  })

  it('appends later panels to the same tab strip', () => {
    const twice = withPanels(withPanels(customers, [panel]), [{ name: 'quotes', label: 'Quotes', collection: 'quotes', on: 'customer' }])
    expect((twice.fields[0] as Tabs).tabs.map((tab) => tab.label)).toEqual(['Details', 'Orders', 'Quotes'])
    expect(twice.fields).toHaveLength(2)
    expect(twice.hooks?.beforeDelete).toHaveLength(2)
  })

  it('refuses a panel whose name is already a field', () => {
    expect(() => withPanels(customers, [{ ...panel, name: 'name' }])).toThrowError(/already has a field with that name/)
    expect(() => withPanels(withPanels(customers, [panel]), [panel])).toThrowError(/"orders"/)
  })
})

describe('addRelatedPanel lets a plugin add a panel by slug', () => {
  const config = (collections: CollectionConfig[]): Config => ({ collections }) as Config

  it('adds the join to the named collection', () => {
    const result = addRelatedPanel(config([customers, orders]), 'sales', 'customers', panel)
    const extended = result.collections!.find((collection) => collection.slug === 'customers')!
    expect((extended.fields[0] as Tabs).tabs.map((tab) => tab.label)).toEqual(['Details', 'Orders'])
  })

  it('fails at boot when the parent or the listed collection is missing', () => {
    expect(() => addRelatedPanel(config([orders]), 'sales', 'customers', panel)).toThrowError(MissingCollectionError)
    expect(() => addRelatedPanel(config([customers]), 'sales', 'customers', panel)).toThrowError(/no collection with that slug is configured/)
  })

  it('fails when the listed collection has no relationship to the parent', () => {
    expect(() => addRelatedPanel(config([customers, notes]), 'crm', 'customers', { ...panel, collection: 'notes', on: 'author' })).toThrowError(
      /"notes.author", but that field is not a relationship to "customers"/,
    )
    expect(() => addRelatedPanel(config([customers, orders]), 'sales', 'customers', { ...panel, on: 'buyer' })).toThrowError(/not a relationship/)
  })
})
