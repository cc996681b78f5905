/**
 * The payments integration tests' world: the test gateway served over HTTP, the app with a probe plugin recording the
 * payment events the plugin emits, staff, customers with and without terms, and payment methods.
 */
import type { DataFromCollectionSlug, Plugin } from 'payload'

import { subscribeToDomainEvent } from '../../../../src/kit'
import { ORDER_PAYMENT_FAILED, ORDER_REFUNDED, type OrderPaymentFailed, type OrderRefunded } from '../../../../collections/sales/order-events'
import { createCustomerWorld } from '../../../../test/helpers/customer-world'
import { ADMIN, createCommerceBasics, createStaff } from '../../../../test/helpers/fixtures'
import { startTestApp } from '../../../../test/helpers/payload'
import { startTestGatewayServer } from '../../../../test/helpers/test-gateway-server'

export type Order = DataFromCollectionSlug<'orders'>
export type Transaction = DataFromCollectionSlug<'payment-transactions'>
export const WEBHOOK_SECRET = 'whsec-test-payments'
const local = { overrideAccess: true, depth: 0 } as const

/** What the probe saw, in delivery order (jobs run through drainJobs). */
export type SeenEvents = { refunded: OrderRefunded[]; paymentFailed: OrderPaymentFailed[] }

function eventProbe(seen: SeenEvents): Plugin {
  return (config) => {
    subscribeToDomainEvent(config, { event: ORDER_REFUNDED, name: 'test-probe:refunded', handler: ({ data }) => void seen.refunded.push(data) })
    subscribeToDomainEvent(config, { event: ORDER_PAYMENT_FAILED, name: 'test-probe:payment-failed', handler: ({ data }) => void seen.paymentFailed.push(data) })
    return config
  }
}

export async function startPaymentsWorld() {
  const gateway = await startTestGatewayServer()
  Object.assign(process.env, { PAYMENTS_TEST_GATEWAY_URL: gateway.url, PAYMENTS_TEST_GATEWAY_SECRET: WEBHOOK_SECRET })
  const seen: SeenEvents = { refunded: [], paymentFailed: [] }
  const app = await startTestApp({ extraPlugins: [eventProbe(seen)] })
  const staff = await createStaff(app.payload)
  const basics = await createCommerceBasics(app.payload)
  const world = await createCustomerWorld(app.payload)
  const net30 = await app.payload.create({ collection: 'payment-terms', data: { name: 'Net 30', code: 'NET30', netDays: 30 }, ...local })
  const trade = await app.payload.create({ collection: 'customer-groups', data: { name: 'Trade', code: 'trade', paymentTerm: net30.id }, ...local })
  // East buys on its group's Net 30; Acme (basics) and Contoso have no term
  await app.payload.update({ collection: 'customers', id: world.customers.east.id, data: { group: trade.id }, ...local })
  const method = (code: string, kind: 'card' | 'offline' | 'paymentTerm', extra: Record<string, unknown> = {}) =>
    app.payload.create({ collection: 'payment-methods', data: { code, name: code, kind, active: true, websites: [basics.website.id], ...extra } as never, ...local })
  const methods = {
    card: await method('card', 'card', { gateway: 'test' }),
    transfer: await method('bank-transfer', 'offline'),
    terms: await method('terms', 'paymentTerm'),
    retired: await method('retired-cash', 'offline', { active: false }),
  }
  const token = await app.login(ADMIN.email, ADMIN.password)
  return {
    app,
    gateway,
    seen,
    staff,
    basics,
    world,
    net30,
    methods,
    token,
    close: async () => {
      await app.close()
      await gateway.close()
      delete process.env.PAYMENTS_TEST_GATEWAY_URL
      delete process.env.PAYMENTS_TEST_GATEWAY_SECRET
    },
  }
}

export type PaymentsWorld = Awaited<ReturnType<typeof startPaymentsWorld>>
