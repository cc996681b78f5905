/**
 * The tax settings a calculation runs with: plugin defaults ← `tax-settings` global ← the website's overrides, read as
 * two JSON columns of the stage's one read (load-facts.ts; the local API's global and website reads cost about 4 ms
 * together, measured).
 */
import { sql } from '@payloadcms/db-postgres/drizzle'

import { idOf } from '../../../src/kit'
import { resolveTaxSettings, type OriginAddress, type TaxSettings, type TaxSettingsLayer } from '../rules/settings'

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

const settingsColumns = (prefix: string) => sql.raw(`json_build_object(
  'pricesIncludeTax', ${prefix}prices_include_tax, 'addressBasis', ${prefix}address_basis,
  'origin', json_build_object('country', ${prefix}origin_country, 'region', ${prefix}origin_region, 'postalCode', ${prefix}origin_postal_code),
  'startCalculationWith', ${prefix}start_calculation_with, 'rounding', ${prefix}rounding, 'taxBase', ${prefix}tax_base,
  'shippingTaxCode', ${prefix}shipping_tax_code_id)`)

export type StoredLayers = { global: StoredSettings | null; website: StoredSettings | null }

/** The global's and the website's layers as two JSON columns (`global`, `website`) of a read. */
export const taxSettingsColumns = (websiteId: number | null) => sql`
    (select ${settingsColumns('')} from tax_settings order by id limit 1) as global,
    ${websiteId === null ? sql`null::json` : sql`(select ${settingsColumns('tax_settings_')} from websites where id = ${websiteId})`} as website`

/** The settings from the stored layers over `defaults` (a global never saved has no row: `defaults` hold). */
export const taxSettingsOf = (defaults: TaxSettings, row: StoredLayers | undefined): TaxSettings =>
  resolveTaxSettings(defaults, layerOf(row?.global), layerOf(row?.website))
