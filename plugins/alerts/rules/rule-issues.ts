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
// the hook sees what a client sent (after the kit's type checks, but stay safe on odd shapes): only arrays count
const count = (values: unknown) => (Array.isArray(values) ? values.length : 0)
const strings = (values: unknown): string[] => (Array.isArray(values) ? values.filter((value): value is string => typeof value === 'string') : [])
const group = <T>(value: T | null | undefined): Partial<NonNullable<T>> => (value && typeof value === 'object' ? value : {}) as Partial<NonNullable<T>>

export function alertRuleIssues(rule: RuleInput): FieldIssue[] {
  const issues: FieldIssue[] = []
  const event = ALERT_EVENTS.includes(rule.event as AlertEvent) ? (rule.event as AlertEvent) : null
  if (!event) return [{ path: 'event', message: `Choose one of: ${ALERT_EVENTS.join(', ')}` }]
  if (typeof rule.status === 'string' && rule.status.trim() && !STATUS_EVENTS.includes(event)) issues.push({ path: 'status', message: 'Only "status changed to…" events take a status' })
  const conditions = group(rule.conditions)
  const recipients = group(rule.recipients)
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
  const badEmail = strings(recipients.emails).find((email) => !EMAIL.test(email.trim()))
  if (badEmail !== undefined) issues.push({ path: 'recipients.emails', message: `"${badEmail}" is not an email address` })
  const badPhone = strings(recipients.phones).find((phone) => normalizePhone(phone) !== phone)
  if (badPhone !== undefined) issues.push({ path: 'recipients.phones', message: `"${badPhone}" is not in the international format, e.g. +15551234567` })
  const anyone =
    count(recipients.users) + count(recipients.roles) + count(recipients.businessUnits) + count(recipients.emails) + count(recipients.phones) > 0 ||
    (recipients.customer && recipients.customer !== 'none') ||
    recipients.contacts ||
    recipients.websiteStaff
  if (!anyone) issues.push({ path: 'recipients', message: 'Name at least one recipient' })
  return issues
}
