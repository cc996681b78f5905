/**
 * The `price` stage: each line gets the price of the largest minimum quantity ≤ its quantity in the buyer's
 * combined list, for the line's unit (the product's own when the line names none) and currency (a variant without its own price takes its product's). A line
 * without a list price is left out: the core then uses the product's base price, or answers 400 naming the line.
 */
import type { PayloadRequest } from 'payload'

import { idOf, parseDecimal, PRICE_SCALE, type CalculationState, type Id, type StageRegistration } from '../../../src/kit'
import { tierFor } from '../rules/tiers'
import { combinedListOf, combinedPricesOf, tiersOf, type BuyerLevel } from './lookup'

export const DEFAULT_UNIT = 'item'

/** The unit a line is priced in: the one it names, else the product's own (as the listing shows it), else `item`. */
const lineUnit = (line: CalculationState['lines'][number]): string => {
  const productUnit = line.product.attributes.unit
  return line.unit ?? (typeof productUnit === 'string' && productUnit ? productUnit : DEFAULT_UNIT)
}

async function buyerLevelOf(req: PayloadRequest, state: Readonly<CalculationState>): Promise<BuyerLevel | null> {
  let website: Id | null = state.input.website ?? null
  if (website === null) {
    const first = await req.payload.find({ collection: 'websites', sort: 'id', limit: 1, depth: 0, select: {}, overrideAccess: true, req })
    website = first.docs[0]?.id ?? null
  }
  if (website === null) return null
  const customer = state.input.customer ?? null
  if (customer === null) return { website, customer: null, customerGroup: null }
  const doc = await req.payload.findByID({ collection: 'customers', id: customer, depth: 0, select: { group: true }, overrideAccess: true, req, disableErrors: true })
  return { website, customer, customerGroup: idOf((doc as { group?: unknown } | null)?.group) }
}

export const priceListStage: StageRegistration<PayloadRequest, 'price'> = {
  stage: 'price',
  name: 'pricing:price-lists',
  run: async (state, req) => {
    const level = await buyerLevelOf(req, state)
    const list = level && (await combinedListOf(req, level))
    if (!list) return null
    const prices = await combinedPricesOf(req, list, state.currency.code, [...new Set(state.lines.map((line) => line.product.id))])
    const lines = state.lines.flatMap((line) => {
      const tier = tierFor(tiersOf(prices, line.product.id, line.variant, lineUnit(line)), line.quantity)
      return tier ? [{ line: line.index, unitPrice: parseDecimal(tier.value, PRICE_SCALE), priceList: tier.priceList }] : []
    })
    return { lines }
  },
}
