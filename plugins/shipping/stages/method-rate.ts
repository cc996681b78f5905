import type { PayloadRequest } from 'payload'

import { parseDecimal, QUANTITY_SCALE, toBigInt } from '../../../src/kit/money'
import { CalculationError, type RegisteredStage } from '../../../src/kit/pipeline'
import { SHIPPING_METHODS_SLUG } from '../collections/shipping-methods'
import { shippingCost, totalWeight, WEIGHT_SCALE, type ShippingRate } from '../rules/shipping-cost'

type Rate = { currency: { code: string } | number; baseAmount: number; perKgAmount?: number | null; freeAbove?: number | null }
type Method = { id: number | string; code: string; name: string; active?: boolean | null; rates?: Rate[] | null }

/** Finds the chosen method by id or by code; inactive methods count as unknown. */
async function loadMethod(req: PayloadRequest, reference: number | string): Promise<Method | null> {
  const byId = typeof reference === 'number' || /^\d+$/.test(reference)
  const found = await req.payload.find({
    collection: SHIPPING_METHODS_SLUG as never,
    where: byId ? { id: { equals: reference } } : { code: { equals: reference } },
    depth: 1,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const method = found.docs[0] as unknown as Method | undefined
  return method && method.active !== false ? method : null
}

const readRate = (rate: Rate): ShippingRate => ({
  baseAmount: toBigInt(rate.baseAmount),
  perKgAmount: toBigInt(rate.perKgAmount ?? 0),
  freeAbove: rate.freeAbove === null || rate.freeAbove === undefined ? null : toBigInt(rate.freeAbove),
})

/** The `shipping` stage: the chosen method's rate in the cart currency, applied to the cart's weight. */
export const methodRateStage: RegisteredStage<PayloadRequest> = {
  stage: 'shipping',
  name: 'shipping:method-rate',
  run: async (state, req) => {
    const reference = state.input.shippingMethod
    if (reference === null || reference === undefined || reference === '') return state
    const method = await loadMethod(req, reference)
    if (!method) throw new CalculationError(`Unknown or inactive shipping method ${reference}`, 'shippingMethod')
    const rate = method.rates?.find((candidate) => typeof candidate.currency === 'object' && candidate.currency.code === state.currency.code)
    if (!rate) throw new CalculationError(`${method.name} does not ship in ${state.currency.code}`, 'shippingMethod')
    const weight = totalWeight(
      state.lines.map((line) => {
        const unitWeight = line.product.attributes.weight
        return {
          unitWeight: typeof unitWeight === 'number' ? parseDecimal(unitWeight, WEIGHT_SCALE, 'weight') : null,
          quantity: line.quantity,
        }
      }),
      QUANTITY_SCALE,
    )
    const merchandise = state.subtotal - state.lines.reduce((sum, line) => sum + line.discount, 0n)
    return { ...state, shippingTotal: shippingCost(readRate(rate), weight, merchandise) }
  },
}
