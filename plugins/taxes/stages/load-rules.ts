/** Loads what decides the rates: the customer's tax code and exemption, and the rules of the address's country. */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { idOf, serialIdOf, sqlReaderOf, type Id } from '../../../src/kit'
import { TAX_CODES_SLUG } from '../collections/tax-codes'
import { inJurisdiction, type TaxAddress } from '../rules/jurisdictions'
import type { TaxRuleFacts } from '../rules/matching-rules'

export type CustomerTax = { taxCode: Id | null; exempt: boolean }

type CustomerTaxRow = { own: number | null; tax_exempt: boolean | null; group_code: number | null; group_id: number | null }

/** The customer's tax columns and its group's code, as one JSON column of a read (null when there is no such customer). */
export const customerTaxColumn = (customer: Id) => sql`(select json_build_object('own', c.tax_code_id, 'tax_exempt', c.tax_exempt, 'group_code', g.tax_code_id, 'group_id', c.group_id)
    from customers c left join customer_groups g on g.id = c.group_id where c.id = ${serialIdOf(customer) ?? 0})`

/** The customer's own tax code, else its group's; exempt customers pay no tax. */
export function customerTaxOf(row: CustomerTaxRow | null | undefined): CustomerTax {
  if (!row) return { taxCode: null, exempt: false }
  const own = idOf(row.own)
  const exempt = row.tax_exempt === true
  if (own !== null || row.group_id === null) return { taxCode: own, exempt }
  return { taxCode: idOf(row.group_code), exempt }
}

export type RuleRow = {
  id: number
  code: string
  rate: string
  product_tax_code_id: number | null
  customer_tax_code_id: number | null
  jurisdiction_id: number
  country: string
  region: string | null
}
/** The ZIP entries of each jurisdiction read, by its id (as JSON object keys); a jurisdiction without any is absent. */
export type ZipsByJurisdiction = Record<string, string[]>
/**
 * The rules that may apply at `address`: one hand-written query over the plugin's tables (the hot path of every
 * calculation; Payload's find costs a query per collection and hooks per document) returning the rules of the
 * country's jurisdictions for the address's region or the whole country, with their ZIP entries; the ZIP entries
 * are then matched here (ranges and patterns are rules, not SQL).
 */
export async function loadRulesAt(req: PayloadRequest, address: TaxAddress): Promise<TaxRuleFacts[]> {
  const reader = await sqlReaderOf(req)
  const { rows } = await reader.execute(sql`with ${jurisdictionsWhere(inArea(areaOf(address)))} select ${rulesColumn()} as rules, ${zipsColumn} as zips`)
  const row = rows[0] as { rules: RuleRow[]; zips: ZipsByJurisdiction }
  return rulesFacts(row.rules, row.zips, address)
}

/** The country and region (trimmed, upper case) whose jurisdictions may hold `address`. */
export const areaOf = (address: TaxAddress) => ({ country: address.country.trim().toUpperCase(), region: (address.region ?? '').trim().toUpperCase() })

/** SQL: the jurisdiction `j` covers this country, and this region or the whole country. */
export const inArea = (area: ReturnType<typeof areaOf>) => sql`(upper(j.country) = ${area.country} and (coalesce(trim(j.region), '') = '' or upper(trim(j.region)) = ${area.region}))`

/**
 * The CTE `j` of the jurisdictions matching `condition`, for `rulesColumn` and `zipsColumn` to read once each. The
 * rules and the ZIP entries come back as two JSON columns, matched up here, not joined in SQL: PostgreSQL guesses
 * one row for `j` (its filter is on expressions), and a join of the rules to the per-jurisdiction ZIP lists then ran
 * as a nested loop over both (97 rules × 60 lists in the bench's New York, ~0.4 ms of each cart's database CPU).
 */
export const jurisdictionsWhere = (condition: ReturnType<typeof sql>) =>
  sql`j as materialized (select j.id, j.country, j.region from tax_jurisdictions j where ${condition})`

/** The rules of the jurisdictions `j`, as a JSON array ordered by id, with `extra` columns over `j`. */
export const rulesColumn = (extra = sql``) => sql`(select coalesce(json_agg(x order by x.id), '[]'::json) from (
    select r.id, r.code, r.rate::text as rate, r.product_tax_code_id, r.customer_tax_code_id, r.jurisdiction_id, j.country, j.region${extra}
    from tax_rules r join j on j.id = r.jurisdiction_id) x)`

/** The ZIP entries of the jurisdictions `j`, aggregated once per jurisdiction, as a JSON object by jurisdiction id. */
export const zipsColumn = sql`(select coalesce(json_object_agg(z._parent_id, z.zips), '{}'::json) from (
    select z._parent_id, array_agg(z.zip order by z._order) as zips from tax_jurisdictions_zip_codes z
    where z._parent_id in (select id from j) group by z._parent_id) z)`

/** The rules read as facts, keeping those whose jurisdiction's ZIP entries hold `address` (ranges and patterns are rules). */
export function rulesFacts(rows: readonly RuleRow[], zips: ZipsByJurisdiction, address: TaxAddress): TaxRuleFacts[] {
  // a jurisdiction is matched once, however many rules it carries (its ZIP list can be long)
  const matched = new Map<string, TaxRuleFacts['jurisdiction'] | null>()
  const jurisdictionOf = (row: RuleRow) => {
    const key = String(row.jurisdiction_id)
    let jurisdiction = matched.get(key)
    if (jurisdiction === undefined) {
      const area = { id: row.jurisdiction_id, country: row.country, region: row.region, zipCodes: (zips[key] ?? []).map((zip) => ({ zip })) }
      jurisdiction = inJurisdiction(area, address) ? area : null
      matched.set(key, jurisdiction)
    }
    return jurisdiction
  }
  return rows.flatMap((row) => {
    const jurisdiction = jurisdictionOf(row)
    if (!jurisdiction) return []
    return [{ id: row.id, code: row.code, rate: row.rate, jurisdiction, productTaxCode: row.product_tax_code_id, customerTaxCode: row.customer_tax_code_id }]
  })
}

/** A tax code named by the shipping stage (its id, or its `code` text) as an id; null when unknown (the settings' code then applies). */
export async function resolveTaxCode(req: PayloadRequest, reference: string | number): Promise<Id | null> {
  const found = await req.payload.find({
    collection: TAX_CODES_SLUG as never,
    where: typeof reference === 'number' ? { id: { equals: reference } } : { or: [{ code: { equals: reference } }, ...(/^\d+$/.test(reference) ? [{ id: { equals: Number(reference) } }] : [])] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return (found.docs[0] as { id: Id } | undefined)?.id ?? null
}
