/**
 * How a checkout is paid. Without a payments plugin: on the customer's payment term (invoice later), or offline
 * (bank transfer, cash on delivery), recorded on the order (`paymentMethod`).
 *
 * The seam: a payments plugin registers one `CheckoutPaymentHandler` (registerCheckoutPayment). The checkout then
 * hands it the body's `paymentMethod` and `payment` before the order is created (`plan`: validate, say which kind to
 * record and which extra order fields to write), and calls the plan's `settle` inside the order's transaction once
 * the order exists (authorize a card). A refusal from `settle` commits the order as it is (the plugin has recorded the
 * failed attempt) and answers the refusal's status naming its field.
 */
import type { Config, PayloadRequest, SanitizedConfig } from 'payload'

import type { Id } from '../../../../src/kit'

export const PAYMENT_METHODS = ['paymentTerm', 'offline'] as const
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

export const DEFAULT_PAYMENT_METHOD: PaymentMethod = 'paymentTerm'

export const isPaymentMethod = (value: unknown): value is PaymentMethod => PAYMENT_METHODS.includes(value as PaymentMethod)

/** The buyer as the checkout resolved it. */
export type CheckoutPayer = { customer: Id; website: Id | null; currency: string | null }

/** What the placed order looks like to `settle`. */
export type PlacedOrderFacts = { id: Id; orderNumber: string | null; customer: Id; currency: string; grandTotal: number }

export type CheckoutPaymentOutcome = { accepted: true } | { accepted: false; status: number; path: string; message: string }

export type CheckoutPaymentPlan = {
  /** the order's `paymentMethod` value (a kind: paymentTerm, offline, or one the plugin adds) */
  paymentMethod: string
  /** further order fields the plugin declared (the method chosen, the term) */
  orderData?: Record<string, unknown>
  /** inside the checkout's transaction, after the order was created */
  settle?: (req: PayloadRequest, order: PlacedOrderFacts) => Promise<CheckoutPaymentOutcome>
}

export type CheckoutPaymentHandler = {
  plugin: string
  /** validates `paymentMethod` / `payment` from the body (throw a 400 naming the field) and plans the payment */
  plan: (req: PayloadRequest, body: Record<string, unknown>, payer: CheckoutPayer) => Promise<CheckoutPaymentPlan>
}

type WithCustom = Pick<Config, 'custom'> | Pick<SanitizedConfig, 'custom'>

/** One handler per config: a second registration fails at boot. */
export function registerCheckoutPayment(config: Config, handler: CheckoutPaymentHandler): void {
  const custom = (config.custom ??= {}) as { checkoutPayment?: CheckoutPaymentHandler }
  if (custom.checkoutPayment) throw new Error(`Plugin "${handler.plugin}" registers checkout payments, but "${custom.checkoutPayment.plugin}" already did`)
  custom.checkoutPayment = handler
}

export const checkoutPaymentHandler = (config: WithCustom): CheckoutPaymentHandler | undefined =>
  (config.custom as { checkoutPayment?: CheckoutPaymentHandler } | undefined)?.checkoutPayment
