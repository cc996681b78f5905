import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'

import { CalculationError, parseDecimal, QUANTITY_SCALE, readAlone, serialIdOf, toBigInt, type Id, type SqlRead, type StageRegistration } from '../../../src/kit'
import { shippingCost, totalWeight, WEIGHT_SCALE, type ShippingRate } from '../rules/shipping-cost'

type Rate = { currency: { code: string } | number; baseAmount: number | string; perKgAmount?: number | string | null; freeAbove?: number | string | null }
type Method = { id: Id; code: string; name: string; active?: boolean | null; rates?: Rate[] | null }

/**
 * The chosen method with its rates and their currencies' codes, as one read (kit `SqlRead`, declared as the stage's
 * `read` so it comes in the calculation's one statement; amounts as text, exact through JSON). A number is an id
 * (orders store the relationship); text is a code first (storefronts send codes, and a code may be all digits,
 * e.g. "24"), then an id. Hand-written over the plugin's own tables: the local API's find populated the currencies
 * with a statement of its own.
 */
export function methodRead(reference: Id): SqlRead<Method | null> {
  const code = typeof reference === 'number' ? null : String(reference)
  const id = typeof reference === 'number' ? serialIdOf(reference) : /^\d+$/.test(String(reference)) ? serialIdOf(String(reference)) : null
  const query = sql`
    select m.id, m.code, m.name, m.active,
      (select coalesce(json_agg(json_build_object('currency', json_build_object('code', c.code), 'baseAmount', r.base_amount::text,
          'perKgAmount', r.per_kg_amount::text, 'freeAbove', r.free_above::text) order by r._order), '[]'::json)
        from shipping_methods_rates r left join currencies c on c.id = r.currency_id where r._parent_id = m.id) as rates
    from shipping_methods m
    where m.code = ${code}::text or m.id = ${id}::int
    order by (m.code is not distinct from ${code}::text) desc limit 1`
  return { query, parse: (rows) => (rows[0] as Method | undefined) ?? null }
}

/** The chosen method, or null when there is none or it is inactive (which counts as unknown). */
const usable = (method: Method | null) => (method && method.active !== false ? method : null)

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
  read: ({ input }) => (input.shippingMethod === null || input.shippingMethod === undefined ? null : methodRead(input.shippingMethod)),
  run: async (state, req, read) => {
    const reference = state.input.shippingMethod
    if (reference === null || reference === undefined) return null
    const method = usable(read === undefined ? await readAlone(req, methodRead(reference)) : (read as Method | null))
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
