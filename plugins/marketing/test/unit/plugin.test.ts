import { describe, expect, it } from 'vitest'

import { getRegistry, promotionExtensions, registerPromotionCondition } from '../../../../src/kit'
import { collectionOf, expectAppends, expectDisabledLeavesConfig, fieldNames } from '../../../../test/helpers/plugin-config'
import { marketingPlugin } from '../../index'

describe('marketingPlugin transforms the config', () => {
  it('appends promotions, coupons, usages, the settings global, order and website fields, its input, stage and endpoint', async () => {
    const config = await expectAppends(marketingPlugin())
    expect(collectionOf(config, 'promotions')).toBeDefined()
    expect(collectionOf(config, 'coupons')).toBeDefined()
    expect(collectionOf(config, 'promotion-usages')).toBeDefined()
    expect(config.globals?.map((global) => global.slug)).toContain('marketing-settings')
    expect(fieldNames(collectionOf(config, 'orders'))).toEqual(['orders-own-field', 'coupons', 'marketingClaims'])
    expect(fieldNames(collectionOf(config, 'websites'))).toEqual(['websites-own-field', 'marketing'])
    const registry = getRegistry(config)
    expect(registry.calculationInputs.map((input) => input.name)).toEqual(['coupons'])
    expect(registry.calculationStages.map((stage) => [stage.stage, stage.name])).toEqual([['discount', 'marketing:promotions']])
    expect(config.endpoints?.map((endpoint) => endpoint.path)).toContain('/marketing/preview')
  })

  it('offers every registered condition as a block, also one a plugin registers after marketing', async () => {
    const config = await expectAppends(marketingPlugin())
    registerPromotionCondition(config, { code: 'loyaltyTier', plugin: 'crm', label: 'Loyalty tier', description: 'test', fields: [], check: () => ({ holds: true, why: 'ok' }) })
    const blocks = collectionOf(config, 'promotions')?.fields.find((field) => 'name' in field && field.name === 'conditions')
    expect(blocks && 'blocks' in blocks ? blocks.blocks.map((block) => block.slug) : []).toEqual([...promotionExtensions(config).conditions.map((condition) => condition.code)])
    expect(promotionExtensions(config).conditions.map((condition) => condition.code)).toContain('loyaltyTier')
    expect(() => registerPromotionCondition(config, { code: 'loyaltyTier', plugin: 'other', label: '', description: '', fields: [], check: () => ({ holds: false, why: '' }) })).toThrow(/already registered by "crm"/)
  })

  it('declares the product fields its conditions read, for the line loader', async () => {
    const config = await expectAppends(marketingPlugin())
    const stage = getRegistry(config).calculationStages[0]
    expect(stage.productFields).toEqual(['categories', 'brand', 'family', 'attributeValues'])
  })

  it('enabled: false leaves the config as it was', async () => {
    await expectDisabledLeavesConfig(marketingPlugin({ enabled: false }))
  })
})
