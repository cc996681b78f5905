import type { Plugin } from 'payload'

import { registerCalculationStage, registerProductListingExtension } from '../../src/kit'
import { CombinedPriceListLinks, CombinedPriceLists, CombinedPrices } from './collections/combined-price-lists'
import { addFallbackFields } from './collections/fallbacks'
import { addPricingPanels } from './collections/panels'
import { PriceCsvFiles } from './collections/price-csv-files'
import { PriceExports } from './collections/price-exports'
import { PriceImports } from './collections/price-imports'
import { PriceListAssignments } from './collections/price-list-assignments'
import { PriceLists } from './collections/price-lists'
import { PricingSettings } from './collections/pricing-settings'
import { ProductPrices } from './collections/product-prices'
import { registerPricingDemo } from './demo'
import './events'
import { scheduleChainRefresh } from './jobs/schedule-refresh'
import { listingPrice } from './stages/listing-price'
import { priceListStage } from './stages/price'
import { subscribePriceTransfers } from './subscribers/price-transfers'
import { subscribeRebuilds } from './subscribers/rebuild-combined-lists'

export type PricingPluginOptions = {
  /**
   * false removes the plugin: no price lists, no `price` stage (every line takes its base price), no `price` in the
   * product listing beyond the base price, no fallback fields.
   * @default true
   */
  enabled?: boolean
  /**
   * How often (seconds) a runner checks whether a price list's scheduled period started or ended, which changes
   * chains without an edit.
   * @default 60
   */
  scheduleCheckSeconds?: number
}

/**
 * Price lists with Oro's semantics: lists, prices (tiers per unit and currency), assignments per website to the
 * website, customer groups and customers with fallbacks, both combination strategies, combined lists precomputed per
 * distinct chain by jobs, the `price` calculation stage and the `price` of the product listing.
 */
export const pricingPlugin =
  (options: PricingPluginOptions = {}): Plugin =>
  (incoming) => {
    if (options.enabled === false) return incoming
    const extended = addFallbackFields(incoming)
    const owned = [PriceLists, ProductPrices, PriceListAssignments, CombinedPriceLists, CombinedPrices, CombinedPriceListLinks, PriceImports, PriceExports, PriceCsvFiles]
    const config = addPricingPanels({ ...extended, collections: [...(extended.collections ?? []), ...owned] })
    config.globals = [...(config.globals ?? []), PricingSettings]
    registerCalculationStage(config, priceListStage)
    registerProductListingExtension(config, listingPrice)
    subscribeRebuilds(config)
    subscribePriceTransfers(config)
    scheduleChainRefresh(config, options.scheduleCheckSeconds ?? 60)
    registerPricingDemo(config)
    return config
  }
