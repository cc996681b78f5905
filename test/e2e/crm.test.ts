/**
 * The CRM in the real admin, in headless Chromium (`next dev` on a fresh seeded database): the demo administrator
 * opens the Northwind account's 360° view — summary figures shown as money, then the Contacts, Customers,
 * Opportunities, Orders and Activities tabs — and the opportunities list with the pipeline by stage above it.
 * Screenshots go to test-artifacts/e2e/.
 */
import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { showMoney } from '../../plugins/crm/components/money'
import type { AccountSummary } from '../../plugins/crm/endpoints/account-summary'
import type { PipelineJson } from '../../plugins/crm/endpoints/pipeline'
import { projectRoot } from '../../src/db/resolve'
import { logInAsDemoAdmin } from '../helpers/admin-session'
import { CHROMIUM_ARGS } from '../setup/chromium'

const baseUrl = process.env.BUREAU_E2E_URL!
const screenshots = path.join(projectRoot, 'test-artifacts', 'e2e')
// `next dev` compiles each admin route on its first visit, which takes a while on two cores.
const FIRST_VISIT_MS = 180_000

let browser: Browser
let page: Page

const screenshot = (name: string) => page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true })

/** A REST read with the logged-in admin's session. */
async function apiGet<T>(pathAndQuery: string): Promise<T> {
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join('; ')
  const response = await fetch(`${baseUrl}/api/${pathAndQuery}`, { headers: { cookie } })
  expect(response.status).toBe(200)
  return (await response.json()) as T
}

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true })
  browser = await chromium.launch({ executablePath: process.env.BUREAU_E2E_CHROMIUM, args: CHROMIUM_ARGS, headless: true })
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
  page.setDefaultTimeout(FIRST_VISIT_MS)
})

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) await page.screenshot({ path: path.join(screenshots, `failed-crm-${task.name.replace(/\W+/g, '-')}.png`) })
})

afterAll(async () => {
  await browser?.close()
})

describe('the CRM in Chromium', () => {
  it('shows the account’s 360° view: figures as money, then contacts, customers, opportunities, orders and activities', async () => {
    await logInAsDemoAdmin(page, baseUrl)
    const { docs } = await apiGet<{ docs: { id: number }[] }>('accounts?where[name][equals]=Northwind%20Traders%20(group)&depth=0')
    const account = docs[0].id
    const summary = await apiGet<AccountSummary>(`accounts/${account}/summary`)
    await page.goto(`${baseUrl}/admin/collections/accounts/${account}`)

    const pipeline = page.locator('[data-figure="open-pipeline"]')
    await pipeline.getByText(showMoney(summary.openPipeline[0]), { exact: false }).waitFor()
    expect(await pipeline.textContent()).toContain(`weighted ${showMoney({ ...summary.openPipeline[0], amount: summary.openPipeline[0].weighted })}`)
    const sales = (await page.locator('[data-figure="lifetime-sales"]').textContent()) ?? ''
    for (const sale of summary.lifetimeSales) expect(sales).toContain(showMoney(sale))
    expect(await page.locator('[data-figure="last-activity"]').textContent()).toContain(summary.lastActivity?.subject ?? 'None yet')
    await screenshot('crm-01-account-summary')

    const tabs: Array<[string, string]> = [
      ['Contacts', 'Anna Admin'],
      ['Customers', 'Northwind Traders East'],
      ['Opportunities', 'Northwind 2027 fastener contract'],
      ['Activities', 'Quarterly business review with Northwind purchasing'],
    ]
    for (const [tab, text] of tabs) {
      await page.getByRole('main').getByRole('button', { name: tab, exact: true }).click()
      await page.getByText(text).first().waitFor()
      await screenshot(`crm-02-account-${tab.toLowerCase()}`)
    }
    const orders = await apiGet<{ docs: { orderNumber: string }[] }>(`orders?where[account][equals]=${account}&depth=0&limit=1`)
    await page.getByRole('main').getByRole('button', { name: 'Orders', exact: true }).click()
    if (orders.docs[0]) await page.getByText(orders.docs[0].orderNumber).first().waitFor()
    await screenshot('crm-03-account-orders')
  })

  it('shows the pipeline by stage with totals above the opportunities list', async () => {
    const pipeline = await apiGet<PipelineJson>('crm/pipeline')
    await page.goto(`${baseUrl}/admin/collections/opportunities`)
    const negotiation = pipeline.stages.find((stage) => stage.stage === 'Negotiation')!
    const row = page.locator('tr[data-stage="Negotiation"]')
    await row.waitFor()
    expect(await row.textContent()).toContain(showMoney(negotiation.totals[0]))
    const total = (await page.locator('tr[data-stage="total"]').textContent()) ?? ''
    for (const sum of pipeline.totals) expect(total).toContain(showMoney(sum))
    await screenshot('crm-04-pipeline')
  })
})
