/**
 * Admin panels (kit related panels: a tab listing documents pointing at the record, the same join in REST and
 * GraphQL, filtered by read access): a product's prices in every list, a customer's and a group's own assigned lists
 * in priority order. Deleting the product, customer or group deletes those rows with it.
 */
import type { Config } from 'payload'

import { addRelatedPanel } from '../../../src/kit'
import { PRICE_LIST_ASSIGNMENTS_SLUG, PRODUCT_PRICES_SLUG } from './slugs'

export function addPricingPanels(incoming: Config): Config {
  let config = addRelatedPanel(incoming, 'pricing', 'products', {
    name: 'prices',
    label: 'Prices',
    collection: PRODUCT_PRICES_SLUG,
    on: 'product',
    defaultColumns: ['priceList', 'variant', 'unit', 'minQuantity', 'currency', 'value', 'generated'],
    description: 'This product’s prices in every price list',
    defaultLimit: 20,
    onDelete: 'cascade',
  })
  const assignments = (on: string, description: string) => ({
    name: 'priceLists',
    label: 'Price lists',
    collection: PRICE_LIST_ASSIGNMENTS_SLUG,
    on,
    defaultColumns: ['priceList', 'website', 'sortOrder', 'mergeAllowed'],
    description,
    onDelete: 'cascade' as const,
  })
  config = addRelatedPanel(config, 'pricing', 'customers', assignments('customer', 'Lists assigned to this customer, first = highest priority; then its group’s (see priceListFallback)'))
  return addRelatedPanel(config, 'pricing', 'customer-groups', assignments('customerGroup', 'Lists assigned to this group, first = highest priority; then the website’s (see priceListFallback)'))
}
