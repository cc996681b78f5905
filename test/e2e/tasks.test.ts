/**
 * Tasks in the real admin, in Chromium, on the seeded demo: the Sales East manager logs in and finds "My tasks" on
 * the dashboard (open tasks assigned to them, the overdue one first and highlighted), opens a customer's Tasks tab
 * and creates a task from there, already pointing at the customer; the task's view shows its history and comments.
 * Screenshots go to test-artifacts/e2e/.
 */
import { describe, expect, it } from 'vitest'

import { DEMO_SALES_MANAGER } from '../../src/seed/demo-security'
import { useAdminBrowser } from '../helpers/admin-browser'

const admin = useAdminBrowser('tasks')
const { baseUrl, screenshot } = admin
const apiGet = <T,>(pathAndQuery: string) => admin.api<T>(pathAndQuery)

type Doc = { id: number; title?: string; name?: string; concerns?: { relationTo: string; value: number } | null; creator?: number | null }

describe('tasks in the admin', () => {
  it('shows the sales manager My tasks on the dashboard, overdue first and highlighted', async () => {
    await admin.logIn(DEMO_SALES_MANAGER)
    const rows = admin.page.locator('.my-tasks__row')
    await rows.first().waitFor()
    expect(await admin.page.getByRole('heading', { name: 'My tasks' }).count()).toBe(1)
    const titles = await admin.page.locator('.my-tasks__row td:first-child a').allTextContents()
    expect(titles).toEqual([
      'Send Northwind East the revised volume quote',
      'Call Northwind about the Q3 reorder',
      'Check the delivery date of the first demo order',
    ])
    expect(await rows.first().getAttribute('class')).toContain('my-tasks__row--overdue')
    expect(await admin.page.locator('.my-tasks__row--overdue').count()).toBe(1)
    await screenshot('tasks-01-my-tasks')
  })

  it('opens a task with its history and its comments', async () => {
    const href = await admin.page.locator('.my-tasks__row td:first-child a').first().getAttribute('href')
    expect(href).toMatch(/^\/admin\/collections\/tasks\/\d+$/)
    await admin.page.goto(`${baseUrl}${href}`)
    await admin.page.locator('#field-title').waitFor()
    expect(await admin.page.locator('#field-title').inputValue()).toBe('Send Northwind East the revised volume quote')
    await admin.page.getByText('History', { exact: true }).first().waitFor()
    await admin.page.getByRole('button', { name: 'Comments' }).click()
    await admin.page.getByText('They asked for the 500-unit tier; waiting on pricing.').waitFor()
    await screenshot('tasks-02-task-comments')
  })

  it('creates a task from a customer’s Tasks tab, already pointing at the customer', async () => {
    const { docs } = await apiGet<{ docs: Doc[] }>('customers?where[code][equals]=NORTHWIND&depth=0')
    const customer = docs[0]
    await admin.page.goto(`${baseUrl}/admin/collections/customers/${customer.id}`)
    // the tab, after the navigation (whose Tasks group the sales manager also sees)
    await admin.page.getByRole('button', { name: 'Tasks', exact: true }).last().click()
    await admin.page.getByText('Call Northwind about the Q3 reorder').first().waitFor()
    await admin.page.locator('.relationship-table__add-new').first().click()
    const drawer = admin.page.locator('.doc-drawer').last()
    await drawer.locator('#field-title').waitFor()
    await drawer.locator('#field-title').fill('Send Northwind the new catalogue')
    const created = admin.page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/tasks')
    await drawer.locator('#action-save').click()
    expect((await created).status()).toBe(201)
    await admin.page.getByText('Send Northwind the new catalogue').first().waitFor()
    await screenshot('tasks-03-customer-tasks-tab')
    const mine = await apiGet<{ docs: Doc[] }>('tasks?where[title][equals]=Send%20Northwind%20the%20new%20catalogue&depth=0')
    expect(mine.docs).toHaveLength(1)
    expect(mine.docs[0].concerns).toEqual({ relationTo: 'customers', value: customer.id })
  })
})
