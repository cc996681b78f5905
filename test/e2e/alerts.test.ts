/**
 * The alerts admin in headless Chromium against the demo: the demo's alert rules are listed, and the demo order's
 * buyer confirmation (queued by the seed, delivered through the jobs endpoint) shows in the order's Notifications tab.
 */
import { describe, expect, it } from 'vitest'

import { DEMO_ADMIN } from '../../src/seed/demo-data'
import { FIRST_VISIT_MS, useAdminBrowser } from '../helpers/admin-browser'

type Listed<T> = { docs: T[]; totalDocs: number }
type NotificationRow = { recipient: string; status: string; channel: string; ruleKey: string | null }

const admin = useAdminBrowser('alerts')

/**
 * The e2e app runs no job runner (BUREAU_JOBS_AUTORUN=false): run the queued deliveries through Payload's jobs
 * endpoint (administrators only), a few at a time in the order they were queued (the demo queues a hundred — the
 * demo order's, early on, among them), until the confirmation is recorded.
 */
async function notificationsOf(orderId: number): Promise<NotificationRow[]> {
  const deadline = Date.now() + 240_000
  while (Date.now() < deadline) {
    await admin.api('/payload-jobs/run?queue=default&limit=3')
    const listed = await admin.api<Listed<NotificationRow>>(`/notifications?where[order][equals]=${orderId}&depth=0`)
    if (listed.docs.some((row) => row.ruleKey === 'default:order-confirmation')) return listed.docs
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`no order confirmation recorded for order ${orderId} within 240 s`)
}

describe('alerts in the admin', () => {
  it('lists the demo alert rules', { timeout: 2 * FIRST_VISIT_MS }, async () => {
    await admin.logIn(DEMO_ADMIN)
    await admin.page.goto(admin.url('/admin/collections/alert-rules'))
    await admin.page.getByText('Orders over $500 → Sales East manager (SMS)').waitFor()
    await admin.page.getByText('Low stock → purchasing').waitFor()
    await admin.screenshot('alerts-rules-list')
  })

  it('shows the demo order’s buyer confirmation in the order’s Notifications tab', { timeout: 2 * FIRST_VISIT_MS }, async () => {
    const [order] = (await admin.api<Listed<{ id: number; orderNumber: string }>>('/orders?sort=createdAt&limit=1&depth=0')).docs
    const rows = await notificationsOf(order.id)
    const confirmation = rows.find((row) => row.ruleKey === 'default:order-confirmation')!
    expect(confirmation).toMatchObject({ channel: 'email', status: 'sent' })
    await admin.page.goto(admin.url(`/admin/collections/orders/${order.id}`))
    await admin.page.getByRole('button', { name: 'Notifications' }).click()
    await admin.page.getByText(confirmation.recipient).first().waitFor()
    await admin.screenshot('alerts-order-notifications-tab')
  })
})
