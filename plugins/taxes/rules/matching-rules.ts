/**
 * Which tax rules apply to a line (pure): a rule = jurisdiction × product tax code × customer tax code → a rate,
 * where either code may be "any" (null). Every rule whose jurisdiction holds the address and whose codes match
 * applies, and their rates add up (a state rule and a city rule: 4 % + 4.5 %), as in Oro's TaxRule matcher.
 */
import type { Id } from '../../../src/kit'
import { inJurisdiction, type JurisdictionArea, type TaxAddress } from './jurisdictions'

export type TaxRuleFacts = {
  id: Id
  /** the name of the tax on invoices and in the answer's `taxes` */
  code: string
  /** percent, a decimal string with up to 4 places ("19", "4.5", "8.875") */
  rate: string
  jurisdiction: JurisdictionArea & { id: Id }
  /** null: any product tax code (including none) */
  productTaxCode: Id | null
  /** null: any customer tax code (including none) */
  customerTaxCode: Id | null
}

export type TaxComponent = { code: string; rate: string }

const sameId = (a: Id | null, b: Id | null) => a !== null && b !== null && String(a) === String(b)

/** The rules that apply to an item with `productTaxCode` sold to a customer with `customerTaxCode` at `address`. */
export function matchingRules<Rule extends TaxRuleFacts>(
  rules: readonly Rule[],
  address: TaxAddress,
  productTaxCode: Id | null,
  customerTaxCode: Id | null,
): Rule[] {
  return rules.filter(
    (rule) =>
      (rule.productTaxCode === null || sameId(rule.productTaxCode, productTaxCode)) &&
      (rule.customerTaxCode === null || sameId(rule.customerTaxCode, customerTaxCode)) &&
      inJurisdiction(rule.jurisdiction, address),
  )
}

/** The components a line is taxed with: one per matching rule, in a stable order (code, then rate). */
export const componentsOf = (rules: readonly TaxRuleFacts[]): TaxComponent[] =>
  rules
    .map(({ code, rate }) => ({ code, rate }))
    .sort((a, b) => (a.code === b.code ? a.rate.localeCompare(b.rate) : a.code < b.code ? -1 : 1))
