/**
 * The built-in promotion conditions (pure): each reads its declared arguments, the cart and the facts its stage
 * loaded, and says whether it holds and why. A product segment also names the lines it matches: the promotion's line
 * actions discount only those.
 */
import { idOf, parseDecimal, QUANTITY_SCALE, toBigInt, type ConditionVerdict, type Id, type PromotionCart, type PromotionLine } from '../../../src/kit'

/** Ids of a relationship argument (ids or populated documents), as text for comparison. */
export const idsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === null || value === undefined ? [] : [value])
    .map((item) => idOf(item))
    .filter((id): id is Id => id !== null)
    .map(String)

/** A list typed as text (comma, space or new line separated), trimmed and upper-cased: "us, ca" → ["US", "CA"]. */
export const codesOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/[\s,;]+/) : [])
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean)

const yes = (why: string, lines?: readonly number[]): ConditionVerdict => ({ holds: true, why, lines })
const no = (why: string): ConditionVerdict => ({ holds: false, why })

export function subtotalAtLeast(args: { amount?: unknown }, cart: PromotionCart): ConditionVerdict {
  const least = toBigInt(args.amount ?? 0, 'amount')
  return cart.subtotal >= least ? yes(`subtotal ${cart.subtotal} ≥ ${least}`) : no(`subtotal ${cart.subtotal} < ${least}`)
}

/** Units of the lines whose SKU is listed (all lines when none is), at least `quantity`. */
export function quantityAtLeast(args: { quantity?: unknown; skus?: unknown }, cart: PromotionCart): ConditionVerdict {
  const skus = codesOf(args.skus)
  const least = parseDecimal(args.quantity ?? 0, QUANTITY_SCALE, 'quantity')
  const lines = cart.lines.filter((line) => skus.length === 0 || skus.includes(line.sku.toUpperCase()))
  const units = lines.reduce((sum, line) => sum + line.quantity, 0n)
  const shown = (value: bigint) => Number(value) / 1000
  return units >= least ? yes(`${shown(units)} matching units ≥ ${shown(least)}`, skus.length ? lines.map((line) => line.index) : undefined) : no(`${shown(units)} matching units < ${shown(least)}`)
}

export type SegmentArguments = { skus?: unknown; categories?: unknown; brands?: unknown; families?: unknown; attributeValues?: unknown; minQuantity?: unknown }

/** The category ids a product belongs to, each with its ancestors (a category matches its whole subtree). */
export type CategoryTrees = ReadonlyMap<string, readonly string[]>

/**
 * Whether a line is in the segment: every criterion filled must match (any of its values); an empty segment
 * matches every line. Categories match their subtree; attribute values are `code:value` keys. The arguments are read
 * once, then each line is checked (a cart checks every line against every segment of every promotion in play).
 */
export function segmentMatcher(args: SegmentArguments, trees: CategoryTrees): (line: PromotionLine) => boolean {
  const skus = codesOf(args.skus)
  const categories = idsOf(args.categories)
  const brands = idsOf(args.brands)
  const families = idsOf(args.families)
  const keys = codesOf(args.attributeValues)
  return (line) => {
    if (skus.length && !skus.includes(line.sku.toUpperCase())) return false
    if (categories.length) {
      const own = idsOf(line.attributes.categories).flatMap((id) => [id, ...(trees.get(id) ?? [])])
      if (!categories.some((id) => own.includes(id))) return false
    }
    if (brands.length && !brands.includes(String(idOf(line.attributes.brand) ?? ''))) return false
    if (families.length && !families.includes(String(idOf(line.attributes.family) ?? ''))) return false
    if (keys.length) {
      const rows = Array.isArray(line.attributes.attributeValues) ? (line.attributes.attributeValues as Array<{ key?: unknown }>) : []
      if (!rows.some((row) => typeof row.key === 'string' && keys.includes(row.key.toUpperCase()))) return false
    }
    return true
  }
}

