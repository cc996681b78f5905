/**
 * What makes an alert rule unusable, field by field (pure): each issue becomes a 400 naming the field, so a rule
 * that could never fire, or would fire to nobody, is refused when it is saved rather than discovered later.
 */
import type { FieldIssue } from '../../../src/kit'
import { ALERT_EVENTS, ORDER_EVENTS, STATUS_EVENTS, type AlertEvent } from './alert-rule'
import { normalizePhone } from './resolve-recipients'

export type RuleInput = {
  event?: string | null
  status?: string | null
  channels?: readonly string[] | null
  conditions?: { websites?: readonly unknown[] | null; customerGroups?: readonly unknown[] | null; grandTotalAbove?: number | null; currency?: unknown } | null
  recipients?: {
    users?: readonly unknown[] | null
    roles?: readonly unknown[] | null
    businessUnits?: readonly unknown[] | null
    customer?: string | null
    contacts?: boolean | null
    websiteStaff?: boolean | null
    emails?: readonly string[] | null
    phones?: readonly string[] | null
  } | null
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const count = (values: readonly unknown[] | null | undefined) => values?.length ?? 0

export function alertRuleIssues(rule: RuleInput): FieldIssue[] {
  const issues: FieldIssue[] = []
  const event = ALERT_EVENTS.includes(rule.event as AlertEvent) ? (rule.event as AlertEvent) : null
  if (!event) return [{ path: 'event', message: `Choose one of: ${ALERT_EVENTS.join(', ')}` }]
  if (rule.status?.trim() && !STATUS_EVENTS.includes(event)) issues.push({ path: 'status', message: 'Only "status changed to…" events take a status' })
  const conditions = rule.conditions ?? {}
  const recipients = rule.recipients ?? {}
  if (!ORDER_EVENTS.includes(event)) {
    if (count(conditions.websites)) issues.push({ path: 'conditions.websites', message: 'Only order events know a website' })
    if (count(conditions.customerGroups)) issues.push({ path: 'conditions.customerGroups', message: 'Only order events know a customer group' })
    if (conditions.grandTotalAbove !== null && conditions.grandTotalAbove !== undefined) {
      issues.push({ path: 'conditions.grandTotalAbove', message: 'Only order events have a grand total' })
    }
    if (recipients.customer && recipients.customer !== 'none') issues.push({ path: 'recipients.customer', message: 'Only order events have a customer' })
    if (recipients.contacts) issues.push({ path: 'recipients.contacts', message: 'Only order events have a customer whose contacts to tell' })
  }
  if (conditions.grandTotalAbove !== null && conditions.grandTotalAbove !== undefined && !conditions.currency) {
    issues.push({ path: 'conditions.currency', message: 'A total needs its currency' })
  }
  if (!count(rule.channels)) issues.push({ path: 'channels', message: 'Choose at least one channel' })
  const badEmail = (recipients.emails ?? []).findIndex((email) => !EMAIL.test(email.trim()))
  if (badEmail >= 0) issues.push({ path: 'recipients.emails', message: `"${recipients.emails![badEmail]}" is not an email address` })
  const badPhone = (recipients.phones ?? []).findIndex((phone) => normalizePhone(phone) !== phone)
  if (badPhone >= 0) issues.push({ path: 'recipients.phones', message: `"${recipients.phones![badPhone]}" is not in the international format, e.g. +15551234567` })
  const anyone =
    count(recipients.users) + count(recipients.roles) + count(recipients.businessUnits) + count(recipients.emails) + count(recipients.phones) > 0 ||
    (recipients.customer && recipients.customer !== 'none') ||
    recipients.contacts ||
    recipients.websiteStaff
  if (!anyone) issues.push({ path: 'recipients', message: 'Name at least one recipient' })
  return issues
}
