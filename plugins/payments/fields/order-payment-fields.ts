import type { Field } from 'payload'

import { moneyField, selectOptions, serverComputed } from '../../../src/kit'
import { PAYMENT_STATUSES } from '../rules/payment-status'
import { PAYMENT_METHODS, PAYMENT_TERMS } from '../collections/slugs'

const ORDER_CURRENCY = { documentCode: 'currency' } as const
const amount = (name: string, description: string) => {
  const field = serverComputed(moneyField({ name, description, currency: ORDER_CURRENCY }))
  return { ...field, defaultValue: 0, admin: { ...field.admin, position: 'sidebar' as const } }
}

/**
 * What the plugin adds to orders: the method and term chosen at checkout, and the payment status and amounts derived
 * from the ledger (written only by the plugin, under the order's lock: ledger/order-ledger.ts), plus the Payment
 * panel in the sidebar.
 */
export const orderPaymentFields: Field[] = [
  serverComputed({ name: 'selectedPaymentMethod', type: 'relationship', relationTo: PAYMENT_METHODS, admin: { position: 'sidebar' } }),
  serverComputed({ name: 'paymentTerm', type: 'relationship', relationTo: PAYMENT_TERMS, admin: { position: 'sidebar' } }),
  serverComputed({ name: 'paymentDueAt', type: 'date', admin: { position: 'sidebar', description: 'Placed + the term’s net days' } }),
  serverComputed({ name: 'paymentStatus', type: 'select', defaultValue: 'unpaid', index: true, options: selectOptions(PAYMENT_STATUSES), admin: { position: 'sidebar' } }),
  amount('amountAuthorized', 'Held on the card and not voided'),
  amount('amountCaptured', 'Taken (or received, offline)'),
  amount('amountRefunded', 'Given back'),
  {
    name: 'paymentPanel',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '/plugins/payments/components/payment-panel#PaymentPanel' } },
  },
]

/** `paymentTerm` on customers and on customer groups; a customer without one uses its group's. */
export const termField = (description: string): Field => ({ name: 'paymentTerm', type: 'relationship', relationTo: PAYMENT_TERMS, admin: { description } })
