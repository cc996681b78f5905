/**
 * Everything the tax stage reads, in one read on the usual path (made with the calculation's products: kit
 * calculation-reads.ts): the settings (global ← website), the
 * customer's tax code, and the rules of the jurisdictions that may hold the shipping or the billing address, each row
 * marked with the addresses it may apply to. Which address counts depends on the settings, so the rules of both
 * candidates come back; when the settings choose neither (the origin), the stage reads that address's rules after.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { FingerprintedCache, fingerprintCte, readAlone, serialIdOf, unlessFingerprint, type Id, type JsonRow, type SqlRead } from '../../../src/kit'
import type { TaxAddress } from '../rules/jurisdictions'
import type { TaxRuleFacts } from '../rules/matching-rules'
import type { TaxSettings } from '../rules/settings'
import { areaOf, customerTaxColumn, customerTaxOf, inArea, jurisdictionsWhere, rulesColumn, rulesFacts, zipsColumn, type CustomerTax, type RuleRow, type ZipsByJurisdiction } from './load-rules'
import { taxSettingsColumns, taxSettingsOf, type StoredLayers } from './load-settings'

export type TaxFacts = {
  settings: TaxSettings
  customer: CustomerTax
  /** the rules that may apply at `address` when it is one of the candidates read; undefined for another address */
  rulesAt: (address: TaxAddress) => TaxRuleFacts[] | undefined
}

type Candidate = TaxAddress | null | undefined
type AreaRules = { rules: Array<RuleRow & Record<string, unknown>>; zips: ZipsByJurisdiction }
type Row = StoredLayers & { customer: Parameters<typeof customerTaxOf>[0]; fingerprint: string | null; rules: AreaRules['rules'] | null; zips: ZipsByJurisdiction | null }

/**
 * The rules and ZIP entries read for each list of candidate areas, as of the tax tables' fingerprint
 * (src/kit/fingerprinted-cache.ts): a cart's rules come from the database only when a rule or jurisdiction changed.
 */
const rulesByAreas = new FingerprintedCache<AreaRules>(512)
const TAX_RULE_TABLES = ['tax_rules', 'tax_jurisdictions', 'tax_jurisdictions_zip_codes']

type Area = ReturnType<typeof areaOf>

const sameArea = (x: Area, y: Area) => x.country === y.country && x.region === y.region

/**
 * The parts of the statement that read the rules of `areas`, each rule flagged `at<i>` when its jurisdiction covers
 * area i; the rules and ZIP entries come back only when the tables' fingerprint differs from the `held` copy's. Without
 * an area nothing is read.
 */
function rulesParts(areas: readonly Area[], held: { fingerprint: string } | undefined) {
  if (!areas.length) return { with: sql``, fingerprint: sql`null::text`, rules: sql`'[]'::json`, zips: sql`'{}'::json`, from: sql`` }
  const fingerprint = sql.raw('f.fingerprint')
  const flags = areas.map((area, index) => sql`, ${inArea(area)} as ${sql.raw(`at${index}`)}`)
  return {
    with: sql`with ${jurisdictionsWhere(sql.join(areas.map(inArea), sql` or `))}, ${fingerprintCte(TAX_RULE_TABLES)}`,
    fingerprint,
    rules: unlessFingerprint(fingerprint, held?.fingerprint, rulesColumn(sql.join(flags, sql``))),
    zips: unlessFingerprint(fingerprint, held?.fingerprint, zipsColumn),
    from: sql`from f`,
  }
}

/**
 * The tax facts of a calculation as one read, to run alone or with the calculation's other reads (kit `readTogether`):
 * the settings' layers, the customer's tax columns and the candidate addresses' rules.
 */
export function taxFactsRead(
  defaults: TaxSettings,
  website: Id | null | undefined,
  customer: Id | null | undefined,
  candidates: readonly Candidate[],
): SqlRead<TaxFacts> {
  const websiteId = website === null || website === undefined ? null : (serialIdOf(website) ?? 0)
  const addresses = candidates.filter((address): address is TaxAddress => typeof address?.country === 'string' && address.country.trim() !== '')
  const areas = addresses.map(areaOf)
  const areasKey = areas.map((area) => `${area.country}|${area.region}`).join(';')
  const held = rulesByAreas.held(areasKey)
  const parts = rulesParts(areas, held)
  const query = sql`
    ${parts.with} select ${taxSettingsColumns(websiteId)},
      ${customer === null || customer === undefined ? sql`null::json` : customerTaxColumn(customer)} as customer,
      ${parts.fingerprint} as fingerprint, ${parts.rules} as rules, ${parts.zips} as zips
    ${parts.from}`
  const parse = (rows: JsonRow[]): TaxFacts => {
    const row = rows[0] as Row | undefined
    const areaRules: AreaRules =
      row?.fingerprint === null || row?.fingerprint === undefined
        ? { rules: row?.rules ?? [], zips: row?.zips ?? {} }
        : rulesByAreas.settle(areasKey, held, row.fingerprint, row.rules ? () => ({ rules: row.rules!, zips: row.zips ?? {} }) : null)
    return {
      settings: taxSettingsOf(defaults, row),
      customer: customerTaxOf(row?.customer),
      rulesAt: (address) => {
        const area = areaOf(address)
        const index = addresses.findIndex((candidate, at) => candidate === address || sameArea(areas[at], area))
        if (index < 0) return undefined
        return rulesFacts(areaRules.rules.filter((rule) => rule[`at${index}`] === true), areaRules.zips, address)
      },
    }
  }
  return { query, parse }
}

/** `taxFactsRead` on its own. */
export async function loadTaxFacts(
  req: PayloadRequest,
  defaults: TaxSettings,
  website: Id | null | undefined,
  customer: Id | null | undefined,
  candidates: readonly Candidate[],
): Promise<TaxFacts> {
  return readAlone(req, taxFactsRead(defaults, website, customer, candidates))
}
