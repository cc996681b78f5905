import { validationError } from '../../../src/kit'
import type { CardInput } from '../gateway/contract'

/** The card data of a checkout (`payment: { cardNumber, expiry?, cvc?, holder? }`): shape only; the gateway decides. */
export function readCard(payment: unknown): CardInput {
  const value = payment && typeof payment === 'object' && !Array.isArray(payment) ? (payment as Record<string, unknown>) : null
  const text = (name: string, pattern: RegExp) => {
    const raw = value?.[name]
    if (raw === undefined || raw === null) return undefined
    if (typeof raw !== 'string' || !pattern.test(raw.trim())) throw validationError([{ path: `payment.${name}`, message: 'Invalid' }], 'orders')
    return raw.trim()
  }
  const cardNumber = typeof value?.cardNumber === 'string' ? value.cardNumber.replace(/[\s-]/g, '') : ''
  if (!/^\d{12,19}$/.test(cardNumber)) throw validationError([{ path: 'payment.cardNumber', message: 'A card payment needs a card number (12-19 digits)' }], 'orders')
  return { cardNumber, expiry: text('expiry', /^\d{2}\/\d{2,4}$/), cvc: text('cvc', /^\d{3,4}$/), holder: text('holder', /^.{1,100}$/) }
}
