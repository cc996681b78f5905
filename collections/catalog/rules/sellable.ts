/**
 * What an order line sells (pure): a simple product as it is, or one variant of a configurable product. The
 * variant's SKU, name, weight and base price win where set; the product's fill in the rest.
 */
import type { Id } from '../../../src/kit/ids'

type BasePrice = { currency: Id; amount: number }

export type SellableProduct = {
  id: Id
  sku: string
  name: string
  type?: string | null
  status?: string | null
  weight?: number | null
  basePrices?: readonly BasePrice[] | null
}

export type SellableVariant = {
  id: Id
  product: Id
  sku: string
  name?: string | null
  status?: string | null
  weight?: number | null
  basePrices?: readonly BasePrice[] | null
}

export type Sellable = { sku: string; name: string; weight: number | null; basePriceMinor: number | null }

/** Where the problem is on the line (`product` or `variant`) and what it is. */
export type SellableProblem = { field: 'product' | 'variant'; message: string }

const priceIn = (prices: readonly BasePrice[] | null | undefined, currency: Id) =>
  prices?.find((price) => String(price.currency) === String(currency))?.amount ?? null

export function resolveSellable(
  productId: Id,
  product: SellableProduct | null,
  variantId: Id | null,
  variant: SellableVariant | null,
  currency: Id,
): { ok: true; sellable: Sellable } | { ok: false; problem: SellableProblem } {
  if (!product || product.status !== 'active') {
    return { ok: false, problem: { field: 'product', message: `Product ${productId} does not exist or is not for sale` } }
  }
  const configurable = product.type === 'configurable'
  if (variantId === null) {
    if (configurable) return { ok: false, problem: { field: 'variant', message: `Product ${product.sku} is sold as variants: choose one` } }
    return { ok: true, sellable: { sku: product.sku, name: product.name, weight: product.weight ?? null, basePriceMinor: priceIn(product.basePrices, currency) } }
  }
  if (!configurable) return { ok: false, problem: { field: 'variant', message: `Product ${product.sku} has no variants` } }
  if (!variant || String(variant.product) !== String(product.id)) {
    return { ok: false, problem: { field: 'variant', message: `Variant ${variantId} is not a variant of product ${product.sku}` } }
  }
  if (variant.status !== 'active') return { ok: false, problem: { field: 'variant', message: `Variant ${variant.sku} is not for sale` } }
  return {
    ok: true,
    sellable: {
      sku: variant.sku,
      name: variant.name || product.name,
      weight: variant.weight ?? product.weight ?? null,
      basePriceMinor: priceIn(variant.basePrices, currency) ?? priceIn(product.basePrices, currency),
    },
  }
}
