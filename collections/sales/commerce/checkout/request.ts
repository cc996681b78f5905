/**
 * The checkout request: the cart-preview body (CONTRACT `POST /api/commerce/price`) plus `paymentMethod`, and the
 * `Idempotency-Key` header. Shape checks only, each naming its field; the order's own validation and the calculation
 * check the rest (products, quantities, coupons) in the order's transaction.
 */
import { validationError, type FieldIssue, type Id } from '../../../../src/kit'

export type CheckoutLine = { product: Id; variant: Id | null; quantity: unknown }
export type CheckoutRequest = {
  customer: Id | null
  website: Id | null
  currency: string | null
  lines: CheckoutLine[]
  /** as sent (absent: null); the core's kinds are checked in place-order.ts unless a payments plugin handles it */
  paymentMethod: string | number | null
  /** the body as sent, for the inputs plugins declare (coupons, shippingMethod, addresses) */
  body: Record<string, unknown>
}

/** Ids arrive as numbers (REST) or numeric strings (GraphQL ID, query strings); documents have numeric ids. */
const asId = (value: unknown): Id => (typeof value === 'string' ? Number(value) : (value as Id))
const isId = (value: unknown): value is Id => (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) || (typeof value === 'string' && /^\d{1,12}$/.test(value))

/** A key is 1-255 visible ASCII characters (Stripe and the IETF draft allow the same). */
export function readIdempotencyKey(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null
  if (!/^[\x21-\x7e]{1,255}$/.test(value)) throw validationError([{ path: 'Idempotency-Key', message: 'Must be 1-255 visible ASCII characters' }], 'orders')
  return value
}

export function readCheckoutRequest(raw: unknown): CheckoutRequest {
  const body = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {}
  const issues: FieldIssue[] = []
  const optionalId = (name: string): Id | null => {
    const value = body[name]
    if (value === undefined || value === null) return null
    if (!isId(value)) issues.push({ path: name, message: 'Must be an id' })
    return isId(value) ? asId(value) : null
  }
  const customer = optionalId('customer')
  const website = optionalId('website')
  const currency = body.currency === undefined || body.currency === null ? null : typeof body.currency === 'string' ? body.currency : (issues.push({ path: 'currency', message: 'Must be an ISO 4217 code' }), null)
  const rawLines = Array.isArray(body.lines) ? body.lines : []
  if (rawLines.length === 0) issues.push({ path: 'lines', message: 'At least one line is required' })
  if (rawLines.length > 500) issues.push({ path: 'lines', message: 'At most 500 lines' })
  const lines = rawLines.slice(0, 500).map((line: unknown, index): CheckoutLine => {
    const value = line && typeof line === 'object' ? (line as Record<string, unknown>) : {}
    if (!isId(value.product)) issues.push({ path: `lines.${index}.product`, message: 'Must be a product id' })
    if (value.variant !== undefined && value.variant !== null && !isId(value.variant)) issues.push({ path: `lines.${index}.variant`, message: 'Must be a variant id' })
    if (typeof value.quantity !== 'number' && typeof value.quantity !== 'string') issues.push({ path: `lines.${index}.quantity`, message: 'Required' })
    return { product: isId(value.product) ? asId(value.product) : 0, variant: isId(value.variant) ? asId(value.variant) : null, quantity: value.quantity }
  })
  const paymentMethod = body.paymentMethod ?? null
  const methodShape = paymentMethod === null || (typeof paymentMethod === 'string' && paymentMethod.length > 0 && paymentMethod.length <= 100) || isId(paymentMethod)
  if (!methodShape) issues.push({ path: 'paymentMethod', message: 'Must be a payment method' })
  if (issues.length) throw validationError(issues, 'orders')
  return { customer, website, currency, lines, paymentMethod: methodShape ? (paymentMethod as string | number | null) : null, body }
}
