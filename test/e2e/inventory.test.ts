/**
 * The inventory and checkout admin flow in headless Chromium against the real app (`next dev`, seeded demo): a
 * product's Inventory tab, a stock adjustment booked with a reason, the low-stock list, the transfer under way, and
 * a staff member placing an order for a customer through the checkout. Screenshots go to test-artifacts/e2e/.
 */
import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { projectRoot } from '../../src/db/resolve'
import { logInAsDemoAdmin } from '../helpers/admin-session'
import { CHROMIUM_ARGS } from '../setup/chromium'

const baseUrl = process.env.BUREAU_E2E_URL!
const screenshots = path.join(projectRoot, 'test-artifacts', 'e2e')
const FIRST_VISIT_MS = 180_000

let browser: Browser
let page: Page

type Level = { id: number; product: number; onHand: number; available: number; lowStock: boolean }

async function api<T>(pathAndQuery: string): Promise<T> {
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join('; ')
  const response = await fetch(`${baseUrl}/api/${pathAndQuery}`, { headers: { cookie } })
  expect(response.status).toBe(200)
  return (await response.json()) as T
}

const shot = (name: string) => page.screenshot({ path: path.join(screenshots, `inventory-${name}.png`), fullPage: true })

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true })
  browser = await chromium.launch({ executablePath: process.env.BUREAU_E2E_CHROMIUM, args: CHROMIUM_ARGS, headless: true })
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
  page.setDefaultTimeout(FIRST_VISIT_MS)
  await logInAsDemoAdmin(page, baseUrl)
})
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) await shot(`failed-${task.name.replace(/\W+/g, '-')}`)
})
afterAll(async () => {
  await browser?.close()
})

describe('inventory in the admin', () => {
  it('shows a product’s levels per warehouse on its Inventory tab', async () => {
    const { docs } = await api<{ docs: Level[] }>('inventory-levels?where[lowStock][equals]=true&depth=0&limit=1')
    expect(docs).toHaveLength(1)
    await page.goto(`${baseUrl}/admin/collections/products/${docs[0].product}`)
    // the edit view's tab button (the side nav has an "Inventory" group label too)
    const tab = page.locator('button.tabs-field__tab-button', { hasText: /^Inventory$/ })
    await tab.waitFor()
    await tab.click()
    await page.getByText('Main warehouse').first().waitFor()
    await page.getByText('East warehouse').first().waitFor()
    await shot('01-product-inventory-tab')
    // the first visit compiles the product edit view in `next dev`
  }, 2 * FIRST_VISIT_MS)

  it('books a stock adjustment with a reason from the level’s edit view', async () => {
    const { docs } = await api<{ docs: Level[] }>('inventory-levels?where[lowStock][equals]=false&depth=0&limit=1&sort=id')
    const level = docs[0]
    await page.goto(`${baseUrl}/admin/collections/inventory-levels/${level.id}`)
    await page.locator('input[name="adjust-quantity"]').fill('-2')
    await page.locator('input[name="adjust-reason"]').fill('Two found damaged on the shelf (e2e)')
    await shot('02-adjust-form')
    const booked = page.waitForResponse((response) => response.url().includes(`/api/inventory-levels/${level.id}/adjust`))
    await page.getByRole('button', { name: 'Book movement' }).click()
    expect((await booked).status()).toBe(201)
    await page.waitForLoadState('load')
    const after = await api<Level>(`inventory-levels/${level.id}?depth=0`)
    expect(after.onHand).toBe(level.onHand - 2)
    const ledger = await api<{ docs: Array<{ kind: string; reason: string; quantity: number }> }>(`stock-movements?where[level][equals]=${level.id}&sort=-id&limit=1`)
    expect(ledger.docs[0]).toMatchObject({ kind: 'adjustment', quantity: -2, reason: 'Two found damaged on the shelf (e2e)' })
  })

  it('lists low stock on the dashboard and requests a transfer from it', async () => {
    const { docs } = await api<{ docs: Array<Level & { warehouse: number; lowStockThreshold: number }> }>('inventory-levels?where[lowStock][equals]=true&depth=0&limit=1')
    const low = docs[0]
    const warehouse = await api<{ id: number; name: string }>(`warehouses/${low.warehouse}?depth=0`)
    await page.goto(`${baseUrl}/admin`)
    const row = page.locator(`.low-stock__row[data-level="${low.id}"]`)
    await row.waitFor()
    const cells = await row.locator('td').allInnerTexts()
    // warehouse, product, available, threshold, the request button
    expect(cells[0]).toBe(warehouse.name)
    expect(cells[2]).toBe(String(low.available))
    expect(cells[3]).toBe(String(low.lowStockThreshold))
    await shot('03-low-stock-list')
    const requested = page.waitForResponse((response) => response.url().endsWith('/api/stock-transfers') && response.request().method() === 'POST')
    await row.locator('.low-stock__request').click()
    expect((await requested).status()).toBe(201)
    await page.waitForURL((url) => /\/admin\/collections\/stock-transfers\/\d+$/.test(url.pathname))
    const id = page.url().split('/').pop()
    const transfer = await api<{ product: number; toWarehouse: number; status: string; quantity: number }>(`stock-transfers/${id}?depth=0`)
    expect(transfer).toMatchObject({ product: low.product, toWarehouse: warehouse.id, status: 'requested' })
    expect(transfer.quantity).toBeGreaterThan(0)
    await page.goto(`${baseUrl}/admin/collections/stock-transfers`)
    await page.getByText('Shipped').first().waitFor()
    await shot('04-transfers')
  })

  it('lets staff place an order for a customer through the checkout', async () => {
    const customers = await api<{ docs: Array<{ id: number }> }>('customers?where[code][equals]=NORTHWIND&depth=0')
    const levels = await api<{ docs: Level[] }>('inventory-levels?where[available][greater_than]=10&depth=0&limit=1&sort=id')
    await page.goto(`${baseUrl}/admin/collections/orders`)
    await page.getByRole('button', { name: 'Place order for a customer' }).click()
    await page.locator('input[name="place-order-customer"]').fill(String(customers.docs[0].id))
    await page.locator('textarea[name="place-order-lines"]').fill(`${levels.docs[0].product} × 2`)
    await shot('05-place-order')
    const placed = page.waitForResponse((response) => response.url().endsWith('/api/commerce/checkout'))
    await page.getByRole('button', { name: 'Place order', exact: true }).click()
    expect((await placed).status()).toBe(201)
    await page.waitForURL((url) => /\/admin\/collections\/orders\/\d+$/.test(url.pathname))
    const id = page.url().split('/').pop()
    const order = await api<{ customer: number; paymentMethod: string; lines: Array<{ quantity: number }> }>(`orders/${id}?depth=0`)
    expect(order).toMatchObject({ customer: customers.docs[0].id, paymentMethod: 'paymentTerm', lines: [{ quantity: 2 }] })
    await shot('06-order-placed')
  })
})
