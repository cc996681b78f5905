/**
 * The product listing's `price` (CONTRACT): for each product on the page, the buyer's tiers in its unit and the
 * currency, and the value at the listing's quantity. Products without a list price are left out (the listing then
 * shows the base price: collections/sales/commerce/products-endpoint.ts).
 */
import { parseDecimal, QUANTITY_SCALE, type ProductListingExtension } from '../../../src/kit'
import { tierFor } from '../rules/tiers'
import { listingPricesOf } from './listing-prices'
import { tiersOf } from './lookup'
import { DEFAULT_UNIT } from './price'

export const listingPrice: ProductListingExtension = {
  field: 'price',
  plugin: 'pricing',
  resolve: async (req, buyer, products, { quantity }) => {
    const answer = new Map<string, unknown>()
    const level = { website: buyer.website, customer: buyer.customer, customerGroup: buyer.customerGroup }
    const prices = await listingPricesOf(req, level, buyer.currency, products.map((product) => product.id))
    const scaled = parseDecimal(quantity, QUANTITY_SCALE, 'quantity')
    for (const product of products) {
      const unit = product.unit ?? DEFAULT_UNIT
      const tiers = tiersOf(prices, product.id, null, unit)
      if (!tiers.length) continue
      const tier = tierFor(tiers, scaled)
      answer.set(String(product.id), {
        value: tier?.value ?? null,
        currency: buyer.currency,
        unit,
        priceList: tier?.priceList ?? tiers[0].priceList,
        tiers: tiers.map((row) => ({ minQuantity: Number(row.minQuantity), unit: row.unit, value: row.value })),
      })
    }
    return answer
  },
}
