import type { Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { getRegistry } from '../../../../src/kit'
import { collectionOf, expectAppends, expectDisabledLeavesConfig, fieldNames, literalConfig } from '../../../../test/helpers/plugin-config'
import { taxesPlugin } from '../../index'

/** The literal config plus customer groups, which taxes extends (Bureau's core has them). */
function withGroups(): Config {
  const config = literalConfig()
  config.collections = [...(config.collections ?? []), { slug: 'customer-groups', fields: [{ name: 'customer-groups-own-field', type: 'text' }] }]
  return config
}

describe('taxesPlugin transforms the config', () => {
  it('appends its collections, global, fields, stage and demo seed without clobbering', async () => {
    const config = await expectAppends(taxesPlugin(), withGroups())
    for (const slug of ['tax-codes', 'tax-jurisdictions', 'tax-rules']) expect(collectionOf(config, slug)).toBeDefined()
    expect((config.globals ?? []).map((global) => global.slug)).toEqual(['tax-settings'])
    expect(fieldNames(collectionOf(config, 'products'))).toEqual(['products-own-field', 'taxCode'])
    expect(fieldNames(collectionOf(config, 'customers'))).toEqual(['customers-own-field', 'taxCode', 'taxExempt'])
    expect(fieldNames(collectionOf(config, 'customer-groups'))).toEqual(['customer-groups-own-field', 'taxCode'])
    expect(fieldNames(collectionOf(config, 'websites'))).toEqual(['websites-own-field', 'taxSettings'])
    const registry = getRegistry(config)
    expect(registry.calculationStages.map((stage) => [stage.stage, stage.name, stage.productFields])).toEqual([['tax', 'taxes:tax-lines', ['taxCode']]])
    expect(registry.demoSeeds.map((seed) => seed.name)).toEqual(['taxes:eu-vat-and-us-sales-tax'])
  })

  it('shows tax rules as a table of jurisdiction, product code, customer code and rate', async () => {
    const config = await taxesPlugin()(withGroups())
    expect(collectionOf(config, 'tax-rules')?.admin?.defaultColumns).toEqual(['code', 'jurisdiction', 'productTaxCode', 'customerTaxCode', 'rate'])
  })

  it('puts the options into the global’s defaults', async () => {
    const config = await taxesPlugin({ pricesIncludeTax: true, rounding: 'item' })(withGroups())
    const fields = config.globals?.[0].fields ?? []
    const defaultOf = (name: string) => fields.find((field) => 'name' in field && field.name === name) as { defaultValue?: unknown } | undefined
    expect(defaultOf('pricesIncludeTax')?.defaultValue).toBe(true)
    expect(defaultOf('rounding')?.defaultValue).toBe('item')
    expect(defaultOf('startCalculationWith')?.defaultValue).toBe('rowTotal')
  })

  it('enabled: false leaves the config as it was', async () => {
    await expectDisabledLeavesConfig(taxesPlugin({ enabled: false }))
  })
})
