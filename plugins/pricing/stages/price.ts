/**
 * The `price` stage: each line gets the price of the largest minimum quantity ≤ its quantity in the buyer's
 * combined list, for the line's unit (the product's own when the line names none) and currency (a variant without
 * its own price takes its product's). A line
 * without a list price is left out: the core then uses the product's base price, or answers 400 naming the line.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { idOf, parseDecimal, PRICE_SCALE, serialIdOf, type CalculationBuyer, type CalculationInput, type CalculationState, type StageRegistration } from '../../../src/kit'
import { readDb } from '../jobs/database'
import { tierFor } from '../rules/tiers'
import { buyerPricesOf, buyerPricesRead, scopesOf, tiersOf, type BuyerLevel, type BuyerPrices } from './lookup'

export const DEFAULT_UNIT = 'item'

/** The unit a line is priced in: the one it names, else the product's own (as the listing shows it), else `item`. */
const lineUnit = (line: CalculationState['lines'][number]): string => {
  const productUnit = line.product.attributes.unit
  return line.unit ?? (typeof productUnit === 'string' && productUnit ? productUnit : DEFAULT_UNIT)
}

/**
 * The website (else the first one) and the customer's group: as the line loader resolved them (`state.buyer`), else
 * one hand-written read (a state built without the loader).
 */
async function buyerLevelOf(req: PayloadRequest, state: Readonly<CalculationState>): Promise<BuyerLevel | null> {
  const customer = state.input.customer ?? null
  if (state.buyer) return levelOfBuyer(state.input, state.buyer)
  const db = await readDb(req)
  const named = state.input.website ?? null
  const { rows } = await db.execute(sql`
    select (select id from websites where ${named === null ? sql`true` : sql`id = ${serialIdOf(named) ?? 0}`} order by id limit 1) as website,
      ${customer === null ? sql`null::int` : sql`(select group_id from customers where id = ${serialIdOf(customer) ?? 0})`} as customer_group`)
  const row = rows[0] as { website: number | null; customer_group: number | null } | undefined
  const website = named ?? idOf(row?.website)
  if (website === null) return null
  return { website, customer, customerGroup: customer === null ? null : idOf(row?.customer_group) }
}

/** The buyer as the line loader resolved it: the named website, else the first one; the customer's group. */
const levelOfBuyer = (input: CalculationInput, buyer: CalculationBuyer): BuyerLevel | null => {
  const customer = input.customer ?? null
  const website = input.website ?? buyer.website
  return website === null ? null : { website, customer, customerGroup: customer === null ? null : buyer.customerGroup }
}

export const priceListStage: StageRegistration<PayloadRequest, 'price'> = {
  stage: 'price',
  name: 'pricing:price-lists',
  // the buyer's list and its prices of the lines' products, read with the products (kit calculation-reads.ts)
  read: async ({ input, buyer }, req) => {
    const level = levelOfBuyer(input, buyer)
    if (!level) return null
    return buyerPricesRead(await scopesOf(req, level), input.currency.trim().toUpperCase(), [...new Set(input.lines.map((line) => line.product))])
  },
  run: async (state, req, read) => {
    const level = await buyerLevelOf(req, state)
    if (!level) return null
    const { list, prices } = (read as BuyerPrices | undefined) ?? (await buyerPricesOf(req, level, state.currency.code, [...new Set(state.lines.map((line) => line.product.id))]))
    if (!list) return null
    const lines = state.lines.flatMap((line) => {
      const tier = tierFor(tiersOf(prices, line.product.id, line.variant, lineUnit(line)), line.quantity)
      return tier ? [{ line: line.index, unitPrice: parseDecimal(tier.value, PRICE_SCALE), priceList: tier.priceList }] : []
    })
    return { lines }
  },
}
