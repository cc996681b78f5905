/**
 * Tasks in the real admin, in Chromium, on the seeded demo: the Sales East manager logs in and finds "My tasks" on
 * the dashboard (open tasks assigned to them, the overdue one first and highlighted), opens a customer's Tasks tab
 * and creates a task from there, already pointing at the customer; the task's view shows its history and comments.
 * Screenshots go to test-artifacts/e2e/.
 */
import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { projectRoot } from '../../src/db/resolve'
import { DEMO_SALES_MANAGER } from '../../src/seed/demo-security'
import { CHROMIUM_ARGS } from '../setup/chromium'

const baseUrl = process.env.BUREAU_E2E_URL!
const screenshots = path.join(projectRoot, 'test-artifacts', 'e2e')
// `next dev` compiles each admin route on its first visit, which takes a while on two cores.
const FIRST_VISIT_MS = 180_000

let browser: Browser
let page: Page

const screenshot = (name: string) => page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true })

type Doc = { id: number; title?: string; name?: string; concerns?: { relationTo: string; value: number } | null; creator?: number | null }

/** A REST read with the logged-in user's session. */
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
  if (task.result?.state === 'fail' && page) await page.screenshot({ path: path.join(screenshots, `failed-tasks-${task.name.replace(/\W+/g, '-')}.png`) })
})

afterAll(async () => {
  await browser?.close()
})

describe('tasks in the admin', () => {
  it('shows the sales manager My tasks on the dashboard, overdue first and highlighted', async () => {
    await page.goto(`${baseUrl}/admin/login`)
    await page.locator('#field-email').fill(DEMO_SALES_MANAGER.email)
    await page.locator('#field-password').fill(DEMO_SALES_MANAGER.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
    const rows = page.locator('.my-tasks__row')
    await rows.first().waitFor()
    expect(await page.getByRole('heading', { name: 'My tasks' }).count()).toBe(1)
    const titles = await page.locator('.my-tasks__row td:first-child a').allTextContents()
    expect(titles).toEqual([
      'Send Northwind East the revised volume quote',
      'Call Northwind about the Q3 reorder',
      'Check the delivery date of the first demo order',
    ])
    expect(await rows.first().getAttribute('class')).toContain('my-tasks__row--overdue')
    expect(await page.locator('.my-tasks__row--overdue').count()).toBe(1)
    await screenshot('tasks-01-my-tasks')
  })

  it('opens a task with its history and its comments', async () => {
    const href = await page.locator('.my-tasks__row td:first-child a').first().getAttribute('href')
    expect(href).toMatch(/^\/admin\/collections\/tasks\/\d+$/)
    await page.goto(`${baseUrl}${href}`)
    await page.locator('#field-title').waitFor()
    expect(await page.locator('#field-title').inputValue()).toBe('Send Northwind East the revised volume quote')
    await page.getByText('History', { exact: true }).first().waitFor()
    await page.getByRole('button', { name: 'Comments' }).click()
    await page.getByText('They asked for the 500-unit tier; waiting on pricing.').waitFor()
    await screenshot('tasks-02-task-comments')
  })

  it('creates a task from a customer’s Tasks tab, already pointing at the customer', async () => {
    const { docs } = await apiGet<{ docs: Doc[] }>('customers?where[code][equals]=NORTHWIND&depth=0')
    const customer = docs[0]
    await page.goto(`${baseUrl}/admin/collections/customers/${customer.id}`)
    await page.getByRole('button', { name: 'Tasks' }).click()
    await page.getByText('Call Northwind about the Q3 reorder').first().waitFor()
    await page.locator('.relationship-table__add-new').first().click()
    const drawer = page.locator('.doc-drawer').last()
    await drawer.locator('#field-title').waitFor()
    await drawer.locator('#field-title').fill('Send Northwind the new catalogue')
    const created = page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/tasks')
    await drawer.locator('#action-save').click()
    expect((await created).status()).toBe(201)
    await page.getByText('Send Northwind the new catalogue').first().waitFor()
    await screenshot('tasks-03-customer-tasks-tab')
    const mine = await apiGet<{ docs: Doc[] }>('tasks?where[title][equals]=Send%20Northwind%20the%20new%20catalogue&depth=0')
    expect(mine.docs).toHaveLength(1)
    expect(mine.docs[0].concerns).toEqual({ relationTo: 'customers', value: customer.id })
  })
})
