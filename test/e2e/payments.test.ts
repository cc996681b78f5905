/**
 * The order's Payment panel in headless Chromium against the real app (`next dev`, seeded demo, the test gateway in
 * process): the demo card order shows its status and amounts as money and its ledger; staff capture an amount they
 * type, and a capture over what is held is refused with the field named. Screenshots go to test-artifacts/e2e/.
 */
import { describe, expect, it } from 'vitest'

import { DEMO_ADMIN } from '../../src/seed/demo-data'
import { FIRST_VISIT_MS, useAdminBrowser } from '../helpers/admin-browser'

type Order = { id: number; orderNumber: string; grandTotal: number; paymentStatus: string; amountAuthorized: number; amountCaptured: number }

const admin = useAdminBrowser('payments')

/** How the admin shows USD in English (the demo order's currency): 123456 → "$1,234.56". */
const money = (minor: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(minor / 100)

async function demoCardOrder(): Promise<Order> {
  const { docs } = await admin.api<{ docs: Order[] }>('orders?where[paymentMethod][equals]=card&depth=0&limit=1')
  expect(docs).toHaveLength(1)
  return docs[0]
}

describe('the Payment panel', () => {
  it('shows the demo card order partly captured, as money, with its ledger', async () => {
    await admin.logIn(DEMO_ADMIN)
    const order = await demoCardOrder()
    expect(order.paymentStatus).toBe('partiallyPaid')
    await admin.page.goto(admin.url(`/admin/collections/orders/${order.id}`))
    const panel = admin.page.locator('.payment-panel')
    await panel.getByTestId('payment-status').getByText('Partially paid').waitFor()
    await expect.poll(() => panel.getByTestId('payment-authorized').textContent()).toBe(money(order.amountAuthorized))
    expect(await panel.getByTestId('payment-captured').textContent()).toBe(money(order.amountCaptured))
    expect(await panel.locator('.payment-panel__ledger tbody tr').count()).toBe(2)
    await admin.screenshot('payments-01-panel')
  }, FIRST_VISIT_MS)

  it('captures the 1.00 typed into the panel, then refuses more than is still held naming amount', async () => {
    const before = await demoCardOrder()
    const panel = admin.page.locator('.payment-panel')
    await panel.getByLabel('Payment amount').fill('1.00')
    await panel.getByRole('button', { name: 'Capture' }).click()
    await expect.poll(async () => (await demoCardOrder()).amountCaptured, { timeout: 60_000 }).toBe(before.amountCaptured + 100)
    await panel.getByTestId('payment-captured').getByText(money(before.amountCaptured + 100)).waitFor()
    expect(await panel.locator('.payment-panel__ledger tbody tr').count()).toBe(3)
    const held = before.amountAuthorized - before.amountCaptured - 100
    await panel.getByLabel('Payment amount').fill(((held + 1) / 100).toFixed(2))
    await panel.getByRole('button', { name: 'Capture' }).click()
    await panel.getByRole('alert').getByText(`amount: more than is left — at most ${money(held)}`).waitFor()
    expect((await demoCardOrder()).amountCaptured).toBe(before.amountCaptured + 100)
    await admin.screenshot('payments-02-captured')
  })

  it('shows the payment status in the orders list', async () => {
    await admin.page.goto(admin.url('/admin/collections/orders'))
    await admin.page.locator('table').getByText('Partially paid').first().waitFor()
    await admin.screenshot('payments-03-orders-list')
  }, FIRST_VISIT_MS)
})
