import { validationError } from '../../../src/kit'
import type { PaymentAction } from './payment-actions'

export type ActionInput = { amount?: number; reason: string | null }

/** The body of a capture, refund or void: `amount` (optional, whole minor units) and `reason` (required for refunds). */
export function readActionInput(action: PaymentAction, body: unknown): ActionInput {
  const value = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {}
  const issues = []
  const amount = value.amount
  if (amount !== undefined && amount !== null && (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount <= 0)) {
    issues.push({ path: 'amount', message: 'Must be a positive whole number of minor units' })
  }
  if (action === 'void' && amount !== undefined && amount !== null) issues.push({ path: 'amount', message: 'A void releases everything still held; capture less instead' })
  const reason = typeof value.reason === 'string' ? value.reason.trim() : ''
  if (value.reason !== undefined && value.reason !== null && typeof value.reason !== 'string') issues.push({ path: 'reason', message: 'Must be text' })
  if (reason.length > 500) issues.push({ path: 'reason', message: 'At most 500 characters' })
  if (action === 'refund' && !reason) issues.push({ path: 'reason', message: 'A refund needs a reason' })
  if (issues.length) throw validationError(issues, 'orders')
  return { amount: typeof amount === 'number' ? amount : undefined, reason: reason || null }
}
