import { describe, expect, it } from 'vitest'

import { checkFieldRulePath, checkPermissionCollection } from '../../collections/security/rules/role-permissions'

const secured = ['customers', 'products', 'orders']

describe('checkPermissionCollection', () => {
  it('accepts a secured collection named once', () => {
    expect(checkPermissionCollection('orders', secured, [{ collection: 'customers' }])).toBe(true)
  })

  it('requires a collection', () => {
    expect(checkPermissionCollection('', secured, [])).toMatch(/Choose the collection/)
    expect(checkPermissionCollection(null, secured, [])).toMatch(/Choose the collection/)
  })

  it('rejects a collection that is not secured and lists the secured ones', () => {
    expect(checkPermissionCollection('roles', secured, [])).toBe('"roles" is not a secured collection. Secured collections: customers, products, orders.')
  })

  it('rejects a second row for the same collection', () => {
    expect(checkPermissionCollection('orders', secured, [{ collection: 'products' }, { collection: 'orders' }])).toMatch(/already has a row/)
  })
})

describe('checkFieldRulePath', () => {
  const paths = ['sku', 'basePrices', 'basePrices.amount', 'owner']

  it('accepts a known path, nested ones too', () => {
    expect(checkFieldRulePath('basePrices.amount', 'products', paths, [])).toBe(true)
  })

  it('rejects an unknown path, naming the collection', () => {
    expect(checkFieldRulePath('costPrise', 'products', paths, [])).toBe('"products" has no field "costPrise".')
  })

  it('refuses to restrict the ownership fields the access filter relies on', () => {
    expect(checkFieldRulePath('owner', 'products', paths, [])).toMatch(/managed by staff security/)
  })

  it('rejects a second rule for the same field of the same collection, not of another one', () => {
    expect(checkFieldRulePath('sku', 'products', paths, [{ collection: 'products', field: 'sku' }])).toMatch(/already has a rule/)
    expect(checkFieldRulePath('sku', 'products', paths, [{ collection: 'orders', field: 'sku' }])).toBe(true)
  })

  it('leaves a missing collection to the collection cell', () => {
    expect(checkFieldRulePath('sku', null, paths, [])).toBe(true)
    expect(checkFieldRulePath('', 'products', paths, [])).toMatch(/Name the field/)
  })
})
