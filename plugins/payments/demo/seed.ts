/**
 * Demo: Net 15/30/60 terms, Net 30 on the Wholesale group; per website a term method, a bank transfer and a card
 * through the test gateway (in process: no set-up); the core demo order paid by card (4242…), authorized and half
 * captured.
 */
import { createLocalReq } from 'payload'

import type { DemoContext } from '../../../src/kit'
import { authorizeCard } from '../checkout/authorize-card'
import { TEST_CARDS } from '../gateway/test-gateway/simulator'
import { runPaymentAction } from '../operations/payment-actions'
import { inOwnTransaction } from '../operations/transaction-scope'

const local = { overrideAccess: true, depth: 0 } as const

export async function seedPaymentsDemo(context: DemoContext): Promise<void> {
  const { payload } = context
  const terms = new Map<number, number>()
  for (const netDays of [15, 30, 60]) {
    terms.set(netDays, (await payload.create({ collection: 'payment-terms', data: { name: `Net ${netDays}`, code: `NET${netDays}`, netDays }, ...local })).id)
  }
  const wholesale = context.customerGroups.get('wholesale')
  if (wholesale !== undefined) await payload.update({ collection: 'customer-groups', id: wholesale, data: { paymentTerm: terms.get(30) }, ...local })
  let card: number | null = null
  for (const [code, website] of context.websites) {
    const methods = [
      { code: `${code}-terms`, name: 'Invoice (payment terms)', kind: 'paymentTerm' as const, sortOrder: 1 },
      { code: `${code}-bank-transfer`, name: 'Bank transfer', kind: 'offline' as const, sortOrder: 2, instructions: 'IBAN US00 BUREAU 0000 0000, reference: your order number' },
      { code: `${code}-card`, name: 'Card', kind: 'card' as const, gateway: 'test', sortOrder: 3 },
    ]
    for (const method of methods) {
      const created = await payload.create({ collection: 'payment-methods', data: { ...method, active: true, websites: [website as number] }, ...local })
      if (method.kind === 'card' && website === context.website) card = created.id
    }
  }
  // The core demo's order becomes the card-paid one (another order would change what the other demos count)
  const [order] = (await payload.find({ collection: 'orders', sort: 'createdAt', limit: 1, ...local })).docs
  if (card === null || !order) return
  await payload.update({ collection: 'orders', id: order.id, data: { paymentMethod: 'card', selectedPaymentMethod: card }, ...local })
  const req = await createLocalReq({}, payload)
  const customer = typeof order.customer === 'object' ? order.customer.id : order.customer
  await inOwnTransaction(req, (txReq) =>
    authorizeCard(txReq, { id: order.id, orderNumber: order.orderNumber ?? null, customer, currency: order.currency, grandTotal: order.grandTotal ?? 0 }, 'test', { cardNumber: TEST_CARDS.approve }),
  )
  await runPaymentAction(req, { order: order.id, action: 'capture', amount: Math.floor((order.grandTotal ?? 0) / 2), reason: 'Demo: first shipment' })
}
