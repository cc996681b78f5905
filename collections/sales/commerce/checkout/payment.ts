/**
 * How a checkout is paid, until the payments issue adds `payment-methods` and gateways: on the customer's payment
 * term (invoice later), or offline (bank transfer, cash on delivery). The seam: the checkout records the method on
 * the order (`paymentMethod`); a gateway method will authorize here, inside the checkout's transaction.
 */
export const PAYMENT_METHODS = ['paymentTerm', 'offline'] as const
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

export const DEFAULT_PAYMENT_METHOD: PaymentMethod = 'paymentTerm'

export const isPaymentMethod = (value: unknown): value is PaymentMethod => PAYMENT_METHODS.includes(value as PaymentMethod)
