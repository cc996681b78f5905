import type { PayloadRequest } from 'payload'

import { CalculationError, parseDecimal, QUANTITY_SCALE, toBigInt, type Id, type StageRegistration } from '../../../src/kit'
import { SHIPPING_METHODS_SLUG } from '../collections/shipping-methods'
import { shippingCost, totalWeight, WEIGHT_SCALE, type ShippingRate } from '../rules/shipping-cost'

type Rate = { currency: { code: string } | number; baseAmount: number; perKgAmount?: number | null; freeAbove?: number | null }
type Method = { id: Id; code: string; name: string; active?: boolean | null; rates?: Rate[] | null }

/**
 * Finds the chosen method: a number is an id (orders store the relationship); text is a code first (storefronts
 * send codes, and a code may be all digits, e.g. "24"), then an id. Inactive methods count as unknown.
 */
async function loadMethod(req: PayloadRequest, reference: Id): Promise<Method | null> {
  const find = async (where: Record<string, unknown>) => {
    const found = await req.payload.find({ collection: SHIPPING_METHODS_SLUG as never, where: where as never, depth: 1, limit: 1, overrideAccess: true, req })
    return found.docs[0] as unknown as Method | undefined
  }
  const method =
    typeof reference === 'number'
      ? await find({ id: { equals: reference } })
      : ((await find({ code: { equals: reference } })) ?? (/^\d+$/.test(reference) ? await find({ id: { equals: Number(reference) } }) : undefined))
  return method && method.active !== false ? method : null
}

const readRate = (rate: Rate): ShippingRate => ({
  baseAmount: toBigInt(rate.baseAmount),
  perKgAmount: toBigInt(rate.perKgAmount ?? 0),
  freeAbove: rate.freeAbove === null || rate.freeAbove === undefined ? null : toBigInt(rate.freeAbove),
})

export type MethodRateOptions = { freeShippingThreshold: 'afterDiscounts' | 'beforeDiscounts' }

/** The merchandise total a `freeAbove` threshold compares with; the core keeps these totals, nothing is re-summed. */
export const merchandiseTotal = (totals: { subtotal: bigint; discountTotal: bigint }, basis: MethodRateOptions['freeShippingThreshold']) =>
  basis === 'afterDiscounts' ? totals.subtotal - totals.discountTotal : totals.subtotal

/** The `shipping` stage: the chosen method's rate in the cart currency, applied to the cart's weight. */
export const methodRateStage = (options: MethodRateOptions): StageRegistration<PayloadRequest, 'shipping'> => ({
  stage: 'shipping',
  name: 'shipping:method-rate',
  productFields: ['weight'],
  run: async (state, req) => {
    const reference = state.input.shippingMethod
    if (reference === null || reference === undefined) return null
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
    return { amount: shippingCost(readRate(rate), weight, merchandiseTotal(state, options.freeShippingThreshold)), method: method.id }
  },
})
