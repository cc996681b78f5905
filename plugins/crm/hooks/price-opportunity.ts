import type { CollectionBeforeChangeHook } from 'payload'

import { refuseIssues } from '../../../src/kit'
import { CRM_SETTINGS, OPPORTUNITIES } from '../collections/slugs'
import { opportunityIssues, probabilityOf, stagesOf, type OpportunityStatus, type Stage } from '../rules/opportunity'

/**
 * Checks the stage (when it changes) against the configured stages and the close reason, then sets the probability
 * (rules/opportunity.ts) and stamps `closedAt` when the opportunity is won or lost.
 */
export const priceOpportunity: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const settings = await req.payload.findGlobal({ slug: CRM_SETTINGS, depth: 0, req })
  const stages = stagesOf(settings.stages as Stage[] | null | undefined)
  const stage = (data.stage ?? originalDoc?.stage) as string
  const status = (data.status ?? originalDoc?.status ?? 'open') as OpportunityStatus
  const closeReason = ('closeReason' in data ? data.closeReason : originalDoc?.closeReason) as string | null | undefined
  const stageChanged = operation === 'create' || stage !== originalDoc?.stage
  const statusChanged = status !== (originalDoc?.status ?? 'open')
  // The admin form sends every field: an unchanged probability beside a new stage or status is not a request.
  const sentProbability = typeof data.probability === 'number' && (operation === 'create' || data.probability !== originalDoc?.probability)
  refuseIssues(
    opportunityIssues({ stage, status, closeReason }, stagesToCheck(stageChanged, stages, stage)),
    OPPORTUNITIES,
  )
  const requested = sentProbability ? (data.probability as number) : stageChanged || statusChanged ? null : (originalDoc?.probability as number | null)
  const closedAt = status === 'open' ? null : statusChanged ? new Date().toISOString() : (originalDoc?.closedAt ?? new Date().toISOString())
  return { ...data, probability: probabilityOf({ status, stage, requested }, stages), closedAt }
}

/** An unchanged stage passes even when it is no longer configured (settings may change under old opportunities). */
const stagesToCheck = (changed: boolean, stages: readonly Stage[], stage: string): readonly Stage[] =>
  changed ? stages : [...stages, { name: stage, probability: 0 }]
