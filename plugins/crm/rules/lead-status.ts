/**
 * The lead workflow (pure): new → contacted → qualified → converted, or disqualified with a reason from any open
 * status (and reopened to new from there). Converted is terminal and reached only by the conversion itself, which
 * creates the account, contact and opportunity in one transaction (endpoints/convert-lead.ts).
 */
export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'converted', 'disqualified'] as const
export type LeadStatus = (typeof LEAD_STATUSES)[number]

/** Where each status may go by a plain update (conversion aside). */
export const LEAD_TRANSITIONS: Readonly<Record<LeadStatus, readonly LeadStatus[]>> = {
  new: ['contacted', 'qualified', 'disqualified'],
  contacted: ['new', 'qualified', 'disqualified'],
  qualified: ['contacted', 'disqualified'],
  disqualified: ['new'],
  converted: [],
}

/** The statuses a lead can be converted from. */
export const CONVERTIBLE: readonly LeadStatus[] = ['new', 'contacted', 'qualified']

export type LeadIssue = { status: 400 | 409; path: string; message: string }

export type LeadChange = {
  from: LeadStatus | undefined
  to: LeadStatus
  reason?: string | null
  /** true only inside the conversion */
  converting?: boolean
}

/** What is wrong with a status change, or null when it is allowed. `from` is undefined on create. */
export function leadStatusIssue({ from, to, reason, converting = false }: LeadChange): LeadIssue | null {
  if (to === 'converted' && !converting && from !== 'converted') {
    return { status: 409, path: 'status', message: 'A lead becomes converted only through its conversion (POST /api/leads/:id/convert).' }
  }
  if (to === 'disqualified' && !reason?.trim()) {
    return { status: 400, path: 'disqualifiedReason', message: 'Say why the lead is disqualified.' }
  }
  if (from === undefined || from === to || converting) return null
  if (!LEAD_TRANSITIONS[from].includes(to)) {
    return { status: 409, path: 'status', message: `A ${from} lead cannot become ${to}.` }
  }
  return null
}

/** Why a lead cannot be converted, or null when it can. */
export const conversionIssue = (status: LeadStatus): LeadIssue | null =>
  CONVERTIBLE.includes(status) ? null : { status: 409, path: 'status', message: `A ${status} lead cannot be converted.` }

/** The conversion lost a race: the lead was converted (or moved on) by someone else meanwhile. */
export const LEAD_CHANGED_MEANWHILE: LeadIssue = { status: 409, path: 'status', message: 'The lead was converted or changed meanwhile.' }
