/**
 * The local test gateway's behaviour (pure and stateless, so any number of app processes or test servers answer
 * alike): outcomes are decided by the card number at authorization, and the reference carries that decision.
 *
 *   4242 4242 4242 4242 (any other valid-looking number too) → approved
 *   4000 0000 0000 0002                                       → declined ("Your card was declined")
 *   4000 0000 0000 9995                                       → review: pending, decided later by a webhook
 *
 * Captures, refunds and voids succeed for any reference the simulator issued; amounts are checked by the plugin's
 * ledger, as a real gateway checks its own.
 */
import crypto from 'node:crypto'

import type { GatewayResult } from '../contract'

export const TEST_CARDS = { approve: '4242424242424242', decline: '4000000000000002', review: '4000000000009995' } as const

export type SimulatorOperation = 'initiate' | 'authorize' | 'capture' | 'void' | 'refund' | 'status'
export type SimulatorRequest = { amount?: unknown; currency?: unknown; cardNumber?: unknown; reference?: unknown; session?: unknown }
export type SimulatorAnswer = { httpStatus: number; body: GatewayResult | { error: string } }

const REFERENCE = /^tg_(auth|review|cap|ref|void|sess)_[0-9a-f]{16}$/
const newReference = (prefix: string) => `tg_${prefix}_${crypto.randomBytes(8).toString('hex')}`
const digits = (value: unknown) => (typeof value === 'string' ? value.replace(/[\s-]/g, '') : '')
const validAmount = (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value) && value > 0
const validCurrency = (value: unknown) => typeof value === 'string' && /^[A-Z]{3}$/.test(value)

const bad = (error: string): SimulatorAnswer => ({ httpStatus: 400, body: { error } })
const ok = (result: GatewayResult): SimulatorAnswer => ({ httpStatus: 200, body: result })

/** The decision for a card number, or null for something that is not a card number at all. */
export function cardOutcome(cardNumber: string): 'approve' | 'decline' | 'review' | null {
  if (!/^\d{12,19}$/.test(cardNumber)) return null
  if (cardNumber === TEST_CARDS.decline) return 'decline'
  if (cardNumber === TEST_CARDS.review) return 'review'
  return 'approve'
}

export function simulate(operation: SimulatorOperation, request: SimulatorRequest): SimulatorAnswer {
  const moneyMoves = operation === 'authorize' || operation === 'capture' || operation === 'refund' || operation === 'initiate'
  if (moneyMoves && (!validAmount(request.amount) || !validCurrency(request.currency))) return bad('amount and currency are required')
  const reference = typeof request.reference === 'string' ? request.reference : ''
  switch (operation) {
    case 'initiate':
      return ok({ status: 'succeeded', reference: newReference('sess') })
    case 'authorize': {
      const outcome = cardOutcome(digits(request.cardNumber))
      if (outcome === null) return bad('cardNumber is not a card number')
      if (outcome === 'decline') return ok({ status: 'failed', reference: newReference('auth'), error: 'Your card was declined' })
      if (outcome === 'review') return ok({ status: 'pending', reference: newReference('review') })
      return ok({ status: 'succeeded', reference: newReference('auth') })
    }
    case 'capture':
    case 'void':
      if (!/^tg_(auth|review)_/.test(reference) || !REFERENCE.test(reference)) return bad('unknown authorization')
      return ok({ status: 'succeeded', reference: newReference(operation === 'capture' ? 'cap' : 'void') })
    case 'refund':
      if (!/^tg_cap_/.test(reference) || !REFERENCE.test(reference)) return bad('unknown capture')
      return ok({ status: 'succeeded', reference: newReference('ref') })
    case 'status':
      if (!REFERENCE.test(reference)) return bad('unknown reference')
      return ok({ status: reference.startsWith('tg_review_') ? 'pending' : 'succeeded', reference })
  }
}

export const SIMULATOR_OPERATIONS: readonly SimulatorOperation[] = ['initiate', 'authorize', 'capture', 'void', 'refund', 'status']
