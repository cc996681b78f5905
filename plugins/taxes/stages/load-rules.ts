/** Loads what decides the rates: the customer's tax code and exemption, and the rules of the address's country. */
import type { PayloadRequest } from 'payload'

import { idOf, type Id } from '../../../src/kit'
import { TAX_CODES_SLUG } from '../collections/tax-codes'
import { TAX_JURISDICTIONS_SLUG } from '../collections/tax-jurisdictions'
import { TAX_RULES_SLUG } from '../collections/tax-rules'
import { inJurisdiction, type JurisdictionArea, type TaxAddress } from '../rules/jurisdictions'
import type { TaxRuleFacts } from '../rules/matching-rules'

export type CustomerTax = { taxCode: Id | null; exempt: boolean }

/** The customer's own tax code, else its group's; exempt customers pay no tax. No customer: a visitor, no code. */
export async function loadCustomerTax(req: PayloadRequest, customer: Id | null | undefined): Promise<CustomerTax> {
  if (customer === null || customer === undefined) return { taxCode: null, exempt: false }
  const doc = (await req.payload.findByID({
    collection: 'customers',
    id: customer,
    depth: 0,
    select: { taxCode: true, taxExempt: true, group: true } as never,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as { taxCode?: unknown; taxExempt?: boolean | null; group?: unknown } | null
  if (!doc) return { taxCode: null, exempt: false }
  const own = idOf(doc.taxCode)
  const group = idOf(doc.group)
  if (own !== null || group === null) return { taxCode: own, exempt: doc.taxExempt === true }
  const groupDoc = (await req.payload.findByID({
    collection: 'customer-groups',
    id: group,
    depth: 0,
    select: { taxCode: true } as never,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as { taxCode?: unknown } | null
  return { taxCode: idOf(groupDoc?.taxCode), exempt: doc.taxExempt === true }
}

type JurisdictionDoc = JurisdictionArea & { id: Id }
type RuleDoc = { id: Id; code: string; rate: string; jurisdiction: unknown; productTaxCode?: unknown; customerTaxCode?: unknown }

/** The rules whose jurisdiction holds `address`: one query for the country's jurisdictions, one for their rules. */
export async function loadRulesAt(req: PayloadRequest, address: TaxAddress): Promise<TaxRuleFacts[]> {
  const jurisdictions = await req.payload.find({
    collection: TAX_JURISDICTIONS_SLUG as never,
    where: { country: { equals: address.country.toUpperCase() } },
    select: { country: true, region: true, zipCodes: true } as never,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const holding = new Map(
    (jurisdictions.docs as unknown as JurisdictionDoc[]).filter((area) => inJurisdiction(area, address)).map((area) => [String(area.id), area]),
  )
  if (holding.size === 0) return []
  const rules = await req.payload.find({
    collection: TAX_RULES_SLUG as never,
    where: { jurisdiction: { in: [...holding.values()].map((area) => area.id) } },
    select: { code: true, rate: true, jurisdiction: true, productTaxCode: true, customerTaxCode: true } as never,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return (rules.docs as unknown as RuleDoc[]).flatMap((rule) => {
    const area = holding.get(String(idOf(rule.jurisdiction)))
    if (!area) return []
    return [{ id: rule.id, code: rule.code, rate: rule.rate, jurisdiction: area, productTaxCode: idOf(rule.productTaxCode), customerTaxCode: idOf(rule.customerTaxCode) }]
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
