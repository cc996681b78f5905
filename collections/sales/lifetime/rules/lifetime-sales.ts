/**
 * Lifetime sales value, the pure part: what one order counts for, and a customer's totals with its subsidiaries'.
 * No Payload import; the subscribers (../subscribers.ts) and the customer field (../customer-field.ts) load the rows
 * and call these.
 */
import { descendantsOf, type TreeId, type TreeNode } from '../../../../src/kit/tree'

/** What the ledger knows about one order, whatever order its events arrived in. Amounts in minor units. */
export type OrderSalesFacts = { placedTotal: number; refundedTotal: number; cancelled: boolean }

/**
 * What an order adds to its customer's lifetime sales: its grand total at placement less what was refunded, never
 * below zero; nothing once cancelled (a cancelled order that was also refunded is not taken off twice).
 */
export function orderContribution(facts: OrderSalesFacts): number {
  if (facts.cancelled) return 0
  return Math.max(0, facts.placedTotal - facts.refundedTotal)
}

/** One customer's own total in one currency, as stored. */
export type CustomerSalesTotal = { customer: TreeId; currency: string; amount: number }

/** What the customer view shows per currency: its own orders, and its own plus every subsidiary's below it. */
export type LifetimeSales = { currency: string; own: number; withSubsidiaries: number }

/**
 * The lifetime sales of `customer` per currency (sorted by code), rolled up over its whole subtree: children,
 * grandchildren and so on. `companies` must hold the subtree (more is fine); a currency nobody in it sold in is left
 * out.
 */
export function rollUpLifetimeSales(customer: TreeId, companies: readonly TreeNode[], totals: readonly CustomerSalesTotal[]): LifetimeSales[] {
  const self = String(customer)
  const subtree = new Set([self, ...descendantsOf(companies, customer).map(String)])
  const byCurrency = new Map<string, LifetimeSales>()
  for (const total of totals) {
    const who = String(total.customer)
    if (!subtree.has(who)) continue
    const row = byCurrency.get(total.currency) ?? { currency: total.currency, own: 0, withSubsidiaries: 0 }
    row.withSubsidiaries += total.amount
    if (who === self) row.own += total.amount
    byCurrency.set(total.currency, row)
  }
  return [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency))
}
