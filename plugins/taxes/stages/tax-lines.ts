import type { PayloadRequest } from 'payload'

import type { StageRegistration } from '../../../src/kit'
import type { TaxSettings } from '../rules/settings'
import { taxAddress, taxResultFor } from '../rules/tax-result'
import { loadCustomerTax, loadRulesAt, resolveTaxCode } from './load-rules'
import { loadTaxSettings } from './load-settings'

export const TAX_STAGE_NAME = 'taxes:tax-lines'

/**
 * The `tax` stage: loads the settings (global ← website), the customer's tax code and the rules of the address's
 * country, and returns tax lines per line and for shipping (`rules/tax-result.ts` decides them).
 */
export const taxLinesStage = (defaults: TaxSettings): StageRegistration<PayloadRequest, 'tax'> => ({
  stage: 'tax',
  name: TAX_STAGE_NAME,
  productFields: ['taxCode'],
  run: async (state, req) => {
    const settings = await loadTaxSettings(req, defaults, state.input.website)
    const input = { shippingAddress: state.input.shippingAddress, billingAddress: state.input.billingAddress }
    const address = taxAddress(settings, input)
    const customer = await loadCustomerTax(req, state.input.customer)
    if (!address || customer.exempt) return { taxLines: [], pricesIncludeTax: settings.pricesIncludeTax }
    const named = state.shipping?.taxCode
    const shippingTaxCode =
      named !== null && named !== undefined && named !== '' ? ((await resolveTaxCode(req, named)) ?? settings.shippingTaxCode) : settings.shippingTaxCode
    const rules = await loadRulesAt(req, address)
    return taxResultFor(state, { settings, rules, customer, shippingTaxCode }, input)
  },
})
