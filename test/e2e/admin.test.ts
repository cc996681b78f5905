/**
 * The generated admin, driven in headless Chromium against the real app (`next dev` on a fresh seeded database):
 * a manager logs in with the demo login the README prints, opens the products list, creates a product through the
 * form, and the product is then there over REST; prices and order totals read and type as money ($1.99, not 199).
 * Screenshots go to test-artifacts/e2e/.
 */
import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser, type Locator, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { projectRoot } from '../../src/db/resolve'
import { formatMoney } from '../../src/kit/money-format'
import { logInAsDemoAdmin } from '../helpers/admin-session'
import { CHROMIUM_ARGS } from '../setup/chromium'

const baseUrl = process.env.BUREAU_E2E_URL!
const screenshots = path.join(projectRoot, 'test-artifacts', 'e2e')
// `next dev` compiles each admin route on its first visit, which takes a while on two cores.
const FIRST_VISIT_MS = 180_000

let browser: Browser
let page: Page

async function screenshot(name: string): Promise<string> {
  const file = path.join(screenshots, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  expect(fs.statSync(file).size).toBeGreaterThan(1000)
  return file
}

/**
 * Follows a list view's link by its address: a click that lands before the page has hydrated can be lost (seen on a
 * clean clone under load), while the address is already in the server-rendered HTML.
 */
async function openLink(link: Locator): Promise<void> {
  const href = await link.getAttribute('href')
  expect(href).toMatch(/^\/admin\/collections\/[a-z-]+\/\d+$/)
  await page.goto(`${baseUrl}${href}`)
}

/** A REST read with the logged-in admin's session. */
async function apiGet<T>(pathAndQuery: string): Promise<T> {
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join('; ')
  const response = await fetch(`${baseUrl}/api/${pathAndQuery}`, { headers: { cookie } })
  expect(response.status).toBe(200)
  return (await response.json()) as T
}

/** Clicks Save on a product's edit view and answers the status of the update it sends. */
async function saveAnswers(id: number): Promise<number> {
  const update = page.waitForResponse((response) => response.request().method() === 'PATCH' && response.url().includes(`/api/products/${id}?`))
  await page.locator('#action-save').click()
  return (await update).status()
}

type PricedProduct = { id: number; basePrices: Array<{ amount: number; currency: { code: string; minorDigits: number } }> }

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true })
  browser = await chromium.launch({ executablePath: process.env.BUREAU_E2E_CHROMIUM, args: CHROMIUM_ARGS, headless: true })
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
  page.setDefaultTimeout(FIRST_VISIT_MS)
})

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) await page.screenshot({ path: path.join(screenshots, `failed-${task.name.replace(/\W+/g, '-')}.png`) })
})

afterAll(async () => {
  await browser?.close()
})