export const lineInSegment = (line: PromotionLine, args: SegmentArguments, trees: CategoryTrees): boolean => segmentMatcher(args, trees)(line)

/** A product segment, optionally with a least quantity of matching units: holds with the matching lines. */
export function productSegment(args: SegmentArguments, cart: PromotionCart, trees: CategoryTrees): ConditionVerdict {
  const lines = cart.lines.filter(segmentMatcher(args, trees))
  if (lines.length === 0) return no('no line is in the product segment')
  const least = args.minQuantity === null || args.minQuantity === undefined || args.minQuantity === '' ? 0n : parseDecimal(args.minQuantity, QUANTITY_SCALE, 'minQuantity')
  const units = lines.reduce((sum, line) => sum + line.quantity, 0n)
  if (units < least) return no(`${Number(units) / 1000} units in the segment < ${Number(least) / 1000}`)
  return yes(`lines ${lines.map((line) => line.index).join(', ')} are in the segment`, lines.map((line) => line.index))
}

/** The buyer is one of `customers` or in one of `customerGroups` (either list may be empty; both empty: anyone). */
export function audience(args: { customers?: unknown; customerGroups?: unknown }, cart: PromotionCart): ConditionVerdict {
  const customers = idsOf(args.customers)
  const groups = idsOf(args.customerGroups)
  if (!customers.length && !groups.length) return yes('any buyer')
  if (cart.customer !== null && customers.includes(String(cart.customer))) return yes('the customer is listed')
  if (cart.customerGroup !== null && groups.includes(String(cart.customerGroup))) return yes("the customer's group is listed")
  return no(cart.customer === null ? 'a visitor is not in the audience' : 'the customer is not in the audience')
}

export function onWebsite(args: { websites?: unknown }, cart: PromotionCart): ConditionVerdict {
  const websites = idsOf(args.websites)
  if (!websites.length) return yes('any website')
  return cart.website !== null && websites.includes(String(cart.website)) ? yes('on a listed website') : no('not on a listed website')
}

export function inCurrency(args: { currencies?: unknown }, cart: PromotionCart): ConditionVerdict {
  const codes = codesOf(args.currencies)
  return codes.length === 0 || codes.includes(cart.currency) ? yes(`currency ${cart.currency}`) : no(`currency ${cart.currency} is not ${codes.join('/')}`)
}

export function shippingCountry(args: { countries?: unknown }, cart: PromotionCart): ConditionVerdict {
  const codes = codesOf(args.countries)
  if (cart.shippingCountry === null) return no('no shipping country')
  const country = cart.shippingCountry.toUpperCase()
  return codes.includes(country) ? yes(`ships to ${country}`) : no(`ships to ${country}, not ${codes.join('/')}`)
}

/** `orderedBefore`: whether the customer has an earlier order that was not cancelled (null for a visitor). */
export function firstOrder(orderedBefore: boolean | null): ConditionVerdict {
  if (orderedBefore === null) return no('a visitor has no order history')
  return orderedBefore ? no('the customer has ordered before') : yes("the customer's first order")
}

/**
 * Clearance: the lines whose product has more than `quantity` available over all warehouses. `stock` is null when
 * no inventory is installed: the condition is unavailable and never matches.
 */
export function stockAbove(args: { quantity?: unknown }, cart: PromotionCart, stock: ReadonlyMap<string, bigint> | null): ConditionVerdict {
  if (stock === null) return { holds: false, unavailable: true, why: 'unavailable: no inventory plugin is installed' }
  const least = parseDecimal(args.quantity ?? 0, QUANTITY_SCALE, 'quantity')
  const lines = cart.lines.filter((line) => (stock.get(String(line.product)) ?? 0n) > least)
  return lines.length ? yes(`stock above ${Number(least) / 1000} for lines ${lines.map((line) => line.index).join(', ')}`, lines.map((line) => line.index)) : no(`no product has more than ${Number(least) / 1000} in stock`)
}
