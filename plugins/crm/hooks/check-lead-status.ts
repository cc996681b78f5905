import type { CollectionBeforeChangeHook } from 'payload'

import { LEADS } from '../collections/slugs'
import { leadStatusIssue, type LeadStatus } from '../rules/lead-status'
import { refusal } from './refuse'

/** Set in the request context by the conversion, the one change allowed to make a lead converted. */
export const CONVERTING_LEAD = 'crm:convertingLead'

/** Refuses a status change the lead workflow forbids (409), and disqualifying without a reason (400). */
export const checkLeadStatus: CollectionBeforeChangeHook = ({ data, originalDoc, operation, context }) => {
  const from = operation === 'create' ? undefined : (originalDoc?.status as LeadStatus | undefined)
  const to = (data.status ?? originalDoc?.status ?? 'new') as LeadStatus
  const reason = ('disqualifiedReason' in data ? data.disqualifiedReason : originalDoc?.disqualifiedReason) as string | null | undefined
  const issue = leadStatusIssue({ from, to, reason, converting: context[CONVERTING_LEAD] === originalDoc?.id && originalDoc?.id !== undefined })
  if (issue) throw refusal(issue, LEADS)
  return data
}
