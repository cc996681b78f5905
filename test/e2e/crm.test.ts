/**
 * The CRM in the real admin, in headless Chromium (`next dev` on a fresh seeded database): the demo administrator
 * opens the Northwind account's 360° view — summary figures shown as money, then the Contacts, Customers,
 * Opportunities, Orders and Activities tabs — and the opportunities list with the pipeline by stage above it.
 * Screenshots go to test-artifacts/e2e/.
 */
import { describe, expect, it } from 'vitest'

import { showMoney } from '../../plugins/crm/components/money'
import type { AccountSummary } from '../../plugins/crm/endpoints/account-summary'
import type { PipelineJson } from '../../plugins/crm/endpoints/pipeline'
import { useAdminBrowser } from '../helpers/admin-browser'
import { logInAsDemoAdmin } from '../helpers/admin-session'

const admin = useAdminBrowser('crm')
const { baseUrl, screenshot } = admin
const apiGet = <T,>(pathAndQuery: string) => admin.api<T>(pathAndQuery)

describe('the CRM in Chromium', () => {
  it('shows the account’s 360° view: figures as money, then contacts, customers, opportunities, orders and activities', async () => {
    await logInAsDemoAdmin(admin.page, baseUrl)
    const { docs } = await apiGet<{ docs: { id: number }[] }>('accounts?where[name][equals]=Northwind%20Traders%20(group)&depth=0')
    const account = docs[0].id
    const summary = await apiGet<AccountSummary>(`accounts/${account}/summary`)
    await admin.page.goto(`${baseUrl}/admin/collections/accounts/${account}`)

    const pipeline = admin.page.locator('[data-figure="open-pipeline"]')
    await pipeline.getByText(showMoney(summary.openPipeline[0]), { exact: false }).waitFor()
    expect(await pipeline.textContent()).toContain(`weighted ${showMoney({ ...summary.openPipeline[0], amount: summary.openPipeline[0].weighted })}`)
    const sales = (await admin.page.locator('[data-figure="lifetime-sales"]').textContent()) ?? ''
    for (const sale of summary.lifetimeSales) expect(sales).toContain(showMoney(sale))
    expect(await admin.page.locator('[data-figure="last-activity"]').textContent()).toContain(summary.lastActivity?.subject ?? 'None yet')
    await screenshot('crm-01-account-summary')

    const tabs: Array<[string, string]> = [
      ['Contacts', 'Anna Admin'],
      ['Customers', 'Northwind Traders East'],
      ['Opportunities', 'Northwind 2027 fastener contract'],
      ['Activities', 'Quarterly business review with Northwind purchasing'],
    ]
    for (const [tab, text] of tabs) {
      await admin.page.getByRole('main').getByRole('button', { name: tab, exact: true }).click()
      await admin.page.getByText(text).first().waitFor()
      await screenshot(`crm-02-account-${tab.toLowerCase()}`)
    }
    const orders = await apiGet<{ docs: { orderNumber: string }[] }>(`orders?where[account][equals]=${account}&depth=0&limit=1`)
    await admin.page.getByRole('main').getByRole('button', { name: 'Orders', exact: true }).click()
    if (orders.docs[0]) await admin.page.getByText(orders.docs[0].orderNumber).first().waitFor()
    await screenshot('crm-03-account-orders')
  })

  it('shows the pipeline by stage with totals above the opportunities list', async () => {
    const pipeline = await apiGet<PipelineJson>('crm/pipeline')
    await admin.page.goto(`${baseUrl}/admin/collections/opportunities`)
    const negotiation = pipeline.stages.find((stage) => stage.stage === 'Negotiation')!
    const row = admin.page.locator('tr[data-stage="Negotiation"]')
    await row.waitFor()
    expect(await row.textContent()).toContain(showMoney(negotiation.totals[0]))
    const total = (await admin.page.locator('tr[data-stage="total"]').textContent()) ?? ''
    for (const sum of pipeline.totals) expect(total).toContain(showMoney(sum))
    await screenshot('crm-04-pipeline')
  })
})
