/**
 * Admin panels (kit related panels: a tab listing documents pointing at the record, the same join in REST and
 * GraphQL, filtered by read access, so storefront users get nothing): a customer's and a group's own assigned lists in
 * priority order, a product's prices in every list; deleting the customer, group or product deletes them. Beside
 * them in the sidebar: a customer's or group's effective lists in chain order, and on products the price a chosen
 * customer pays.
 */
import type { Config } from 'payload'

import { addRelatedPanel } from '../../../src/kit'
import { PRICE_LIST_ASSIGNMENTS_SLUG, PRODUCT_PRICES_SLUG } from './slugs'

export function addPricingPanels(incoming: Config): Config {
  const assignments = (on: string, description: string) => ({
    name: 'priceLists',
    label: 'Price lists',
    collection: PRICE_LIST_ASSIGNMENTS_SLUG,
    on,
    defaultColumns: ['priceList', 'website', 'sortOrder', 'mergeAllowed'],
    description,
    onDelete: 'cascade' as const,
  })
  const config = addRelatedPanel(incoming, 'pricing', 'customers', assignments('customer', 'Lists assigned to this customer, first = highest priority; then its group’s (see priceListFallback)'))
  const withGroups = addRelatedPanel(config, 'pricing', 'customer-groups', assignments('customerGroup', 'Lists assigned to this group, first = highest priority; then the website’s (see priceListFallback)'))
  return addRelatedPanel(withGroups, 'pricing', 'products', {
    name: 'prices',
    label: 'Prices',
    collection: PRODUCT_PRICES_SLUG,
    on: 'product',
    defaultColumns: ['priceList', 'variant', 'unit', 'minQuantity', 'currency', 'value'],
    description: 'This product’s prices in every list (what a customer pays: "Price for a customer" in the sidebar)',
    defaultLimit: 20,
    onDelete: 'cascade',
  })
}
