/**
 * The tax settings a calculation runs with (pure): the plugin's defaults, overridden by the `tax-settings` global,
 * overridden by the website's own values where it sets them. The plugin's defaults give Oro's default result
 * (TaxationSettingsProvider: prices exclude tax, rounding on the total) and tax the discounted amount.
 */

/** Where the tax base is computed from (Oro "Start Calculation With"). */
export type StartCalculationWith = 'unitPrice' | 'rowTotal' | 'total'
/** Where tax is rounded to the minor unit (Oro "Start Calculation On": item or total). */
export type TaxRounding = 'item' | 'total'
/** Which address decides the jurisdiction (Oro "Use as Base by Default" + "Destination"). */
export type AddressBasis = 'shipping' | 'billing' | 'origin'
/** Whether tax is computed on what the customer pays after promotions, or on the list amount (Oro "Calculate Taxes After Promotions"). */
export type TaxBase = 'discounted' | 'undiscounted'

export type OriginAddress = { country: string; region?: string | null; postalCode?: string | null }

export type TaxSettings = {
  pricesIncludeTax: boolean
  addressBasis: AddressBasis
  /** used when the basis is `origin`, and when the chosen address is missing */
  origin: OriginAddress | null
  startCalculationWith: StartCalculationWith
  rounding: TaxRounding
  taxBase: TaxBase
  /** the product tax code (id) shipping is taxed with when the shipping stage names none; null: shipping untaxed */
  shippingTaxCode: string | number | null
}

/** The plugin's defaults, before its options, the global and the website (see index.ts for each choice). */
export const DEFAULT_TAX_SETTINGS: TaxSettings = {
  pricesIncludeTax: false,
  addressBasis: 'shipping',
  origin: null,
  startCalculationWith: 'rowTotal',
  rounding: 'total',
  taxBase: 'discounted',
  shippingTaxCode: null,
}

/** A layer of settings as stored: every value may be missing or null (meaning "inherit"). */
export type TaxSettingsLayer = { [Key in keyof TaxSettings]?: TaxSettings[Key] | null }

/** Each key from the last layer that sets it. An origin without a country counts as unset. */
export function resolveTaxSettings(defaults: TaxSettings, ...layers: ReadonlyArray<TaxSettingsLayer | null | undefined>): TaxSettings {
  const resolved: TaxSettings = { ...defaults }
  for (const layer of layers) {
    if (!layer) continue
    for (const key of Object.keys(defaults) as Array<keyof TaxSettings>) {
      const value = layer[key]
      if (value === undefined || value === null) continue
      if (key === 'origin' && !(value as OriginAddress).country) continue
      ;(resolved as Record<keyof TaxSettings, unknown>)[key] = value
    }
  }
  return resolved
}
