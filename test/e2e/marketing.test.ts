/**
 * The marketing admin flow in Chromium, on the seeded demo: the promotion list's preview (a customer, products and
 * a coupon → what applies and why), a promotion's condition and action blocks, and "Generate coupons" with its
 * CSV export. Screenshots go to test-artifacts/e2e/.
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

async function apiGet<T>(pathAndQuery: string): Promise<T> {
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join('; ')
  const response = await fetch(`${baseUrl}/api/${pathAndQuery}`, { headers: { cookie } })
  expect(response.status).toBe(200)
  return (await response.json()) as T
}

/** Clicks `button` until `field` shows: a click before the view has hydrated is lost (the first visit compiles the route). */
async function openForm(button: string, field: string): Promise<void> {
  const target = page.locator(field)
  await expect
    .poll(async () => {
      if (!(await target.isVisible())) await page.getByRole('button', { name: button }).click()
      return target.isVisible()
    }, { timeout: FIRST_VISIT_MS, interval: 2000 })
    .toBe(true)
}

const firstId = async (pathAndQuery: string) => (await apiGet<{ docs: Array<{ id: number }> }>(pathAndQuery)).docs[0].id

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true })
  browser = await chromium.launch({ executablePath: process.env.BUREAU_E2E_CHROMIUM, args: CHROMIUM_ARGS, headless: true })
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  page.setDefaultTimeout(FIRST_VISIT_MS)
})

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) await page.screenshot({ path: path.join(screenshots, `failed-marketing-${task.name.replace(/\W+/g, '-')}.png`) })
})

afterAll(async () => {
  await browser?.close()
})

describe('marketing in the admin', () => {
  it('previews a cart: 11 boxes of screws and WELCOME10 for Contoso show both promotions applied, and why', async () => {
    await logInAsDemoAdmin(page, baseUrl)
    const contoso = await firstId('customers?where[code][equals]=CONTOSO&depth=0')
    const screws = await firstId('products?where[sku][equals]=SCR-M4-20&depth=0')
    await page.goto(`${baseUrl}/admin/collections/promotions`)
    await openForm('Preview promotions on a cart', 'select[name="customer"]')
    await page.locator(`select[name="customer"] option[value="${contoso}"]`).waitFor({ state: 'attached' })
    await page.locator('select[name="customer"]').selectOption(String(contoso))
    await page.locator(`select[name="product-0"] option[value="${screws}"]`).waitFor({ state: 'attached' })
    await page.locator('select[name="product-0"]').selectOption(String(screws))
    await page.locator('input[name="quantity-0"]').fill('11')
    await page.locator('input[name="coupons"]').fill('welcome10')
    await page.getByRole('button', { name: 'Preview', exact: true }).click()
    const applied = page.locator('.marketing-preview__row--applied')
    // expect.poll gives up after 1 s by default; the first preview on a loaded machine takes longer.
    await expect.poll(() => applied.count(), { timeout: 60_000 }).toBe(2)
    await expect.poll(() => page.locator('.marketing-preview__result').innerText(), { timeout: 60_000 }).toMatch(/Buy 10 get 1 free on screws[\s\S]*12\.49/)
    expect(await page.locator('.marketing-preview__result').innerText()).toMatch(/WELCOME10/)
    expect(await page.locator('.marketing-preview__row--out-of-play').first().innerText()).toMatch(/audience/)
    await page.screenshot({ path: path.join(screenshots, 'marketing-01-preview.png'), fullPage: true })
  }, FIRST_VISIT_MS * 2)

  it('shows a promotion with its condition and action blocks', async () => {
    const promotion = await firstId('promotions?where[name][equals]=Buy%2010%20get%201%20free%20on%20screws&depth=0')
    await page.goto(`${baseUrl}/admin/collections/promotions/${promotion}`)
    await page.locator('.document-fields, .collection-edit').first().waitFor()
    await expect.poll(() => page.locator('body').innerText(), { timeout: 60_000 }).toMatch(/Product segment/)
    expect(await page.locator('body').innerText()).toMatch(/Buy X get Y/)
    await page.screenshot({ path: path.join(screenshots, 'marketing-02-promotion.png'), fullPage: true })
  }, FIRST_VISIT_MS)

  it('generates coupons from a pattern and offers them as CSV', async () => {
    const welcome = await firstId('promotions?where[couponRequired][equals]=true&depth=0')
    await page.goto(`${baseUrl}/admin/collections/coupons`)
    await openForm('Generate coupons', 'select[name="promotion"]')
    await page.locator(`select[name="promotion"] option[value="${welcome}"]`).waitFor({ state: 'attached' })
    await page.locator('select[name="promotion"]').selectOption(String(welcome))
    await page.locator('input[name="pattern"]').fill('E2E-####')
    await page.locator('input[name="count"]').fill('5')
    await page.getByRole('button', { name: 'Generate', exact: true }).click()
    await expect.poll(() => page.locator('.marketing-generate__message').innerText(), { timeout: 60_000 }).toMatch(/Generated 5 coupons/)
    const href = await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href')
    const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join('; ')
    const csv = await (await fetch(`${baseUrl}${href}`, { headers: { cookie } })).text()
    expect(csv.trim().split('\r\n')).toHaveLength(6)
    expect(csv).toMatch(/E2E-\d{4}/)
    await page.screenshot({ path: path.join(screenshots, 'marketing-03-coupons.png'), fullPage: true })
  }, FIRST_VISIT_MS)
})
