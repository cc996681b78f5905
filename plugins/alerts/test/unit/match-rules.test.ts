import { describe, expect, it } from 'vitest'

import { NO_RECIPIENTS, NO_TEMPLATES, type AlertRule } from '../../rules/alert-rule'
import { matchRules, ruleMatches, type Occurrence } from '../../rules/match-rules'

const rule = (fields: Partial<AlertRule> = {}): AlertRule => ({
  key: 'rule:1',
  id: 1,
  name: 'test',
  active: true,
  event: 'orderPlaced',
  status: null,
  conditions: { websites: [], customerGroups: [], grandTotalAbove: null },
  channels: ['email'],
  recipients: NO_RECIPIENTS,
  templates: NO_TEMPLATES,
  ...fields,
})

const placed: Occurrence = { event: 'orderPlaced', status: null, website: 3, customerGroup: 7, grandTotal: { amount: 50_001, currency: 'USD' } }

describe('ruleMatches', () => {
  it('fires an active rule of the event with no conditions, and never an inactive one or another event’s', () => {
    expect(ruleMatches(rule(), placed)).toBe(true)
    expect(ruleMatches(rule({ active: false }), placed)).toBe(false)
    expect(ruleMatches(rule({ event: 'orderStatusChanged' }), placed)).toBe(false)
  })

  it('fires a status rule only for the status entered; no status means any', () => {
    const shipped: Occurrence = { ...placed, event: 'orderLineStatusChanged', status: 'shipped' }
    expect(ruleMatches(rule({ event: 'orderLineStatusChanged', status: 'shipped' }), shipped)).toBe(true)
    expect(ruleMatches(rule({ event: 'orderLineStatusChanged', status: 'delivered' }), shipped)).toBe(false)
    expect(ruleMatches(rule({ event: 'orderLineStatusChanged' }), shipped)).toBe(true)
  })

  it('holds website and customer-group conditions, ids compared by value ("3" is 3)', () => {
    expect(ruleMatches(rule({ conditions: { websites: ['3'], customerGroups: [7, 8], grandTotalAbove: null } }), placed)).toBe(true)
    expect(ruleMatches(rule({ conditions: { websites: [4], customerGroups: [], grandTotalAbove: null } }), placed)).toBe(false)
    expect(ruleMatches(rule({ conditions: { websites: [], customerGroups: [8], grandTotalAbove: null } }), { ...placed, customerGroup: null })).toBe(false)
  })

  it('needs a grand total strictly above the threshold, in the same currency: $500.01 > $500.00, $500.00 is not', () => {
    const above500 = rule({ conditions: { websites: [], customerGroups: [], grandTotalAbove: { amount: 50_000, currency: 'USD' } } })
    expect(ruleMatches(above500, placed)).toBe(true)
    expect(ruleMatches(above500, { ...placed, grandTotal: { amount: 50_000, currency: 'USD' } })).toBe(false)
    expect(ruleMatches(above500, { ...placed, grandTotal: { amount: 900_000, currency: 'EUR' } })).toBe(false)
  })

  it('keeps a rule with order conditions quiet for an occurrence that has no order (stock, tasks)', () => {
    const low: Occurrence = { event: 'stockLow', status: null, website: null, customerGroup: null, grandTotal: null }
    expect(ruleMatches(rule({ event: 'stockLow' }), low)).toBe(true)
    expect(ruleMatches(rule({ event: 'stockLow', conditions: { websites: [3], customerGroups: [], grandTotalAbove: null } }), low)).toBe(false)
  })
})

describe('matchRules', () => {
  it('returns the firing rules in their order', () => {
    const rules = [rule({ key: 'a' }), rule({ key: 'b', active: false }), rule({ key: 'c', conditions: { websites: [3], customerGroups: [], grandTotalAbove: null } })]
    expect(matchRules(rules, placed).map((match) => match.key)).toEqual(['a', 'c'])
  })
})
