/**
 * Why an order or line was cancelled, held or returned: a reason from a fixed list (reportable) plus free text.
 * "other" says nothing by itself, so it needs the text.
 */
export const TRANSITION_REASONS = ['customerRequest', 'outOfStock', 'paymentFailed', 'fraudSuspected', 'damaged', 'wrongItem', 'addressProblem', 'other'] as const
export type TransitionReason = (typeof TRANSITION_REASONS)[number]

/** Longest note kept with a status change. */
export const NOTE_MAX_LENGTH = 1000

export const isTransitionReason = (value: unknown): value is TransitionReason => TRANSITION_REASONS.includes(value as TransitionReason)

export type ReasonIssue = { field: 'reason' | 'note'; message: string }

/** What is wrong with the reason and note of a change that `needsReason` (null: nothing). */
export function reasonIssue(needsReason: boolean, reason: string | null, note: string | null, what: string): ReasonIssue | null {
  if (reason !== null && !isTransitionReason(reason)) return { field: 'reason', message: `Unknown reason; one of ${TRANSITION_REASONS.join(', ')}` }
  if (note !== null && note.length > NOTE_MAX_LENGTH) return { field: 'note', message: `At most ${NOTE_MAX_LENGTH} characters` }
  if (!needsReason) return null
  if (reason === null) return { field: 'reason', message: `Say why (${what}): one of ${TRANSITION_REASONS.join(', ')}` }
  if (reason === 'other' && !note?.trim()) return { field: 'note', message: 'Say what the other reason is' }
  return null
}
