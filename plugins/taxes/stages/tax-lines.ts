import type { PayloadRequest } from 'payload'

import type { StageRegistration } from '../../../src/kit'
import type { TaxSettings } from '../rules/settings'
import { taxAddress, taxResultFor } from '../rules/tax-result'
import { loadTaxFacts, taxFactsRead, type TaxFacts } from './load-facts'
import { loadRulesAt, resolveTaxCode } from './load-rules'

export const TAX_STAGE_NAME = 'taxes:tax-lines'

/**
 * The `tax` stage: loads the settings (global ← website), the customer's tax code and the rules of the address's
 * country (one read: load-facts.ts), and returns tax lines per line and for shipping (`rules/tax-result.ts` decides them).
 */
export const taxLinesStage = (defaults: TaxSettings): StageRegistration<PayloadRequest, 'tax'> => ({
  stage: 'tax',
  name: TAX_STAGE_NAME,
  productFields: ['taxCode'],
  // the settings, the customer's tax code and the candidate addresses' rules, read with the products (kit calculation-reads.ts)
  read: ({ input }) => taxFactsRead(defaults, input.website, input.customer, [input.shippingAddress, input.billingAddress]),
  run: async (state, req, read) => {
    const input = { shippingAddress: state.input.shippingAddress, billingAddress: state.input.billingAddress }
    const facts = (read as TaxFacts | undefined) ?? (await loadTaxFacts(req, defaults, state.input.website, state.input.customer, [input.shippingAddress, input.billingAddress]))
    const { settings, customer } = facts
    const address = taxAddress(settings, input)
    if (!address || customer.exempt) return { taxLines: [], pricesIncludeTax: settings.pricesIncludeTax }
    const named = state.shipping?.taxCode
    const shippingTaxCode =
      named !== null && named !== undefined && named !== '' ? ((await resolveTaxCode(req, named)) ?? settings.shippingTaxCode) : settings.shippingTaxCode
    // the candidates' rules came with the settings; the origin's (or another address's) need their own read
    const rules = facts.rulesAt(address) ?? (await loadRulesAt(req, address))
    return taxResultFor(state, { settings, rules, customer, shippingTaxCode }, input)
  },
})
