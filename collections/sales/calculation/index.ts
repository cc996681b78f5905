/**
 * The core's part of the calculation: registers the line loader (currencies, websites, products and variants are
 * core collections) with the kit, which knows none of them, and the addresses every order carries. Applied before the domain plugins.
 */
import type { Plugin } from 'payload'

import { extendCollection, forgetAllCustomerFacts, registerCalculationInput, registerLineLoader } from '../../../src/kit'
import { billingAddressInput, shippingAddressInput } from './address-inputs'
import { loadCalculationLines } from './line-loader'

export const salesCalculation: Plugin = (incoming) => {
  registerLineLoader(incoming, loadCalculationLines)
  registerCalculationInput(incoming, shippingAddressInput)
  registerCalculationInput(incoming, billingAddressInput)
  // the buyer's read keeps the customer's facts for the request (src/kit/customer-facts.ts); a write to a customer or
  // a group makes them stale
  const forget = { afterChange: [forgetAllCustomerFacts], afterDelete: [forgetAllCustomerFacts] }
  const config = extendCollection(incoming, 'sales', 'customers', { hooks: forget })
  return extendCollection(config, 'sales', 'customer-groups', { hooks: forget })
}
