import type { CollectionConfig, Config, Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { Orders } from '../../../collections/sales/orders'
import { addRelatedPanel, extendCollection } from '../../../src/kit'

/** What a payments plugin would add: a ledger pointing at orders. */
const transactions: CollectionConfig = { slug: 'payment-transactions', fields: [{ name: 'order', type: 'relationship', relationTo: 'orders' }] }

const named = (fields: readonly Field[]) => fields.flatMap((field) => ('name' in field && field.name ? [field.name] : []))
const ordersOf = (config: Config) => config.collections!.find((collection) => collection.slug === 'orders')!

describe('the order view leaves room for plugins’ panels', () => {
  it('shows actions, the lines table and the timeline in the main area, the shipment panel in the sidebar', () => {
    const main = Orders.fields.filter((field) => field.admin?.position !== 'sidebar')
    const sidebar = Orders.fields.filter((field) => field.admin?.position === 'sidebar')
    expect(named(main)).toEqual(expect.arrayContaining(['actions', 'linesTable', 'lines', 'timeline']))
    expect(named(main).indexOf('actions')).toBeLessThan(named(main).indexOf('linesTable'))
    expect(named(sidebar)).toEqual(expect.arrayContaining(['status', 'shippingStatus', 'shipment']))
  })

  it('puts a plugin’s related panel in a tab after a Details tab holding the order’s own fields', () => {
    const config = addRelatedPanel({ collections: [Orders, transactions] } as Config, 'payments', 'orders', {
      name: 'payments',
      label: 'Payments',
      collection: 'payment-transactions',
      on: 'order',
    })
    const [strip, ...rest] = ordersOf(config).fields
    expect(strip.type).toBe('tabs')
    const tabs = (strip as Extract<Field, { type: 'tabs' }>).tabs
    expect(tabs.map((tab) => tab.label)).toEqual(['Details', 'Payments'])
    expect(named(tabs[0].fields)).toEqual(expect.arrayContaining(['actions', 'linesTable', 'timeline']))
    expect(named(rest)).toEqual(expect.arrayContaining(['status', 'shippingStatus', 'shipment']))
  })

  it('puts a plugin’s ui panel with position sidebar in the sidebar, after the shipment panel', () => {
    const panel: Field = { name: 'paymentPanel', type: 'ui', admin: { position: 'sidebar', components: { Field: '/plugins/payments/components/panel#Panel' } } }
    const config = extendCollection({ collections: [Orders] } as Config, 'payments', 'orders', { fields: [panel] })
    const sidebar = named(ordersOf(config).fields.filter((field) => field.admin?.position === 'sidebar'))
    expect(sidebar.indexOf('paymentPanel')).toBeGreaterThan(sidebar.indexOf('shipment'))
  })
})
