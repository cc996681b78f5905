/**
 * The ledger of one order, read and written inside the caller's transaction. `lockOrder` takes the order's row lock
 * (SELECT … FOR UPDATE): every capture, refund, void and webhook of an order holds it from reading the ledger until
 * its rows commit, so two concurrent requests never both see the same room (FACTS "Atomic updates").
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { DataFromCollectionSlug, PayloadRequest } from 'payload'

import { transactionOf, type Id } from '../../../src/kit'
import { PAYMENT_TRANSACTIONS } from '../collections/slugs'
import { paymentStatus, paymentTotals, type LedgerRow, type PaymentTotals, type TransactionKind, type TransactionStatus } from '../rules/payment-status'

export type Transaction = DataFromCollectionSlug<'payment-transactions'>
export type LockedOrder = { id: Id; orderNumber: string | null; customer: Id | null; currency: string; grandTotal: number; paymentMethod: string | null }

/** Locks the order's row until the transaction ends; null when there is no such order. */
export async function lockOrder(req: PayloadRequest, id: Id): Promise<LockedOrder | null> {
  const db = await transactionOf(req, 'locking an order for its payments')
  const locked = await db.execute(sql`select id from orders where id = ${Number(id)} for update`)
  if (locked.rows.length === 0) return null
  const order = await req.payload.findByID({ collection: 'orders', id, depth: 0, overrideAccess: true, req })
  return {
    id: order.id,
    orderNumber: order.orderNumber ?? null,
    customer: typeof order.customer === 'object' && order.customer !== null ? order.customer.id : (order.customer ?? null),
    currency: order.currency,
    grandTotal: order.grandTotal ?? 0,
    paymentMethod: (order as { paymentMethod?: string | null }).paymentMethod ?? null,
  }
}

export async function ledgerOf(req: PayloadRequest, order: Id): Promise<Transaction[]> {
  const found = await req.payload.find({ collection: PAYMENT_TRANSACTIONS, where: { order: { equals: order } }, sort: 'id', pagination: false, depth: 0, overrideAccess: true, req })
  return found.docs
}

export const totalsOf = (rows: readonly Transaction[]): PaymentTotals => paymentTotals(rows as unknown as LedgerRow[])

export type NewTransaction = {
  order: Id
  kind: TransactionKind
  status: TransactionStatus
  amount: number
  currency: string
  gateway?: string | null
  gatewayReference?: string | null
  parentReference?: string | null
  error?: string | null
  reason?: string | null
  user?: Id | null
  eventKey?: string | null
}

export const recordTransaction = (req: PayloadRequest, row: NewTransaction): Promise<Transaction> =>
  req.payload.create({ collection: PAYMENT_TRANSACTIONS, data: { ...row, order: Number(row.order), user: row.user === null || row.user === undefined ? null : Number(row.user) }, overrideAccess: true, depth: 0, req })

/**
 * Writes the order's derived payment fields from its ledger. Plain SQL on the order's own columns: a payment changes
 * no priced field, so the order's hooks (calculation, events, stock) must not run again.
 */
export async function refreshOrderPayment(req: PayloadRequest, order: LockedOrder): Promise<PaymentTotals & { status: string }> {
  const totals = totalsOf(await ledgerOf(req, order.id))
  const status = paymentStatus(totals, order.grandTotal)
  const db = await transactionOf(req, 'writing the order payment status')
  await db.execute(sql`update orders set payment_status = ${status}, amount_authorized = ${totals.authorized}, amount_captured = ${totals.captured},
    amount_refunded = ${totals.refunded} where id = ${Number(order.id)}`)
  return { ...totals, status }
}
