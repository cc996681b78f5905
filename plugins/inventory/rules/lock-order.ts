/**
 * The order in which an order's lines take their stock. Each reservation locks its level rows until the order
 * commits; two orders sharing products that took them in their own line order (A then B, B then A) could each wait
 * for the other, and PostgreSQL would break the deadlock by failing one. Taking lines by product, then variant (then
 * line number) gives every order the same order over the same levels (a line's warehouses go by priority, the same
 * for everyone), so they queue instead.
 */
type Keyed = { product: number | string | null; variant: number | string | null }

const compareIds = (a: number | string | null, b: number | string | null): number => {
  if (a === b) return 0
  if (a === null) return -1
  if (b === null) return 1
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return String(a).localeCompare(String(b))
}

/** Line indexes in lock order. */
export function reservationOrder(lines: readonly Keyed[]): number[] {
  return lines
    .map((line, index) => ({ line, index }))
    .sort((x, y) => compareIds(x.line.product, y.line.product) || compareIds(x.line.variant, y.line.variant) || x.index - y.index)
    .map(({ index }) => index)
}
