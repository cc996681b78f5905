import type { Plugin } from 'payload'

import { extendCollection, registerCalculationInput, registerCalculationStage } from '../../src/kit'
import { SHIPPING_METHODS_SLUG, ShippingMethods } from './collections/shipping-methods'
import { shippingMethodInput } from './inputs'
import { methodRateStage } from './stages/method-rate'

export type ShippingPluginOptions = {
  /**
   * false removes the plugin: no shipping-methods collection, no shipping stage, no order field.
   * @default true
   */
  enabled?: boolean
  /**
   * Which merchandise total a rate's `freeAbove` threshold compares with: after promotions (Oro, Vendure) or before
   * them (the list price the customer saw).
   * @default 'afterDiscounts'
   */
  freeShippingThreshold?: 'afterDiscounts' | 'beforeDiscounts'
}

/**
 * Shipping methods with per-currency rates (base + per kg, free above a threshold), the `shipping` stage of the
 * calculation pipeline, and a `shippingMethod` field on orders (a calculation input this plugin declares).
 */
export const shippingPlugin =
  (options: ShippingPluginOptions = {}): Plugin =>
  (incoming) => {
    if (options.enabled === false) return incoming
    const config = extendCollection(incoming, 'shipping', 'orders', {
      fields: [
        {
          name: 'shippingMethod',
          type: 'relationship',
          relationTo: SHIPPING_METHODS_SLUG,
          index: true,
          admin: { position: 'sidebar', description: 'Changing it recalculates the shipping total' },
        },
      ],
    })
    config.collections = [...(config.collections ?? []), ShippingMethods]
    registerCalculationInput(config, shippingMethodInput)
    registerCalculationStage(config, methodRateStage({ freeShippingThreshold: options.freeShippingThreshold ?? 'afterDiscounts' }))
    return config
  }
