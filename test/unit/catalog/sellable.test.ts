import { describe, expect, it } from 'vitest'

import { resolveSellable } from '../../../collections/catalog/rules/sellable'

const USD = 1
const EUR = 2
const drill = { id: 10, sku: 'DRL-18V', name: 'Cordless drill', type: 'simple', status: 'active', weight: 1.8, basePrices: [{ currency: USD, amount: 12900 }] }
const gloves = { id: 20, sku: 'GLV-NIT', name: 'Nitrile gloves', type: 'configurable', status: 'active', weight: 0.05, basePrices: [{ currency: USD, amount: 349 }, { currency: EUR, amount: 319 }] }
const large = { id: 7, product: 20, sku: 'GLV-NIT-L', name: 'Nitrile gloves L', status: 'active', weight: null, basePrices: [{ currency: USD, amount: 369 }] }

describe('resolveSellable', () => {
  it('sells a simple product as it is', () => {
    expect(resolveSellable(10, drill, null, null, USD)).toEqual({
      ok: true,
      sellable: { sku: 'DRL-18V', name: 'Cordless drill', weight: 1.8, basePriceMinor: 12900 },
    })
    expect(resolveSellable(10, drill, null, null, EUR)).toMatchObject({ ok: true, sellable: { basePriceMinor: null } })
  })

  it("takes the variant's SKU, name and price, and the product's where the variant has none", () => {
    expect(resolveSellable(20, gloves, 7, large, USD)).toEqual({
      ok: true,
      sellable: { sku: 'GLV-NIT-L', name: 'Nitrile gloves L', weight: 0.05, basePriceMinor: 369 },
    })
    // no EUR price on the variant: the product's 3.19
    expect(resolveSellable(20, gloves, 7, { ...large, name: null, weight: 0.06 }, EUR)).toEqual({
      ok: true,
      sellable: { sku: 'GLV-NIT-L', name: 'Nitrile gloves', weight: 0.06, basePriceMinor: 319 },
    })
  })

  it('asks a variant of a configurable product, and only of it', () => {
    expect(resolveSellable(20, gloves, null, null, USD)).toEqual({
      ok: false,
      problem: { field: 'variant', message: 'Product GLV-NIT is sold as variants: choose one' },
    })
    expect(resolveSellable(10, drill, 7, large, USD)).toEqual({ ok: false, problem: { field: 'variant', message: 'Product DRL-18V has no variants' } })
    expect(resolveSellable(20, gloves, 7, { ...large, product: 21 }, USD)).toEqual({
      ok: false,
      problem: { field: 'variant', message: 'Variant 7 is not a variant of product GLV-NIT' },
    })
    expect(resolveSellable(20, gloves, 8, null, USD)).toMatchObject({ ok: false, problem: { field: 'variant' } })
  })

  it('refuses what is not for sale', () => {
    expect(resolveSellable(10, { ...drill, status: 'draft' }, null, null, USD)).toEqual({
      ok: false,
      problem: { field: 'product', message: 'Product 10 does not exist or is not for sale' },
    })
    expect(resolveSellable(99, null, null, null, USD)).toMatchObject({ ok: false, problem: { field: 'product' } })
    expect(resolveSellable(20, gloves, 7, { ...large, status: 'archived' }, USD)).toEqual({
      ok: false,
      problem: { field: 'variant', message: 'Variant GLV-NIT-L is not for sale' },
    })
  })
})
