/**
 * Applies one order event to the lifetime sales ledger inside the delivery's transaction (FACTS "Atomic updates"):
 * 1. an upsert of the order's row that merges the event's fact (placed total, a refund, the cancellation) and
 *    takes the row's lock, so events of one order apply one after the other, in whatever order they arrive;
 * 2. the pure rule says what the order counts for now; the row keeps it in `counted`;
 * 3. the customer's total moves by the difference with one `INSERT … ON CONFLICT DO UPDATE SET amount = amount + Δ`,
 *    so concurrent orders of one customer never lose an update.
 * The kit's delivery ledger commits in the same transaction: each event counts once.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { transactionOf } from '../../../src/kit/database'
import type { Id } from '../../../src/kit/ids'
import { orderContribution } from './rules/lifetime-sales'

export type OrderSalesFact = { order: Id; customer: Id; currency: string } & (
  | { kind: 'placed'; grandTotal: number }
  | { kind: 'refunded'; amount: number }
  | { kind: 'cancelled' }
)

const whole = (value: number) => (Number.isSafeInteger(value) && value >= 0 ? value : 0)

export async function recordOrderSales(req: PayloadRequest, fact: OrderSalesFact): Promise<{ delta: number }> {
  const tx = await transactionOf(req, 'a lifetime sales change')
  const placed = fact.kind === 'placed' ? whole(fact.grandTotal) : 0
  const refund = fact.kind === 'refunded' ? whole(fact.amount) : 0
  const cancelled = fact.kind === 'cancelled'
  const merged = await tx.execute(sql`
    insert into lifetime_sales_orders (order_id, customer_id, currency, placed_total, refunded_total, cancelled, counted, updated_at, created_at)
    values (${Number(fact.order)}, ${Number(fact.customer)}, ${fact.currency}, ${placed}, ${refund}, ${cancelled}, 0, now(), now())
    on conflict (order_id) do update set
      placed_total = greatest(lifetime_sales_orders.placed_total, excluded.placed_total),
      refunded_total = lifetime_sales_orders.refunded_total + excluded.refunded_total,
      cancelled = lifetime_sales_orders.cancelled or excluded.cancelled,
      updated_at = now()
    returning customer_id, currency, placed_total, refunded_total, cancelled, counted`)
  const row = merged.rows[0]
  const now = orderContribution({ placedTotal: Number(row.placed_total), refundedTotal: Number(row.refunded_total), cancelled: row.cancelled === true })
  const delta = now - Number(row.counted)
  if (delta === 0) return { delta }
  await tx.execute(sql`update lifetime_sales_orders set counted = ${now} where order_id = ${Number(fact.order)}`)
  await tx.execute(sql`
    insert into lifetime_sales (customer_id, currency, amount, updated_at, created_at)
    values (${Number(row.customer_id)}, ${String(row.currency)}, ${delta}, now(), now())
    on conflict (customer_id, currency) do update set amount = lifetime_sales.amount + excluded.amount, updated_at = now()`)
  return { delta }
}
