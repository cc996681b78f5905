/**
 * Capture, refund and void on an order: under the order's row lock, check the ledger's room (rules/limits.ts), ask the
 * gateway, write the ledger row and the order's derived payment fields, and emit `order.refunded` /
 * `order.paymentFailed`, all in one transaction. The lock is held across the gateway call, so concurrent requests on
 * one order run one after the other and the second sees the first's row.
 *
 * Orders paid offline or on a term have no gateway authorization: "capture" records money received (at most the grand
 * total), "refund" money given back, without a gateway.
 */
import { APIError, NotFound, type PayloadRequest } from 'payload'

import { emitDomainEvent, validationError, type Id } from '../../../src/kit'
import { ORDER_PAYMENT_FAILED, ORDER_REFUNDED } from '../../../collections/sales/order-events'
import { GatewayUnavailableError, type GatewayAdapter, type GatewayResult } from '../gateway/contract'
import { gatewayNamed } from '../gateway/gateways'
import { ledgerOf, lockOrder, recordTransaction, refreshOrderPayment, totalsOf, type LockedOrder, type Transaction } from '../ledger/order-ledger'
import { checkCapture, checkRefund, checkVoid, type AmountCheck } from '../rules/limits'
import type { PaymentTotals } from '../rules/payment-status'
import { inOwnTransaction } from './transaction-scope'

export type PaymentAction = 'capture' | 'refund' | 'void'
export type ActionRequest = {
  order: Id
  action: PaymentAction
  amount?: number
  /**
   * The amount from the ledger's totals, worked out under the order's lock (capture on shipment, refund on return), so
   * a concurrent capture or refund never makes it ask for more than is left; 0 or less: nothing to do.
   */
  amountFor?: (totals: PaymentTotals) => number
  reason?: string | null
  user?: Id | null
}
export type ActionResult = { transactions: Transaction[]; payment: PaymentTotals & { status: string } }

/** A refused gateway call: the failed row is committed, the request answers 402. */
export class PaymentDeclinedError extends APIError {
  constructor(message: string, path: string) {
    super(message, 402, { errors: [{ path, message }] }, true)
  }
}

const conflict = (message: string, left?: number) => new APIError(message, 409, { errors: [{ path: 'amount', message, ...(left === undefined ? {} : { left }) }] }, true)

function refuse(check: Extract<AmountCheck, { ok: false }>): never {
  if (check.status === 400) throw validationError([{ path: 'amount', message: check.message }], 'orders')
  throw conflict(check.message, check.left)
}

const authorizations = (rows: readonly Transaction[]) => rows.filter((row) => row.kind === 'authorize' && row.status === 'succeeded' && row.gateway && row.gatewayReference)

/** What is left of each gateway capture to refund, newest first. */
function refundableCaptures(rows: readonly Transaction[]): Array<{ row: Transaction; left: number }> {
  const refunded = new Map<string, number>()
  for (const row of rows) if (row.kind === 'refund' && row.status === 'succeeded' && row.parentReference) refunded.set(row.parentReference, (refunded.get(row.parentReference) ?? 0) + row.amount)
  return rows
    .filter((row) => row.kind === 'capture' && row.status === 'succeeded' && row.gateway && row.gatewayReference)
    .map((row) => ({ row, left: row.amount - (refunded.get(row.gatewayReference ?? '') ?? 0) }))
    .filter((entry) => entry.left > 0)
    .reverse()
}

async function callGateway(name: string, call: (adapter: GatewayAdapter) => Promise<GatewayResult>, payload: PayloadRequest['payload']): Promise<GatewayResult> {
  const adapter = gatewayNamed(payload, name)
  if (!adapter) throw new APIError(`The gateway "${name}" is not configured`, 503, undefined, true)
  try {
    return await call(adapter)
  } catch (error) {
    if (error instanceof GatewayUnavailableError) throw new APIError('The payment gateway is unavailable; nothing was changed, try again', 503, undefined, true)
    throw error
  }
}

async function failed(req: PayloadRequest, order: LockedOrder, amount: number, reason: string) {
  await emitDomainEvent(req, ORDER_PAYMENT_FAILED, { orderId: order.id, orderNumber: order.orderNumber, customer: order.customer, currency: order.currency, amount, reason })
}

