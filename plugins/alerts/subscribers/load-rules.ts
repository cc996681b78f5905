import type { Payload, PayloadRequest } from 'payload'

import { idOf, type Id, type NotificationChannel } from '../../../src/kit'
import { NO_RECIPIENTS, type AlertEvent, type AlertRule, type CustomerRecipients, type LocalizedText } from '../rules/alert-rule'
import { ALERT_RULES_SLUG } from '../collections/alert-rules'

type RuleDoc = {
  id: Id
  name: string
  active?: boolean | null
  event: AlertEvent
  status?: string | null
  conditions?: { websites?: unknown[] | null; customerGroups?: unknown[] | null; grandTotalAbove?: number | null; currency?: { code?: string } | Id | null } | null
  channels?: NotificationChannel[] | null
  recipients?: {
    users?: unknown[] | null
    roles?: unknown[] | null
    businessUnits?: unknown[] | null
    customer?: CustomerRecipients | null
    contacts?: boolean | null
    websiteStaff?: boolean | null
    emails?: string[] | null
    phones?: string[] | null
  } | null
  templates?: { emailSubject?: LocalizedText | null; emailBody?: LocalizedText | null; smsBody?: LocalizedText | null } | null
}

const ids = (values: unknown[] | null | undefined): Id[] => (values ?? []).map(idOf).filter((id): id is Id => id !== null)

/** An `alert-rules` document read with `locale: 'all'` (every translation) and depth 1 (the currency's code). */
export function toAlertRule(doc: RuleDoc): AlertRule {
  const conditions = doc.conditions ?? {}
  const recipients = doc.recipients ?? {}
  const currency = typeof conditions.currency === 'object' && conditions.currency ? conditions.currency.code : undefined
  const threshold = conditions.grandTotalAbove
  return {
    key: `rule:${doc.id}`,
    id: doc.id,
    name: doc.name,
    active: doc.active !== false,
    event: doc.event,
    status: doc.status?.trim() || null,
    conditions: {
      websites: ids(conditions.websites),
      customerGroups: ids(conditions.customerGroups),
      grandTotalAbove: threshold !== null && threshold !== undefined && currency ? { amount: threshold, currency } : null,
    },
    channels: doc.channels ?? [],
    recipients: {
      ...NO_RECIPIENTS,
      users: ids(recipients.users),
      roles: ids(recipients.roles),
      businessUnits: ids(recipients.businessUnits),
      customer: recipients.customer ?? 'none',
      contacts: recipients.contacts === true,
      websiteStaff: recipients.websiteStaff === true,
      emails: recipients.emails ?? [],
      phones: recipients.phones ?? [],
    },
    templates: {
      emailSubject: doc.templates?.emailSubject ?? {},
      emailBody: doc.templates?.emailBody ?? {},
      smsBody: doc.templates?.smsBody ?? {},
    },
  }
}

/** The active rules of one event, with every translation of their texts. */
export async function loadRules(payload: Payload, event: AlertEvent, req?: PayloadRequest): Promise<AlertRule[]> {
  const { docs } = await payload.find({
    collection: ALERT_RULES_SLUG,
    where: { and: [{ event: { equals: event } }, { active: { equals: true } }] },
    locale: 'all',
    depth: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return (docs as unknown as RuleDoc[]).map(toAlertRule)
}
