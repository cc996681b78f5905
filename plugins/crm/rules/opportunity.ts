/**
 * Opportunity rules (pure): the stages and their probabilities (configured in `crm-settings`, defaults below), the
 * probability an opportunity carries, and the reason a closed one must give.
 */
export type Stage = { name: string; probability: number }

/**
 * The default sales stages, in pipeline order, with their win probability in percent. Oro ships
 * "Open 10 % → … → Negotiation 80 %" with closed won/lost as stages; Bureau keeps won/lost as the status beside the
 * stage, so a lost deal still shows the stage it was lost in.
 */
export const DEFAULT_STAGES: readonly Stage[] = [
  { name: 'Prospecting', probability: 10 },
  { name: 'Qualification', probability: 20 },
  { name: 'Needs analysis', probability: 40 },
  { name: 'Proposal', probability: 60 },
  { name: 'Negotiation', probability: 80 },
]

export const OPPORTUNITY_STATUSES = ['open', 'won', 'lost'] as const
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number]

/** The configured stages, or the defaults when none are configured. */
export const stagesOf = (configured: readonly Stage[] | null | undefined): readonly Stage[] =>
  configured && configured.length > 0 ? configured : DEFAULT_STAGES

export type OpportunityIssue = { path: string; message: string }

/** Problems with an opportunity's stage and close reason (400s naming the field). */
export function opportunityIssues(input: { stage: string | null | undefined; status: OpportunityStatus; closeReason?: string | null }, stages: readonly Stage[]): OpportunityIssue[] {
  const issues: OpportunityIssue[] = []
  if (!input.stage || !stages.some((stage) => stage.name === input.stage)) {
    issues.push({ path: 'stage', message: `Unknown stage; one of: ${stages.map((stage) => stage.name).join(', ')}.` })
  }
  if (input.status !== 'open' && !input.closeReason?.trim()) {
    issues.push({ path: 'closeReason', message: `Say why the opportunity was ${input.status}.` })
  }
  return issues
}

/**
 * The probability in percent: 100 when won, 0 when lost; while open, the one asked for, else the stage's own
 * (so moving to a new stage takes that stage's probability unless the editor sets one in the same change).
 */
export function probabilityOf(input: { status: OpportunityStatus; stage: string; requested?: number | null }, stages: readonly Stage[]): number {
  if (input.status === 'won') return 100
  if (input.status === 'lost') return 0
  if (input.requested !== null && input.requested !== undefined) return input.requested
  return stages.find((stage) => stage.name === input.stage)?.probability ?? 0
}
