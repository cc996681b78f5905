/**
 * Combining the prices of a chain of price lists into the one list a buyer sees (Oro's pricing strategies), pure.
 * A slot is product × variant × unit × minimum quantity × currency; a "product" is a product with its variant (a
 * variant sells as itself).
 */
import { parseDecimal, PRICE_SCALE, QUANTITY_SCALE, type Id } from '../../../src/kit'

export type CombinationStrategy = 'mergeByPriority' | 'minimalPrices'

/** A link of the chain: the list and whether it may fill slots of products an earlier list already priced. */
export type ChainLink = { priceList: Id; mergeAllowed: boolean }

export type PriceRow = {
  priceList: Id
  product: Id
  variant: Id | null
  unit: string
  /** decimal text or number, at most 3 places */
  minQuantity: string | number
  currency: string
  /** decimal text, at most 4 places */
  value: string
}

const productKey = (row: PriceRow) => `${row.product}|${row.variant ?? ''}`
const slotKey = (row: PriceRow) =>
  `${productKey(row)}|${row.unit}|${parseDecimal(row.minQuantity, QUANTITY_SCALE)}|${row.currency}`

/**
 * Merge by priority: lists in chain order; for each product the first list that prices it decides. If that list
 * allows merging, every later merge-allowed list fills the slots still empty (a list that does not allow merging adds
 * nothing to a product an earlier list priced). If it does not allow merging, it supplies all of that product's tiers
 * alone and locks the product.
 */
function mergeByPriority(chain: readonly ChainLink[], rows: readonly PriceRow[]): PriceRow[] {
  const position = new Map(chain.map((link, index) => [String(link.priceList), index]))
  const ordered = rows
    .filter((row) => position.has(String(row.priceList)))
    .map((row) => ({ row, at: position.get(String(row.priceList)) ?? 0 }))
    .sort((a, b) => a.at - b.at)
  const firstList = new Map<string, number>()
  for (const { row, at } of ordered) if (!firstList.has(productKey(row))) firstList.set(productKey(row), at)
  const slots = new Map<string, PriceRow>()
  for (const { row, at } of ordered) {
    const first = firstList.get(productKey(row)) ?? at
    const contributes = at === first || (chain[first].mergeAllowed && chain[at].mergeAllowed)
    if (contributes && !slots.has(slotKey(row))) slots.set(slotKey(row), row)
  }
  return [...slots.values()]
}

/** Minimal prices: the lowest value per slot; on a tie, the list earlier in the chain. */
function minimalPrices(chain: readonly ChainLink[], rows: readonly PriceRow[]): PriceRow[] {
  const position = new Map(chain.map((link, index) => [String(link.priceList), index]))
  const slots = new Map<string, { row: PriceRow; value: bigint; at: number }>()
  for (const row of rows) {
    const at = position.get(String(row.priceList))
    if (at === undefined) continue
    const value = parseDecimal(row.value, PRICE_SCALE)
    const held = slots.get(slotKey(row))
    if (!held || value < held.value || (value === held.value && at < held.at)) slots.set(slotKey(row), { row, value, at })
  }
  return [...slots.values()].map(({ row }) => row)
}

/** The combined prices of `chain` from the chain lists' `rows` (rows of other lists are ignored). */
export function combinePrices(strategy: CombinationStrategy, chain: readonly ChainLink[], rows: readonly PriceRow[]): PriceRow[] {
  return strategy === 'minimalPrices' ? minimalPrices(chain, rows) : mergeByPriority(chain, rows)
}
