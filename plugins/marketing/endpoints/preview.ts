/**
 * POST /api/marketing/preview (staff): a cart as the storefront would send it (customer, website, currency, lines,
 * coupons, addresses) → the calculation the pipeline makes, plus every promotion considered and why it applied or not.
 */
import { Forbidden, ValidationError, type Endpoint, type PayloadRequest } from 'payload'

import { calculate, getRegistry, isStaff, presentCalculation, readCalculationInput, toSafeNumber, withDomainErrors } from '../../../src/kit'
import type { Explanation } from '../rules/evaluate'
import type { StackingSettings } from '../rules/stacking'
import { EXPLANATION_KEY } from '../stages/promotions'

async function readBody(req: PayloadRequest): Promise<unknown> {
  try {
    return await req.json?.()
  } catch {
    throw new ValidationError({ errors: [{ path: 'body', message: 'The request body must be JSON' }] })
  }
}

/** The preview's answer, the same through REST and GraphQL (`marketingPreview`). Staff only; nothing is written. */
export async function previewPromotions(req: PayloadRequest, body: unknown) {
  if (!isStaff(req)) throw new Forbidden(req.t)
  const result = await withDomainErrors(async () => {
    const input = readCalculationInput(body, getRegistry(req.payload.config).calculationInputs)
    return calculate(req, input)
  })
  const explained = req.context[EXPLANATION_KEY] as { stacking: StackingSettings; promotions: Explanation[] } | undefined
  return {
    calculation: presentCalculation(result),
    stacking: explained?.stacking ?? null,
    promotions: (explained?.promotions ?? []).map((row) => ({ ...row, amount: row.amount === undefined ? undefined : toSafeNumber(row.amount) })),
  }
}

export const previewEndpoint: Endpoint = {
  path: '/marketing/preview',
  method: 'post',
  handler: async (req) => {
    if (!isStaff(req)) throw new Forbidden(req.t)
    return Response.json(await previewPromotions(req, await readBody(req)))
  },
}
