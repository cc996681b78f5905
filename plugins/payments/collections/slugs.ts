/** The plugin's slugs (CONTRACT: payments). */
export const PAYMENT_METHODS = 'payment-methods'
export const PAYMENT_TERMS = 'payment-terms'
export const PAYMENT_TRANSACTIONS = 'payment-transactions'
