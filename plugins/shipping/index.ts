import type { Plugin } from 'payload'

import { extendCollection } from '../../src/kit/extend-collection'
import { registerCalculationStage } from '../../src/kit/registry'
import { SHIPPING_METHODS_SLUG, ShippingMethods } from './collections/shipping-methods'
import { methodRateStage } from './stages/method-rate'

export type ShippingPluginOptions = {
  /** false removes the plugin: no shipping-methods collection, no shipping stage, no order field */
  enabled?: boolean
}

/**
 * Shipping methods with per-currency rates (base + per kg, free above a threshold), the `shipping` stage of the
 * calculation pipeline, and a `shippingMethod` field on orders.
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
    registerCalculationStage(config, methodRateStage)
    return config
  }
