import type { Plugin } from 'payload'

import { extendCollection, registerCalculationStage, registerDemoSeed } from '../../src/kit'
import { TaxCodes, taxCodeField } from './collections/tax-codes'
import { TaxJurisdictions } from './collections/tax-jurisdictions'
import { TaxRules } from './collections/tax-rules'
import { taxSettingsFields } from './globals/settings-fields'
import { taxSettingsGlobal } from './globals/tax-settings'
import { DEFAULT_TAX_SETTINGS, resolveTaxSettings, type AddressBasis, type StartCalculationWith, type TaxBase, type TaxRounding } from './rules/settings'
import { seedTaxesDemo } from './seed/demo'
import { taxLinesStage } from './stages/tax-lines'

export type TaxesPluginOptions = {
  /**
   * false removes the plugin: no tax collections, no settings, no fields on products, customers, groups and
   * websites, no tax stage (orders then carry no tax).
   * @default true
   */
  enabled?: boolean
  /**
   * Whether unit prices include tax, until the `tax-settings` global or a website says otherwise.
   * @default false
   */
  pricesIncludeTax?: boolean
  /**
   * Which address decides the jurisdiction until the settings say otherwise (the origin is the fallback).
   * @default 'shipping'
   */
  addressBasis?: AddressBasis
  /**
   * Oro's "Start Calculation With" until the settings say otherwise. `rowTotal` with rounding on the `total` gives
   * Oro's default result (Oro's "unit price" rounds the unit price, which Bureau does with the website's
   * `priceRounding: 'unit'`) and Medusa's; `unitPrice` rounds each unit's tax, as Vendure does.
   * @default 'rowTotal'
   */
  startCalculationWith?: StartCalculationWith
  /**
   * Oro's "Start Calculation On": round each line's tax, or only the order's total per tax.
   * @default 'total'
   */
  rounding?: TaxRounding
  /**
   * Tax the amount after promotions, or before them (exclusive prices only).
   * @default 'discounted'
   */
  taxBase?: TaxBase
}

/**
 * Taxes as Oro models them: product and customer tax codes, jurisdictions by country, region and ZIP codes, rules
 * jurisdiction × product code × customer code → a rate (all matching rules add up), settings with website
 * overrides, and the `tax` stage of the calculation pipeline (tax lines per line and for shipping).
 */
export const taxesPlugin =
  (options: TaxesPluginOptions = {}): Plugin =>
  (incoming) => {
    if (options.enabled === false) return incoming
    const { pricesIncludeTax, addressBasis, startCalculationWith, rounding, taxBase } = options
    const defaults = resolveTaxSettings(DEFAULT_TAX_SETTINGS, { pricesIncludeTax, addressBasis, startCalculationWith, rounding, taxBase })
    let config = extendCollection(incoming, 'taxes', 'products', {
      fields: [{ ...taxCodeField('taxCode', 'product', 'Which tax rules apply; variants inherit it'), admin: { position: 'sidebar', description: 'Which tax rules apply; variants inherit it' } }],
    })
    config = extendCollection(config, 'taxes', 'customers', {
      fields: [
        { ...taxCodeField('taxCode', 'customer', 'Empty: the customer group’s tax code'), admin: { position: 'sidebar', description: 'Empty: the customer group’s tax code' } },
        { name: 'taxExempt', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar', description: 'Charge this customer no tax at all' } },
      ],
    })
    config = extendCollection(config, 'taxes', 'customer-groups', {
      fields: [taxCodeField('taxCode', 'customer', 'The tax code of the group’s customers that have none of their own')],
    })
    config = extendCollection(config, 'taxes', 'websites', {
      fields: [{ name: 'taxSettings', label: 'Tax settings', type: 'group', admin: { description: 'Overrides of the Tax settings for this website' }, fields: taxSettingsFields() }],
    })
    config.collections = [...(config.collections ?? []), TaxCodes, TaxJurisdictions, TaxRules]
    config.globals = [...(config.globals ?? []), taxSettingsGlobal(defaults)]
    registerCalculationStage(config, taxLinesStage(defaults))
    registerDemoSeed(config, { name: 'taxes:eu-vat-and-us-sales-tax', plugin: 'taxes', seed: seedTaxesDemo })
    return config
  }
