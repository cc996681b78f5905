import type { Config, Plugin } from 'payload'

import { extendCollection, registerCustomerFact, registerDemoSeed, selectOptions, subscribeToDomainEvent } from '../../src/kit'
import { ORDER_LINE_STATUS_CHANGED, ORDER_STATUS_CHANGED } from '../../collections/sales/order-events'
import { registerCheckoutPayment } from '../../collections/sales/commerce/checkout/payment'
import { paymentTermFact, planPayment } from './checkout/plan-payment'
import { PaymentMethods } from './collections/payment-methods'
import { PaymentTerms } from './collections/payment-terms'
import { PaymentTransactions } from './collections/payment-transactions'
import { seedPaymentsDemo } from './demo/seed'
import { orderPaymentEndpoints } from './endpoints/order-actions'
import { webhookEndpoint } from './endpoints/webhook'
import { orderPaymentFields, termField } from './fields/order-payment-fields'
import { keepOrdersWithPayments } from './hooks/keep-orders-with-payments'
import type { GatewayAdapter } from './gateway/contract'
import { storeGateways } from './gateway/gateways'
import { testGatewayAdapter } from './gateway/test-gateway/adapter'
import { paymentMutations } from './graphql/mutations'
import { PAYMENT_METHOD_KINDS } from './rules/method-kinds'
import { captureOnLineShipped, captureOnOrderShipped } from './subscribers/capture-on-shipment'
import { refundOnLineReturned } from './subscribers/refund-on-return'

export type { CardInput, GatewayAdapter, GatewayResult, GatewayWebhookEvent } from './gateway/contract'
export { GatewayUnavailableError } from './gateway/contract'
export { testGatewayAdapter } from './gateway/test-gateway/adapter'

export type PaymentsPluginOptions = {
  /** false removes the plugin: no payment collections, the checkout keeps the core's paymentTerm / offline. @default true */
  enabled?: boolean
  /**
   * Gateway adapters by name (the extension point: implement `GatewayAdapter`); a card payment method names one.
   * Added to the built-in `test` gateway (test-gateway/adapter.ts) unless `testGateway` is false.
   * @default {}
   */
  gateways?: Record<string, GatewayAdapter>
  /** Register the local test gateway as `test` (deterministic outcomes by card number). @default true */
  testGateway?: boolean
  /** Lines shipped capture their total; the order shipped or completed captures the rest. @default true */
  captureOnShipment?: boolean
  /** A line returned refunds its total (at most what was captured). @default true */
  refundOnReturn?: boolean
  /**
   * The checkout still accepts the core's `paymentTerm` and `offline` for `paymentMethod` (clients written before the
   * plugin), recorded without a payment-method record and without the term check; false: only payment methods.
   * @default true
   */
  acceptCoreKinds?: boolean
  /** How often the job runner retries a shipment capture or return refund that failed to reach the gateway. @default 5 */
  retries?: number
}

type Extension = NonNullable<NonNullable<Config['graphQL']>['mutations']>
const chain = (previous: Extension | undefined, added: Extension): Extension => (graphQL, context) => ({ ...previous?.(graphQL, context), ...added(graphQL, context) })

/**
 * Payment methods and terms, gateway adapters with a local test gateway, the payment ledger, the order's derived
 * payment status, card authorization at checkout, capture / refund / void (REST and GraphQL), webhooks, capture on
 * shipment and refund on return (README.md).
 */
export const paymentsPlugin =
  (options: PaymentsPluginOptions = {}): Plugin =>
  (incoming) => {
    if (options.enabled === false) return incoming
    const gateways = { ...(options.testGateway === false ? {} : { test: testGatewayAdapter() }), ...options.gateways }
    let config = extendCollection(incoming, 'payments', 'orders', {
      fields: orderPaymentFields,
      endpoints: orderPaymentEndpoints,
      hooks: { beforeDelete: [keepOrdersWithPayments] },
      modify: (orders) => ({
        ...orders,
        admin: { ...orders.admin, defaultColumns: withPaymentColumn(orders.admin?.defaultColumns) },
        // the core records paymentTerm | offline; card payments come with this plugin
        fields: orders.fields.map((field) =>
          'name' in field && field.name === 'paymentMethod' && field.type === 'select'
            ? { ...field, options: selectOptions(PAYMENT_METHOD_KINDS) }
            : field,
        ),
      }),
    })
    config = extendCollection(config, 'payments', 'customers', { fields: [termField('Invoice terms; empty: the customer group’s')] })
    config = extendCollection(config, 'payments', 'customer-groups', { fields: [termField('Invoice terms of the group’s customers that have none of their own')] })
    config.collections = [...(config.collections ?? []), PaymentTerms, PaymentMethods(Object.keys(gateways)), PaymentTransactions]
    config.endpoints = [...(config.endpoints ?? []), webhookEndpoint]
    config.graphQL = { ...config.graphQL, mutations: chain(config.graphQL?.mutations, paymentMutations) }
    storeGateways(config, gateways)
    const acceptCoreKinds = options.acceptCoreKinds ?? true
    registerCheckoutPayment(config, { plugin: 'payments', plan: (req, body, payer) => planPayment(req, body, payer, { acceptCoreKinds }) })
    // the buyer's term comes with the buyer's read
    registerCustomerFact(config, paymentTermFact)
    const retries = options.retries ?? 5
    if (options.captureOnShipment !== false) {
      subscribeToDomainEvent(config, { event: ORDER_LINE_STATUS_CHANGED, name: 'payments:capture-on-line-shipped', effects: 'external', retries, handler: captureOnLineShipped })
      subscribeToDomainEvent(config, { event: ORDER_STATUS_CHANGED, name: 'payments:capture-on-order-shipped', effects: 'external', retries, handler: captureOnOrderShipped })
    }
    if (options.refundOnReturn !== false) {
      subscribeToDomainEvent(config, { event: ORDER_LINE_STATUS_CHANGED, name: 'payments:refund-on-line-returned', effects: 'external', retries, handler: refundOnLineReturned })
    }
    registerDemoSeed(config, { name: 'payments:methods-and-card-order', plugin: 'payments', seed: seedPaymentsDemo })
    return config
  }

/** The orders list shows the payment status beside the grand total. */
function withPaymentColumn(columns: string[] | undefined): string[] {
  const base = columns ?? ['orderNumber', 'customer', 'status', 'grandTotal', 'currency', 'placedAt']
  if (base.includes('paymentStatus')) return base
  const at = base.indexOf('grandTotal')
  return at === -1 ? [...base, 'paymentStatus'] : [...base.slice(0, at + 1), 'paymentStatus', ...base.slice(at + 1)]
}
