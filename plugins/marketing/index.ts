import type { Plugin } from 'payload'

import { extendCollection, promotionExtensions, registerCalculationInput, registerCalculationStage, serverComputed } from '../../src/kit'
import { couponsCollection } from './collections/coupons'
import { PromotionUsages } from './collections/promotion-usages'
import { promotionsCollection } from './collections/promotions'
import { exportCouponsEndpoint, generateCouponsEndpoint } from './endpoints/coupons'
import { previewEndpoint } from './endpoints/preview'
import { MarketingSettings, stackingFields } from './globals/marketing-settings'
import { marketingMutations, marketingQueries } from './graphql/marketing'
import { redeemPromotions, shareHeldClaims } from './hooks/redeem'
import { couponsInput } from './inputs'
import { registerBuiltInActions } from './promotions/actions'
import { forgetOrderHistory, registerBuiltInConditions } from './promotions/conditions'
import { registerMarketingDemo } from './seed/demo'
import { promotionsStage } from './stages/promotions'

export type MarketingPluginOptions = {
  /**
   * false removes the plugin: no promotions, coupons or settings, no discount stage, no `coupons` on orders.
   * @default true
   */
  enabled?: boolean
  /**
   * Adds the demo promotions (10 % Wholesale, coupon WELCOME10, buy 10 get 1 on screws) to `npm run dev`'s seed.
   * @default true
   */
  demo?: boolean
}

/**
 * Promotions (condition and action blocks, schedules, audience, limits, stacking), coupons (case-insensitive codes,
 * bulk generation and CSV export, atomic redemption on the order's transaction), the `discount` stage of the
 * calculation pipeline, `coupons` on orders, stacking settings per website, and a preview endpoint for the admin.
 */
export const marketingPlugin =
  (options: MarketingPluginOptions = {}): Plugin =>
  (incoming) => {
    if (options.enabled === false) return incoming
    const extensions = promotionExtensions(incoming)
    registerBuiltInConditions(incoming)
    registerBuiltInActions(incoming)
    let config = extendCollection(incoming, 'marketing', 'orders', {
      fields: [
        {
          name: 'coupons',
          type: 'text',
          hasMany: true,
          maxRows: 10,
          admin: { position: 'sidebar', description: 'Coupon codes (case-insensitive); changing them recalculates the order' },
        },
        serverComputed({ name: 'marketingClaims', type: 'json', admin: { hidden: true, description: 'The promotion and coupon uses this order holds' } }),
      ],
      hooks: { beforeValidate: [shareHeldClaims], beforeChange: [redeemPromotions], afterChange: [forgetOrderHistory] },
    })
    config = extendCollection(config, 'marketing', 'websites', {
      fields: [{ name: 'marketing', type: 'group', label: 'Promotion stacking', admin: { description: 'Empty: the Marketing settings' }, fields: stackingFields(true) }],
    })
    config.collections = [...(config.collections ?? []), promotionsCollection(extensions), couponsCollection([generateCouponsEndpoint, exportCouponsEndpoint]), PromotionUsages]
    config.globals = [...(config.globals ?? []), MarketingSettings]
    config.endpoints = [...(config.endpoints ?? []), previewEndpoint]
    // GraphQL twins of the preview and coupon endpoints, chained onto what is configured (graphql/marketing.ts)
    const { queries, mutations } = config.graphQL ?? {}
    config.graphQL = {
      ...config.graphQL,
      queries: (graphQL, context) => ({ ...(queries ? queries(graphQL, context) : {}), ...marketingQueries(graphQL, context) }),
      mutations: (graphQL, context) => ({ ...(mutations ? mutations(graphQL, context) : {}), ...marketingMutations(graphQL, context) }),
    }
    registerCalculationInput(config, couponsInput)
    registerCalculationStage(config, promotionsStage(extensions))
    if (options.demo !== false) registerMarketingDemo(config)
    return config
  }
