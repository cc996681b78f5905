/**
 * The core's part of the calculation: registers the line loader (currencies, websites, products and variants are
 * core collections) with the kit, which knows none of them. Applied before the domain plugins.
 */
import type { Plugin } from 'payload'

import { registerLineLoader } from '../../../src/kit'
import { loadCalculationLines } from './line-loader'

export const salesCalculation: Plugin = (config) => {
  registerLineLoader(config, loadCalculationLines)
  return config
}
