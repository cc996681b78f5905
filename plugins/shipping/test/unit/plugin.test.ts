import { describe, expect, it } from 'vitest'

import { getRegistry } from '../../../../src/kit'
import { collectionOf, expectAppends, expectDisabledLeavesConfig, fieldNames } from '../../../../test/helpers/plugin-config'
import { shippingPlugin } from '../../index'
import { merchandiseTotal } from '../../stages/method-rate'

describe('shippingPlugin transforms the config', () => {
  it('appends shipping-methods, the order field, its input and its stage without clobbering', async () => {
    const config = await expectAppends(shippingPlugin())
    expect(collectionOf(config, 'shipping-methods')).toBeDefined()
    expect(fieldNames(collectionOf(config, 'orders'))).toEqual(['orders-own-field', 'shippingMethod'])
    const registry = getRegistry(config)
    expect(registry.calculationInputs.map((input) => input.name)).toEqual(['shippingMethod'])
    expect(registry.calculationStages.map((stage) => [stage.stage, stage.name])).toEqual([['shipping', 'shipping:method-rate']])
  })

  it('enabled: false leaves the config as it was', async () => {
    await expectDisabledLeavesConfig(shippingPlugin({ enabled: false }))
  })

  it('compares the free-shipping threshold with the total after discounts by default, or before them', () => {
    const totals = { subtotal: 10000n, discountTotal: 1500n }
    expect(merchandiseTotal(totals, 'afterDiscounts')).toBe(8500n)
    expect(merchandiseTotal(totals, 'beforeDiscounts')).toBe(10000n)
  })
})
