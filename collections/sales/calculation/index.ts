/**
 * The core's part of the calculation: registers the line loader (currencies, websites, products and variants are
 * core collections) with the kit, which knows none of them, and the addresses every order carries. Applied before the domain plugins.
 */
import type { Plugin } from 'payload'

import { registerCalculationInput, registerLineLoader } from '../../../src/kit'
import { billingAddressInput, shippingAddressInput } from './address-inputs'
import { loadCalculationLines } from './line-loader'

export const salesCalculation: Plugin = (config) => {
  registerLineLoader(config, loadCalculationLines)
  registerCalculationInput(config, shippingAddressInput)
  registerCalculationInput(config, billingAddressInput)
  return config
}
