/**
 * Admin panels (kit related panels: a tab listing documents pointing at the record, the same join in REST and
 * GraphQL, filtered by read access): a customer's and a group's own assigned lists in priority order; deleting the
 * customer or group deletes its assignments. No Prices panel on products: it would move the product's fields into a
 * tab, where the staff-only field rules (costPrice) do not look (src/kit/staff-only-fields.ts reads top-level fields).
 */
import type { Config } from 'payload'

import { addRelatedPanel } from '../../../src/kit'
import { PRICE_LIST_ASSIGNMENTS_SLUG } from './slugs'

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
  return addRelatedPanel(config, 'pricing', 'customer-groups', assignments('customerGroup', 'Lists assigned to this group, first = highest priority; then the website’s (see priceListFallback)'))
}
