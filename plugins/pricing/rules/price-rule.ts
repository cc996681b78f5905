/**
 * Price rules (Oro's price rules, Virto's dynamic pricing), pure: a list generates prices from a source (another
 * list's prices, the product's base or cost price) with `× multiply + add`, rounded half-up to a precision, for the
 * products a condition selects; a rule may not depend on its own list, directly or through other lists.
 */
import { parseDecimal, PRICE_SCALE, rescale, type Id } from '../../../src/kit'

export type Formula = { multiply: string; add: string; precision: number }

/**
 * The generated price (scaled by 10^PRICE_SCALE) of a source price (same scale): source × multiply + add, rounded
 * half-up to `precision` decimals; null when the result is negative (no price rather than a negative one).
 */
export function applyFormula(source: bigint, formula: Formula): bigint | null {
  const exact = source * parseDecimal(formula.multiply, PRICE_SCALE) + rescale(parseDecimal(formula.add, PRICE_SCALE), PRICE_SCALE, PRICE_SCALE * 2)
  const rounded = rescale(rescale(exact, PRICE_SCALE * 2, formula.precision), formula.precision, PRICE_SCALE)
  return rounded < 0n ? null : rounded
}

/** What a condition reads of a product; `attributeKeys` are its attribute values as the catalog keys them (`code:value`). */
export type ProductFacts = { sku: string; brand: Id | null; family: Id | null; categoryPaths: readonly string[]; attributeKeys?: readonly string[] }
/**
 * Empty criteria select everything; each given criterion must hold (any of its values). `attributeValues` are
 * `code:value` keys: values of one attribute are alternatives, several attributes must all hold
 * (`thread-size:m4`, `thread-size:m6`, `material:steel` = an M4 or M6 thread, and steel).
 */
export type Condition = { categoryPaths: readonly string[]; brands: readonly Id[]; families: readonly Id[]; skus: readonly string[]; attributeValues?: readonly string[] }

const inSubtree = (path: string, root: string) => path === root || path.startsWith(`${root}/`)

/** The attribute code of a `code:value` key (the catalog's attribute codes contain no colon). */
const attributeCode = (key: string) => key.slice(0, key.indexOf(':'))

function matchesAttributes(keys: readonly string[], wanted: readonly string[]): boolean {
  const byAttribute = new Map<string, string[]>()
  for (const key of wanted.map((value) => value.trim())) byAttribute.set(attributeCode(key), [...(byAttribute.get(attributeCode(key)) ?? []), key])
  const held = new Set(keys)
  return [...byAttribute.values()].every((alternatives) => alternatives.some((key) => held.has(key)))
}

export function matchesCondition(product: ProductFacts, condition: Condition): boolean {
  const has = (ids: readonly Id[], id: Id | null) => id !== null && ids.some((candidate) => String(candidate) === String(id))
  return (
    (!condition.categoryPaths.length || product.categoryPaths.some((path) => condition.categoryPaths.some((root) => inSubtree(path, root)))) &&
    (!condition.brands.length || has(condition.brands, product.brand)) &&
    (!condition.families.length || has(condition.families, product.family)) &&
    (!condition.skus.length || condition.skus.some((sku) => sku.trim().toUpperCase() === product.sku.toUpperCase())) &&
    (!condition.attributeValues?.length || matchesAttributes(product.attributeKeys ?? [], condition.attributeValues))
  )
}

/**
 * The cycle a list's rule would close if `list` took its prices from `source`, given every other list's source
 * (`sources`: list → the list its rule reads, or null): the lists from `list` back to itself, or null when none.
 */
export function ruleCycle(sources: ReadonlyMap<string, string | null>, list: Id, source: Id | null): string[] | null {
  const path = [String(list)]
  const seen = new Set<string>()
  let next = source === null ? null : String(source)
  while (next !== null) {
    path.push(next)
    if (next === String(list)) return path
    if (seen.has(next)) return null
    seen.add(next)
    next = sources.get(next) ?? null
  }
  return null
}
