import type { Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { getRegistry } from '../../../../src/kit'
import { checkoutPaymentHandler } from '../../../../collections/sales/commerce/checkout/payment'
import { collectionOf, expectAppends, expectDisabledLeavesConfig, fieldNames, literalConfig } from '../../../../test/helpers/plugin-config'
import { paymentsPlugin } from '../../index'

/** The literal core plus customer groups, which the plugin extends with a payment term. */
function withGroups(): Config {
  const config = literalConfig()
  config.collections = [...(config.collections ?? []), { slug: 'customer-groups', fields: [{ name: 'customer-groups-own-field', type: 'text' }] }]
  return config
}

describe('paymentsPlugin transforms the config', () => {
  it('appends its collections, order fields and endpoints, terms on customers and groups, subscribers and the checkout handler', async () => {
    const config = await expectAppends(paymentsPlugin(), withGroups())
    for (const slug of ['payment-terms', 'payment-methods', 'payment-transactions']) expect(collectionOf(config, slug)).toBeDefined()
    const orders = collectionOf(config, 'orders')
    expect(fieldNames(orders)).toEqual(['orders-own-field', 'selectedPaymentMethod', 'paymentTerm', 'paymentDueAt', 'paymentStatus', 'amountAuthorized', 'amountCaptured', 'amountRefunded', 'paymentPanel'])
    expect((orders?.endpoints || []).map((endpoint) => endpoint.path)).toEqual(['/orders-own', '/:id/capture', '/:id/refund', '/:id/void'])
    expect(orders?.admin?.defaultColumns).toContain('paymentStatus')
    expect(orders?.hooks?.beforeDelete?.length).toBe(1)
    expect(fieldNames(collectionOf(config, 'customers'))).toEqual(['customers-own-field', 'paymentTerm'])
    expect(fieldNames(collectionOf(config, 'customer-groups'))).toEqual(['customer-groups-own-field', 'paymentTerm'])
    expect(config.endpoints?.map((endpoint) => endpoint.path)).toContain('/payments/webhooks/:gateway')
    expect(getRegistry(config).eventSubscribers.map((subscriber) => [subscriber.event, subscriber.name, subscriber.effects])).toEqual([
      ['order.line.statusChanged', 'payments:capture-on-line-shipped', 'external'],
      ['order.statusChanged', 'payments:capture-on-order-shipped', 'external'],
      ['order.line.statusChanged', 'payments:refund-on-line-returned', 'external'],
    ])
    expect(checkoutPaymentHandler(config)?.plugin).toBe('payments')
  })

  it('captureOnShipment: false and refundOnReturn: false register no subscriber', async () => {
    const config = await paymentsPlugin({ captureOnShipment: false, refundOnReturn: false })(withGroups())
    expect(getRegistry(config).eventSubscribers).toEqual([])
  })

  it('a card method may name only a registered gateway', async () => {
    const config = await paymentsPlugin({ testGateway: false })(withGroups())
    const gateway = collectionOf(config, 'payment-methods')?.fields.find((field) => 'name' in field && field.name === 'gateway')
    const validate = gateway && 'validate' in gateway ? (gateway.validate as (value: unknown, options: { siblingData: Record<string, unknown> }) => unknown) : null
    expect(validate?.('test', { siblingData: { kind: 'card' } })).toMatch(/none registered/)
    expect(validate?.(undefined, { siblingData: { kind: 'offline' } })).toBe(true)
  })

  it('enabled: false leaves the config as it was', async () => {
    await expectDisabledLeavesConfig(paymentsPlugin({ enabled: false }))
  })
})
