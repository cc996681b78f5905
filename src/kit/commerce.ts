/**
 * What the storefront commerce endpoints (`/api/commerce/price`, `/checkout`, `/products`; CONTRACT) share with the
 * plugins behind them: who is buying (`Buyer`, resolved once by the endpoint from the login and the request), and
 * the per-product facts plugins add to the product listing — the pricing plugin's `price`, the inventory plugin's
 * `availability` — each computed for a whole page of products at once (never one query per product).
 */
import type { Config, PayloadRequest } from 'payload'

import type { Id } from './ids'
import { getRegistry } from './registry'

export type Buyer = {
  /** the customer buying: the logged-in customer user's company, or the one staff named; null for a visitor */
  customer: Id | null
  /** that customer's group (null without one, and for a visitor) */
  customerGroup: Id | null
  website: Id
  /** ISO 4217, upper case: the one asked for, else the website's default */
  currency: string
  /** nobody logged in as a customer and no customer named */
  visitor: boolean
}

/** A product on the listed page, with the fields every extension may need without another query. */
export type ListedProduct = { id: Id; sku: string; type: string; unit: string | null }

export type ProductListingExtension = {
  /** the answer field it fills on each product (`price`, `availability`); unique */
  field: string
  plugin: string
  /**
   * The field's value for each product on the page, keyed by `String(product.id)`; a product left out gets `null`.
   * `quantity` is the listing's `?quantity=` (default 1), for quantity-tier prices.
   */
  resolve: (req: PayloadRequest, buyer: Buyer, products: readonly ListedProduct[], options: { quantity: string }) => Promise<Map<string, unknown>>
}

export function registerProductListingExtension(config: Config, extension: ProductListingExtension): void {
  const registry = getRegistry(config)
  const clash = registry.productListingExtensions.find((existing) => existing.field === extension.field)
  if (clash) throw new Error(`Plugin "${extension.plugin}" fills the product listing field "${extension.field}", already filled by "${clash.plugin}"`)
  registry.productListingExtensions.push(extension)
}

export function productListingExtensions(config: Pick<Config, 'custom'>): readonly ProductListingExtension[] {
  return getRegistry(config).productListingExtensions
}
