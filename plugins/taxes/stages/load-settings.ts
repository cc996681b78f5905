/** Loads the tax settings a calculation runs with: plugin defaults ← `tax-settings` global ← the website's overrides. */
import type { PayloadRequest } from 'payload'

import { idOf, type Id } from '../../../src/kit'
import { resolveTaxSettings, type OriginAddress, type TaxSettings, type TaxSettingsLayer } from '../rules/settings'
import { TAX_SETTINGS_SLUG } from '../globals/tax-settings'

type StoredOrigin = { country?: string | null; region?: string | null; postalCode?: string | null } | null | undefined
type StoredSettings = Omit<TaxSettingsLayer, 'origin' | 'pricesIncludeTax' | 'shippingTaxCode'> & {
  origin?: StoredOrigin
  pricesIncludeTax?: boolean | 'included' | 'excluded' | null
  shippingTaxCode?: unknown
}

const originOf = (origin: StoredOrigin): OriginAddress | null =>
  origin?.country ? { country: origin.country, region: origin.region ?? null, postalCode: origin.postalCode ?? null } : null

/** A stored layer (the global's checkbox or a website's included/excluded select) as settings. */
export function layerOf(stored: StoredSettings | null | undefined): TaxSettingsLayer | null {
  if (!stored) return null
  const included = stored.pricesIncludeTax
  return {
    pricesIncludeTax: included === 'included' ? true : included === 'excluded' ? false : typeof included === 'boolean' ? included : null,
    addressBasis: stored.addressBasis ?? null,
    origin: originOf(stored.origin),
    startCalculationWith: stored.startCalculationWith ?? null,
    rounding: stored.rounding ?? null,
    taxBase: stored.taxBase ?? null,
    shippingTaxCode: idOf(stored.shippingTaxCode),
  }
}

export async function loadTaxSettings(req: PayloadRequest, defaults: TaxSettings, website: Id | null | undefined): Promise<TaxSettings> {
  const global = (await req.payload.findGlobal({ slug: TAX_SETTINGS_SLUG as never, depth: 0, overrideAccess: true, req })) as unknown as StoredSettings
  let override: StoredSettings | null = null
  if (website !== null && website !== undefined) {
    const doc = await req.payload.findByID({
      collection: 'websites',
      id: website,
      depth: 0,
      select: { taxSettings: true } as never,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    override = ((doc as { taxSettings?: StoredSettings } | null)?.taxSettings ?? null) as StoredSettings | null
  }
  return resolveTaxSettings(defaults, layerOf(global), layerOf(override))
}
