/**
 * The pricing admin flow in headless Chromium against the real app (`next dev`, seeded demo): a price edited inline in
 * the Northwind contract list's view, the same price on the product's Prices tab, and the price Northwind pays for it
 * asked from the product's sidebar once the combined lists rebuilt. Screenshots go to test-artifacts/e2e/.
 */
import { describe, expect, it } from 'vitest'

import { DEMO_ADMIN } from '../../src/seed/demo-data'
import { FIRST_VISIT_MS, useAdminBrowser } from '../helpers/admin-browser'

type Docs<T> = { docs: T[] }
type Price = { id: number; product: number; value: string }

const admin = useAdminBrowser('pricing')
const SKU = 'SCR-M4-20'
/** the contract's one-set price in the demo is 10.99 */
const EDITED = '10.49'

describe('pricing in the admin', () => {
  let listId: number
  let price: Price

  it('edits a price inline in the price list’s view', async () => {
    await admin.logIn(DEMO_ADMIN)
    listId = (await admin.api<Docs<{ id: number }>>('price-lists?where[name][equals]=Northwind%20contract&depth=0')).docs[0].id
    const prices = await admin.api<Docs<Price>>(`product-prices?where[priceList][equals]=${listId}&where[product.sku][equals]=${SKU}&where[minQuantity][equals]=1&depth=0`)
    price = prices.docs[0]
    const { page } = admin
    await page.goto(admin.url(`/admin/collections/price-lists/${listId}`))
    await page.locator('input[name="prices-filter-sku"]').fill(SKU)
    const cell = page.locator(`input[name="price-${price.id}-value"]`)
    await cell.waitFor()
    await cell.fill(EDITED)
    const saved = page.waitForResponse((response) => response.url().includes(`/api/product-prices/${price.id}`) && response.request().method() === 'PATCH')
    await cell.press('Enter')
    expect((await saved).status()).toBe(200)
    await page.getByText('Saved').waitFor()
    await admin.screenshot('pricing-01-list-inline-edit')
    expect((await admin.api<Price>(`product-prices/${price.id}?depth=0`)).value).toBe(EDITED)
  }, 2 * FIRST_VISIT_MS)

  it('shows the edited price as money on the product’s Prices tab', async () => {
    const { page } = admin
    await page.goto(admin.url(`/admin/collections/products/${price.product}`))
    const tab = page.locator('button.tabs-field__tab-button', { hasText: /^Prices$/ })
    await tab.waitFor()
    await tab.click()
    await page.getByText(`$${EDITED}`).first().waitFor()
    await admin.screenshot('pricing-02-product-prices-tab')
  }, 2 * FIRST_VISIT_MS)

  it('prices the product for Northwind from the sidebar once the combined lists rebuilt', async () => {
    const { page } = admin
    const northwind = (await admin.api<Docs<{ id: number }>>('customers?where[code][equals]=NORTHWIND&depth=0')).docs[0].id
    await page.locator('input[name="customer-price-search"]').fill('Northwind')
    await page.locator(`select[name="customer-price-customer"] option[value="${northwind}"]`).waitFor({ state: 'attached' })
    await page.locator('select[name="customer-price-customer"]').selectOption(String(northwind))
    const answer = page.locator('.pricing-customer-price__answer')
    // the edit queued a rebuild (after the demo's own); the e2e app runs no job runner (BUREAU_JOBS_AUTORUN=false), so
    // the test works the queue as a worker would, through the administrators' jobs endpoint, until Northwind's
    // storefront listing shows the edited price
    type Listing = { docs: Array<{ price: { value: string | null } | null }> }
    await expect
      .poll(
        async () => {
          await admin.api('payload-jobs/run?queue=default&limit=10')
          return (await admin.api<Listing>(`commerce/products?customer=${northwind}&where[sku][equals]=${SKU}`)).docs[0]?.price?.value
        },
        { timeout: 300_000, interval: 1_000 },
      )
      .toBe(EDITED)
    const asked = page.waitForResponse((response) => response.url().endsWith('/api/commerce/price'))
    await page.getByRole('button', { name: 'Price it' }).click()
    expect((await asked).status()).toBe(200)
    await expect.poll(() => answer.textContent(), { timeout: 30_000 }).toContain(`pays $${EDITED} each`)
    await admin.screenshot('pricing-03-customer-price')
  }, 2 * FIRST_VISIT_MS)
})
