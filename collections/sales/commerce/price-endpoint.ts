/**
 * `POST /api/commerce/price` (CONTRACT): the cart preview. The buyer comes from the login and the body (buyer.ts),
 * address-book ids are inlined (addresses.ts), then the one calculation every price comes from runs (no write).
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { calculate, CalculationError, getRegistry, presentCalculation, readCalculationInput, withDomainErrors, type PresentedCalculation } from '../../../src/kit'
import { inlineAddressReferences } from './addresses'
import { resolveBuyer } from './buyer'
import { isRecord, optionalId, optionalText } from './request-values'

export function priceCart(req: PayloadRequest, body: unknown): Promise<PresentedCalculation> {
  return withDomainErrors(async () => {
    if (!isRecord(body)) throw new CalculationError('The request body must be a JSON object')
    const buyer = await resolveBuyer(req, {
      customer: optionalId(body.customer, 'customer'),
      website: optionalId(body.website, 'website'),
      currency: optionalText(body.currency, 'currency'),
    })
    const inlined = await inlineAddressReferences(req, body, buyer)
    const input = readCalculationInput(
      { ...inlined, customer: buyer.customer, website: buyer.website, currency: buyer.currency },
      getRegistry(req.payload.config).calculationInputs,
    )
    return presentCalculation(await calculate(req, input))
  })
}

/** The JSON body, or undefined when there is none or it is not JSON (then refused as not an object). */
async function readBody(req: PayloadRequest): Promise<unknown> {
  try {
    return req.json ? await req.json() : undefined
  } catch {
    return undefined
  }
}

export const priceEndpoint: Endpoint = {
  path: '/commerce/price',
  method: 'post',
  handler: async (req) => Response.json(await priceCart(req, await readBody(req))),
}