async function capture(req: PayloadRequest, order: LockedOrder, rows: Transaction[], request: ActionRequest): Promise<Transaction[]> {
  const held = authorizations(rows)
  const totals = totalsOf(rows)
  const manual = held.length === 0 && (order.paymentMethod === 'offline' || order.paymentMethod === 'paymentTerm')
  // money received for an offline or term order: at most the grand total
  const check = checkCapture(manual ? { ...totals, authorized: Math.max(totals.authorized, order.grandTotal) } : totals, request.amount)
  if (!check.ok) refuse(check)
  const base = { order: order.id, kind: 'capture' as const, amount: check.amount, currency: order.currency, reason: request.reason ?? null, user: request.user ?? null }
  if (manual) return [await recordTransaction(req, { ...base, status: 'succeeded' })]
  const authorization = held[held.length - 1]
  const gateway = authorization.gateway as string
  const answer = await callGateway(gateway, (adapter) => adapter.capture({ amount: check.amount, currency: order.currency, reference: authorization.gatewayReference as string }), req.payload)
  const row = await recordTransaction(req, { ...base, status: answer.status, gateway, gatewayReference: answer.reference, parentReference: authorization.gatewayReference, error: answer.error ?? null })
  if (answer.status === 'failed') await failed(req, order, check.amount, answer.error ?? 'Capture refused by the gateway')
  return [row]
}

async function refund(req: PayloadRequest, order: LockedOrder, rows: Transaction[], request: ActionRequest): Promise<Transaction[]> {
  const check = checkRefund(totalsOf(rows), request.amount)
  if (!check.ok) refuse(check)
  const base = { order: order.id, kind: 'refund' as const, currency: order.currency, reason: request.reason ?? null, user: request.user ?? null }
  const written: Transaction[] = []
  let left = check.amount
  // gateway captures first (newest first), then money recorded without a gateway
  for (const { row: captured, left: room } of refundableCaptures(rows)) {
    if (left === 0) break
    const amount = Math.min(left, room)
    const gateway = captured.gateway as string
    let answer: GatewayResult
    try {
      answer = await callGateway(gateway, (adapter) => adapter.refund({ amount, currency: order.currency, reference: captured.gatewayReference as string }), req.payload)
    } catch (error) {
      // An earlier gateway refund of this request went through and cannot be rolled back: keep it, record the rest
      // as failed (the request answers 402), never a ledger missing money that moved.
      if (written.length === 0 || !(error instanceof APIError && error.status === 503)) throw error
      written.push(await recordTransaction(req, { ...base, amount: left, status: 'failed', gateway, parentReference: captured.gatewayReference, error: 'The payment gateway is unavailable' }))
      return written
    }
    written.push(await recordTransaction(req, { ...base, amount, status: answer.status, gateway, gatewayReference: answer.reference, parentReference: captured.gatewayReference, error: answer.error ?? null }))
    if (answer.status !== 'succeeded') return written
    left -= amount
  }
  if (left > 0) written.push(await recordTransaction(req, { ...base, amount: left, status: 'succeeded' }))
  return written
}

async function voidAuthorization(req: PayloadRequest, order: LockedOrder, rows: Transaction[], request: ActionRequest): Promise<Transaction[]> {
  const held = authorizations(rows)
  const check = held.length ? checkVoid(totalsOf(rows)) : ({ ok: false, status: 409, message: 'No card authorization to void', left: 0 } as const)
  if (!check.ok) refuse(check)
  const authorization = held[held.length - 1]
  const gateway = authorization.gateway as string
  const answer = await callGateway(gateway, (adapter) => adapter.void({ reference: authorization.gatewayReference as string }), req.payload)
  return [
    await recordTransaction(req, {
      order: order.id, kind: 'void', amount: check.amount, currency: order.currency, status: answer.status, gateway, gatewayReference: answer.reference,
      parentReference: authorization.gatewayReference, error: answer.error ?? null, reason: request.reason ?? null, user: request.user ?? null,
    }),
  ]
}

const ACTIONS = { capture, refund, void: voidAuthorization }

/** Runs one action in its own transaction; 404 unknown order, 400/409 naming `amount`, 402 when the gateway refuses. */
export async function runPaymentAction(req: PayloadRequest, request: ActionRequest): Promise<ActionResult> {
  let declined: PaymentDeclinedError | null = null
  const result = await inOwnTransaction(req, async (txReq) => {
    const order = await lockOrder(txReq, request.order)
    if (!order) throw new NotFound(req.t)
    const rows = await ledgerOf(txReq, order.id)
    const amount = request.amountFor ? request.amountFor(totalsOf(rows)) : request.amount
    if (request.amountFor && (amount ?? 0) <= 0) return { transactions: [], payment: await refreshOrderPayment(txReq, order) }
    const transactions = await ACTIONS[request.action](txReq, order, rows, { ...request, amount })
    const payment = await refreshOrderPayment(txReq, order)
    const refunded = transactions.filter((row) => row.kind === 'refund' && row.status === 'succeeded').reduce((sum, row) => sum + row.amount, 0)
    if (refunded > 0) await emitDomainEvent(txReq, ORDER_REFUNDED, { orderId: order.id, orderNumber: order.orderNumber, customer: order.customer, currency: order.currency, amount: refunded })
    const refusedRow = transactions.find((row) => row.status === 'failed')
    if (refusedRow) declined = new PaymentDeclinedError(refusedRow.error ?? `The gateway refused the ${request.action}`, 'amount')
    return { transactions, payment }
  })
  if (declined) throw declined
  return result
}
