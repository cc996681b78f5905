import { describe, expect, it } from 'vitest'

import { componentsOf, matchingRules, type TaxRuleFacts } from '../../rules/matching-rules'

const ny = { id: 1, country: 'US', region: 'NY' }
const nyc = { id: 2, country: 'US', region: 'NY', zipCodes: [{ zip: '10001-10292' }] }
const rule = (id: number, code: string, rate: string, jurisdiction: TaxRuleFacts['jurisdiction'], product: number | null = null, customer: number | null = null): TaxRuleFacts => ({
  id,
  code,
  rate,
  jurisdiction,
  productTaxCode: product,
  customerTaxCode: customer,
})
const rules = [
  rule(1, 'NY State', '4', ny),
  rule(2, 'NYC', '4.5', nyc),
  rule(3, 'NY clothing', '0', ny, 7),
  rule(4, 'NY reseller', '0', ny, null, 9),
]
const manhattan = { country: 'US', region: 'NY', postalCode: '10001' }

describe('matchingRules', () => {
  it('adds up every rule whose jurisdiction holds the address: state 4 % + city 4.5 % in Manhattan', () => {
    expect(componentsOf(matchingRules(rules, manhattan, null, null))).toEqual([
      { code: 'NY State', rate: '4' },
      { code: 'NYC', rate: '4.5' },
    ])
  })
  it('applies only the state outside the city', () => {
    expect(matchingRules(rules, { country: 'US', region: 'NY', postalCode: '12207' }, null, null).map((r) => r.code)).toEqual(['NY State'])
  })
  it('an "any" code matches every product and customer; a set code only its own', () => {
    expect(matchingRules(rules, manhattan, 7, null).map((r) => r.code)).toEqual(['NY State', 'NYC', 'NY clothing'])
    expect(matchingRules(rules, manhattan, null, 9).map((r) => r.code)).toEqual(['NY State', 'NYC', 'NY reseller'])
    expect(matchingRules(rules, manhattan, '7', null).map((r) => r.code)).toContain('NY clothing')
  })
  it('matches nothing in another country', () => expect(matchingRules(rules, { country: 'DE' }, null, null)).toEqual([]))
})
