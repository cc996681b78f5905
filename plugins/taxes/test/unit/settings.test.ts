import { describe, expect, it } from 'vitest'

import { DEFAULT_TAX_SETTINGS, resolveTaxSettings } from '../../rules/settings'
import { layerOf } from '../../stages/load-settings'

const defaults = DEFAULT_TAX_SETTINGS

describe('resolveTaxSettings', () => {
  it('takes each value from the last layer that sets it: defaults ← global ← website', () => {
    const global = { rounding: 'item' as const, origin: { country: 'US', region: 'NY', postalCode: '10001' }, shippingTaxCode: 3 }
    const website = { pricesIncludeTax: true, rounding: null, origin: { country: 'DE' } }
    expect(resolveTaxSettings(defaults, global, website)).toEqual({
      ...defaults,
      pricesIncludeTax: true,
      rounding: 'item',
      origin: { country: 'DE' },
      shippingTaxCode: 3,
    })
  })
  it('ignores an origin without a country (an empty group inherits)', () => {
    expect(resolveTaxSettings(defaults, { origin: { country: '' } }).origin).toBeNull()
  })
})

describe('layerOf (stored settings as a layer)', () => {
  it('reads the website select included/excluded and empty as inherit', () => {
    expect(layerOf({ pricesIncludeTax: 'included' })?.pricesIncludeTax).toBe(true)
    expect(layerOf({ pricesIncludeTax: 'excluded' })?.pricesIncludeTax).toBe(false)
    expect(layerOf({ pricesIncludeTax: null })?.pricesIncludeTax).toBeNull()
    expect(layerOf({ shippingTaxCode: { id: 5, code: 'shipping' } })?.shippingTaxCode).toBe(5)
  })
})
