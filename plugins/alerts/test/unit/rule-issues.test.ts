import { describe, expect, it } from 'vitest'

import { alertRuleIssues, type RuleInput } from '../../rules/rule-issues'

const valid: RuleInput = { event: 'orderPlaced', channels: ['email'], recipients: { emails: ['ops@bureau.test'] } }
const paths = (rule: RuleInput) => alertRuleIssues(rule).map((issue) => issue.path)

describe('alertRuleIssues', () => {
  it('accepts a rule with an event, a channel and a recipient', () => expect(alertRuleIssues(valid)).toEqual([]))

  it('names the event when it is not one of the alert events', () => expect(paths({ ...valid, event: 'order.placed' })).toEqual(['event']))

  it('refuses a status on events that have none', () => {
    expect(paths({ ...valid, status: 'shipped' })).toEqual(['status'])
    expect(paths({ ...valid, event: 'orderLineStatusChanged', status: 'shipped' })).toEqual([])
  })

  it('refuses order conditions and customer recipients on stock and task events', () => {
    const rule: RuleInput = {
      event: 'stockLow',
      channels: ['email'],
      conditions: { websites: [1], customerGroups: [2], grandTotalAbove: 100, currency: 1 },
      recipients: { customer: 'users', contacts: true, emails: ['a@b.test'] },
    }
    expect(paths(rule)).toEqual(['conditions.websites', 'conditions.customerGroups', 'conditions.grandTotalAbove', 'recipients.customer', 'recipients.contacts'])
  })

  it('needs the currency of a total threshold', () => {
    expect(paths({ ...valid, conditions: { grandTotalAbove: 50_000 } })).toEqual(['conditions.currency'])
    expect(paths({ ...valid, conditions: { grandTotalAbove: 50_000, currency: 1 } })).toEqual([])
  })

  it('needs a channel and somebody to tell', () => {
    expect(paths({ event: 'orderPlaced', channels: [], recipients: {} })).toEqual(['channels', 'recipients'])
    expect(paths({ event: 'orderPlaced', channels: ['email'], recipients: { websiteStaff: true } })).toEqual([])
    expect(paths({ event: 'orderPlaced', channels: ['email'], recipients: { customer: 'none' } })).toEqual(['recipients'])
  })

  it('refuses malformed fixed addresses and numbers not in E.164', () => {
    expect(paths({ ...valid, recipients: { emails: ['ops@bureau.test', 'nope'] } })).toEqual(['recipients.emails'])
    expect(paths({ ...valid, recipients: { phones: ['+1 555 0100'] } })).toEqual(['recipients.phones'])
    expect(paths({ ...valid, recipients: { phones: ['+15550100200'] } })).toEqual([])
  })
})
