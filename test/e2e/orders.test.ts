/**
 * The order view's actions in headless Chromium against the real app (`next dev`, seeded demo): the demo order
 * confirmed with its button, a line shipped from the lines table, another order cancelled with a reason, and the
 * timeline and the list's shipping status showing it. Screenshots go to test-artifacts/e2e/orders-*.png.
 */
import { describe, expect, it } from 'vitest'

import { DEMO_ADMIN } from '../../src/seed/demo-data'
import { FIRST_VISIT_MS, useAdminBrowser } from '../helpers/admin-browser'

type Line = { id: string; sku: string; status: string; product: number; variant: number | null; quantity: number }
type Order = { id: number; status: string; shippingStatus: string; customer: number; currency: string; lines: Line[]; statusHistory?: Array<{ from: string | null; to: string; reason: string | null; note: string | null; lineId: string | null }> }

const admin = useAdminBrowser('orders')

/** Clicks a button whose click reloads the page once the transition went through, and waits for that load. */
async function clickAndReload(name: string | RegExp) {
  const reloaded = admin.page.waitForEvent('load')
  await admin.page.getByRole('button', { name, exact: typeof name === 'string' }).click()
  await reloaded
}

describe('the order view', () => {
  it('confirms the demo order and ships one of its lines with the buttons', async () => {
    await admin.logIn(DEMO_ADMIN)
    const { docs } = await admin.api<{ docs: Order[] }>('orders?limit=1&depth=0&sort=id')
    const order = docs[0]
    expect(order.status).toBe('pending')
    await admin.page.goto(admin.url(`/admin/collections/orders/${order.id}`))
    await admin.page.locator('.order-actions').waitFor()
    // the lines table carries the totals, as money
    await expect.poll(() => admin.page.locator('[data-total="grandTotal"]').textContent(), { timeout: 60_000 }).toMatch(/^\$\d[\d,]*\.\d\d$/)
    await admin.screenshot('orders-01-pending')
    await clickAndReload('Confirm')
    expect((await admin.api<Order>(`orders/${order.id}?depth=0`)).status).toBe('confirmed')

    const first = order.lines[0]
    await admin.page.getByLabel(`Select ${first.sku}`).check()
    await clickAndReload('Ship')
    const shipped = await admin.api<Order>(`orders/${order.id}?depth=0`)
    expect(shipped.lines[0].status).toBe('shipped')
    expect(shipped.status).toBe(order.lines.length > 1 ? 'partiallyShipped' : 'shipped')
    expect(shipped.shippingStatus).toBe(order.lines.length > 1 ? 'partiallyShipped' : 'shipped')
    await admin.page.locator('.order-timeline__row').first().waitFor()
    await expect.poll(() => admin.page.locator('.order-timeline__row').allTextContents(), { timeout: 60_000 }).toEqual(
      expect.arrayContaining([expect.stringMatching(/Line .*: Pending → Shipped/), expect.stringMatching(/Order: Pending → Confirmed/)]),
    )
    await admin.screenshot('orders-02-confirmed-and-shipped')
  }, 3 * FIRST_VISIT_MS)

  it('cancels another order with a reason and shows it on the timeline', async () => {
    const { docs } = await admin.api<{ docs: Order[] }>('orders?limit=1&depth=0&sort=id')
    const model = docs[0]
    const created = await admin.api<{ doc: Order }>('orders', {
      method: 'POST',
      status: 201,
      body: { customer: model.customer, currency: model.currency, lines: [{ product: model.lines[0].product, variant: model.lines[0].variant, quantity: 1 }] },
    })
    const id = created.doc.id
    await admin.page.goto(admin.url(`/admin/collections/orders/${id}`))
    await admin.page.getByRole('button', { name: 'Cancel order', exact: true }).click()
    await admin.page.locator('select[name="transition-reason"]').first().selectOption('customerRequest')
    await admin.page.locator('input[name="transition-note"]').first().fill('Ordered twice by mistake (e2e)')
    await admin.screenshot('orders-03-cancel-with-reason')
    await clickAndReload('Cancel order now')
    const cancelled = await admin.api<Order>(`orders/${id}?depth=0`)
    expect(cancelled.status).toBe('cancelled')
    expect(cancelled.lines.map((line) => line.status)).toEqual(['cancelled'])
    expect(cancelled.statusHistory?.find((row) => row.to === 'cancelled' && !row.lineId)).toMatchObject({ reason: 'customerRequest', note: 'Ordered twice by mistake (e2e)' })
    await expect.poll(() => admin.page.locator('.order-timeline__row').first().textContent(), { timeout: 60_000 }).toMatch(/Pending → Cancelled · Customer request — Ordered twice by mistake \(e2e\)/)
    await admin.screenshot('orders-04-cancelled-timeline')
  }, 2 * FIRST_VISIT_MS)

  it('lists buyer, grand total as money and shipping status', async () => {
    await admin.page.goto(admin.url('/admin/collections/orders'))
    await admin.page.locator('.cell-shippingStatus').first().waitFor()
    const texts = await admin.page.locator('.cell-shippingStatus').allTextContents()
    expect(texts).toEqual(expect.arrayContaining([expect.stringMatching(/Partially shipped|Shipped/), 'Not shipped']))
    await expect.poll(() => admin.page.locator('.cell-grandTotal').first().textContent(), { timeout: 60_000 }).toMatch(/^\$\d[\d,]*\.\d\d$/)
    await admin.screenshot('orders-05-list')
  }, FIRST_VISIT_MS)
})