describe('the admin panel in Chromium', () => {
  it('logs the demo administrator in and shows the dashboard', async () => {
    await logInAsDemoAdmin(page, baseUrl)
    await screenshot('01-dashboard')
  })

  it('lists the seeded products and finds one with the list search', async () => {
    await page.goto(`${baseUrl}/admin/collections/products`)
    await page.getByText('TAPE-PTFE').first().waitFor()
    await screenshot('02-products-list')
    await page.getByPlaceholder(/Search by/).fill('Cordless drill')
    await page.getByText('DRL-18V').first().waitFor()
    await page.getByText('TAPE-PTFE').first().waitFor({ state: 'detached' })
    await screenshot('02b-products-search')
  })

  it('creates a product through the form, which is then there over REST', async () => {
    const sku = `E2E-${Date.now().toString(36).toUpperCase()}`
    await page.goto(`${baseUrl}/admin/collections/products/create`)
    await page.locator('#field-sku').fill(sku)
    await page.locator('#field-name').fill('Angle grinder 125 mm (e2e)')
    await page.locator('#field-weight').fill('2.4')
    await screenshot('03-product-form')
    await page.locator('#action-save').click()
    // After the first save the admin moves from /create to the new document's own URL.
    await page.waitForURL((url) => /\/admin\/collections\/products\/\d+$/.test(url.pathname))
    const id = page.url().split('/').pop()
    await screenshot('04-product-saved')

    const cookies = await page.context().cookies()
    const cookie = cookies.map(({ name, value }) => `${name}=${value}`).join('; ')
    const response = await fetch(`${baseUrl}/api/products?where[sku][equals]=${sku}&depth=0`, { headers: { cookie } })
    expect(response.status).toBe(200)
    const { docs } = (await response.json()) as { docs: Array<{ id: number; sku: string; name: string; weight: number; status: string }> }
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ id: Number(id), sku, name: 'Angle grinder 125 mm (e2e)', weight: 2.4, status: 'active' })
  })

  it('refuses to save a product without its required SKU and names the field', async () => {
    await page.goto(`${baseUrl}/admin/collections/products/create`)
    await page.locator('#field-name').fill('Product without SKU (e2e)')
    await page.locator('#action-save').click()
    // The server's validation error comes back naming the field (with its tab when panels put the form in tabs).
    // (the toast may already be gone: the SKU field's own message and the Details tab's error count stay)
    await page.getByText(/The following field is invalid: (Details > )?SKU|A SKU is required/).first().waitFor()
    expect(page.url()).toMatch(/\/admin\/collections\/products\/create$/)
    await screenshot('05-product-missing-sku')

    const response = await fetch(`${baseUrl}/api/products?where[name][equals]=Product without SKU (e2e)`, {
      headers: { cookie: (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join('; ') },
    })
    expect(((await response.json()) as { totalDocs: number }).totalDocs).toBe(0)
  })

  it("shows a product's base price as money in the edit view: $ and USD beside 1.99, not 199", async () => {
    const { docs } = await apiGet<{ docs: PricedProduct[] }>('products?where[sku][equals]=TAPE-PTFE&depth=1')
    const [usd] = docs[0].basePrices
    expect(usd).toMatchObject({ amount: 199, currency: { code: 'USD', minorDigits: 2 } })
    await page.goto(`${baseUrl}/admin/collections/products/${docs[0].id}`)
    const amount = page.locator('#field-basePrices__0__amount')
    await expect.poll(() => amount.inputValue(), { timeout: 60_000 }).toBe('1.99')
    const row = page.locator('.field-type.money').filter({ has: amount })
    await row.getByText('$', { exact: true }).waitFor()
    await row.getByText('USD', { exact: true }).waitFor()
    await amount.scrollIntoViewIfNeeded()
    await screenshot('09-product-base-price')
  })

  it('refuses 6.999 for a USD price with a message and saves 6.90 as 690 minor units', async () => {
    const { docs } = await apiGet<{ docs: PricedProduct[] }>('products?where[sku][equals]=TAPE-PTFE&depth=1')
    const id = docs[0].id
    await page.goto(`${baseUrl}/admin/collections/products/${id}`)
    const amount = page.locator('#field-basePrices__0__amount')
    await expect.poll(() => amount.inputValue(), { timeout: 60_000 }).toBe('1.99')

    await amount.fill('6.999')
    await page.getByText('USD amounts have at most 2 decimals: 6.999 cannot be stored exactly').first().waitFor()
    // The edit view leaves validation to the server: the save is refused there (400) and nothing is written.
    expect(await saveAnswers(id)).toBe(400)
    await page.getByText('USD amounts have at most 2 decimals: 6.999 cannot be stored exactly').first().waitFor()
    await screenshot('10-product-price-refused')
    const refused = await apiGet<PricedProduct>(`products/${id}?depth=1`)
    expect(refused.basePrices[0].amount).toBe(199)

    await amount.fill('6.90')
    expect(await saveAnswers(id)).toBe(200)
    await expect
      .poll(async () => (await apiGet<PricedProduct>(`products/${id}?depth=1`)).basePrices[0].amount, { timeout: 60_000 })
      .toBe(690)
    await page.reload()
    await expect.poll(() => amount.inputValue(), { timeout: 60_000 }).toBe('6.90')
    await screenshot('11-product-price-saved')
  })

  it('shows order totals as money in the orders list and the order view', async () => {
    const { docs } = await apiGet<{ docs: Array<{ id: number; orderNumber: string; currency: string; grandTotal: number; subtotal: number }> }>(
      'orders?limit=1&depth=0',
    )
    const order = docs[0]
    const { docs: currencies } = await apiGet<{ docs: Array<{ code: string; minorDigits: number }> }>(
      `currencies?where[code][equals]=${order.currency}`,
    )
    const grandTotal = formatMoney(order.grandTotal, currencies[0], 'en')
    expect(grandTotal).toMatch(/^\$\d[\d,]*\.\d\d$/)

    await page.goto(`${baseUrl}/admin/collections/orders`)
    const cell = page.locator('.cell-grandTotal').first()
    await expect.poll(() => cell.textContent(), { timeout: 60_000 }).toBe(grandTotal)
    await screenshot('12-orders-list-money')

    await page.goto(`${baseUrl}/admin/collections/orders/${order.id}`)
    await expect.poll(() => page.locator('#field-grandTotal').inputValue(), { timeout: 60_000 }).toBe(grandTotal)
    expect(await page.locator('#field-subtotal').inputValue()).toBe(formatMoney(order.subtotal, currencies[0], 'en'))
    await expect.poll(() => page.locator('#field-lines__0__unitPrice').inputValue()).toMatch(/^\$\d+\.\d{2,4}$/)
    await screenshot('13-order-money')
  })

  it('shows a customer company with its subsidiaries, users, addresses and orders in tabs', async () => {
    await page.goto(`${baseUrl}/admin/collections/customers`)
    await openLink(page.getByRole('link', { name: 'Northwind Traders', exact: true }))
    await page.getByRole('button', { name: 'Subsidiaries' }).click()
    await page.getByText('Northwind Traders East').first().waitFor()
    await page.getByText('Northwind Traders West').first().waitFor()
    await screenshot('06-customer-subsidiaries')
    await page.getByRole('button', { name: 'Users' }).click()
    await page.getByText('anna.admin@northwind.example').first().waitFor()
    await screenshot('07-customer-users')
  })

  it('shows a role as its permission matrix and field rules', async () => {
    await page.goto(`${baseUrl}/admin/collections/roles`)
    await openLink(page.getByRole('link', { name: 'Sales manager' }).first())
    // Payload names a nested field's input after its path, dots as double underscores.
    expect(await page.locator('#field-permissions__0__collection').inputValue({ timeout: 30_000 })).toBe('customers')
    expect(await page.locator('#field-fieldRules__0__field').inputValue({ timeout: 30_000 })).toBe('costPrice')
    await screenshot('08-role-matrix')
  })
})
