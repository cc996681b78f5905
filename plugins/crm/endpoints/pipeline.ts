import type { Endpoint, PayloadRequest } from 'payload'

import { idOf, toBigInt, toSafeNumber } from '../../../src/kit'
import { CRM_SETTINGS, OPPORTUNITIES } from '../collections/slugs'
import { stagesOf, type Stage } from '../rules/opportunity'
import { pipelineByStage, type CurrencyTotal, type Pipeline } from '../rules/pipeline'
import { requireStaff } from './request'

/** A pipeline figure as JSON: minor units as numbers (safe integers). */
export type CurrencyTotalJson = { currency: string; minorDigits: number; count: number; amount: number; weighted: number }
export type PipelineJson = { stages: { stage: string; probability: number | null; count: number; totals: CurrencyTotalJson[] }[]; totals: CurrencyTotalJson[] }

/** The minor digits of each currency code, for clients to show amounts (USD 2, KWD 3). */
export type Digits = ReadonlyMap<string, number>

export const totalJson = (total: CurrencyTotal, digits: Digits): CurrencyTotalJson => ({
  ...total,
  minorDigits: digits.get(total.currency) ?? 2,
  amount: toSafeNumber(total.amount, 'amount'),
  weighted: toSafeNumber(total.weighted, 'weighted'),
})

export const pipelineJson = ({ pipeline, digits }: LoadedPipeline): PipelineJson => ({
  stages: pipeline.stages.map((stage) => ({ ...stage, totals: stage.totals.map((total) => totalJson(total, digits)) })),
  totals: pipeline.totals.map((total) => totalJson(total, digits)),
})

export type LoadedPipeline = { pipeline: Pipeline; digits: Digits }

/** The currencies (a handful of rows): code by id, minor digits by code. */
async function currencies(req: PayloadRequest): Promise<{ codes: Map<string, string>; digits: Map<string, number> }> {
  const { docs } = await req.payload.find({ collection: 'currencies', pagination: false, depth: 0, select: { code: true, minorDigits: true }, overrideAccess: true, req })
  return { codes: new Map(docs.map((doc) => [String(doc.id), doc.code])), digits: new Map(docs.map((doc) => [doc.code, doc.minorDigits ?? 2])) }
}

/**
 * The open opportunities the caller may read (their access levels apply), by stage, optionally filtered to an
 * account; the figures come from rules/pipeline.ts.
 */
export async function loadPipeline(req: PayloadRequest, filter: { account?: number } = {}): Promise<LoadedPipeline> {
  requireStaff(req)
  const settings = await req.payload.findGlobal({ slug: CRM_SETTINGS, depth: 0, req })
  const where = { status: { equals: 'open' }, ...(filter.account ? { account: { equals: filter.account } } : {}) }
  const { docs } = await req.payload.find({
    collection: OPPORTUNITIES,
    where,
    select: { stage: true, amount: true, currency: true, probability: true },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const { codes, digits } = await currencies(req)
  const rows = docs.map((doc) => ({
    stage: doc.stage,
    currency: codes.get(String(idOf(doc.currency))) ?? '?',
    amount: toBigInt(doc.amount ?? 0),
    probability: doc.probability ?? 0,
  }))
  return { pipeline: pipelineByStage(rows, stagesOf(settings.stages as Stage[] | null | undefined)), digits }
}

/** `GET /api/crm/pipeline` (GraphQL twin: query `CrmPipeline`). */
export const pipelineEndpoint: Endpoint = {
  path: '/crm/pipeline',
  method: 'get',
  handler: async (req) => Response.json(pipelineJson(await loadPipeline(req))),
}
