/**
 * The tax stage's answer for a calculation (pure): which address decides, which rules match each line and the
 * shipping, and the tax lines they come to. The stage only loads settings, the customer and the rules, then calls it.
 */
import type { CalculationState, Id, TaxResult } from '../../../src/kit'
import type { TaxAddress } from './jurisdictions'
import { componentsOf, matchingRules, type TaxRuleFacts } from './matching-rules'
import type { TaxSettings } from './settings'
import { computeTaxLines, type TaxableItem } from './tax-amounts'

export type TaxContext = {
  settings: TaxSettings
  /** the rules that may apply (loaded for the address's country; matched here) */
  rules: readonly TaxRuleFacts[]
  customer: { taxCode: Id | null; exempt: boolean }
  /** the product tax code shipping is taxed with (the shipping stage's, else the settings'); null: untaxed */
  shippingTaxCode: Id | null
}

type Addresses = { shippingAddress?: TaxAddress | null; billingAddress?: TaxAddress | null }

/** The address that decides the jurisdiction: the basis the settings name, else the origin; null: none known. */
export function taxAddress(settings: Pick<TaxSettings, 'addressBasis' | 'origin'>, input: Addresses): TaxAddress | null {
  const chosen = settings.addressBasis === 'shipping' ? input.shippingAddress : settings.addressBasis === 'billing' ? input.billingAddress : null
  return chosen?.country ? chosen : settings.origin
}

/** The product tax code a line declares (`line.product.attributes.taxCode`, a variant inheriting its product's). */
const productTaxCodeOf = (attributes: Record<string, unknown>): Id | null => {
  const value = attributes.taxCode
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return null
}

/** The tax lines for `state` and whether its prices include tax. Exempt customers and unknown addresses pay none. */
export function taxResultFor(state: Readonly<CalculationState>, context: TaxContext, input: Addresses): TaxResult {
  const { settings } = context
  const pricesIncludeTax = settings.pricesIncludeTax
  const address = taxAddress(settings, input)
  if (!address || context.customer.exempt) return { taxLines: [], pricesIncludeTax }
  // Inclusive prices: the tax is inside what the customer pays, so it is always extracted from the discounted amount.
  const discounted = pricesIncludeTax || settings.taxBase === 'discounted'
  const componentsFor = (productTaxCode: Id | null) =>
    componentsOf(matchingRules(context.rules, address, productTaxCode, context.customer.taxCode))
  const items: TaxableItem[] = state.lines.map((line) => ({
    target: 'line',
    line: line.index,
    amount: line.amount - (discounted ? line.discount : 0n),
    quantity: line.quantity,
    components: componentsFor(productTaxCodeOf(line.product.attributes)),
  }))
  if (state.shipping && context.shippingTaxCode !== null) {
    items.push({
      target: 'shipping',
      amount: discounted ? state.shippingTotal : state.shipping.amount,
      quantity: 1000n,
      components: componentsFor(context.shippingTaxCode),
    })
  }
  return { taxLines: computeTaxLines(items, settings), pricesIncludeTax }
}
