/** The CRM demo seeds with the core demo and shows what the README promises, to the sales manager too. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemo } from '../../src/seed/demo'
import { DEMO_SALES_MANAGER } from '../../src/seed/demo-security'
import type { Account, Customer, Lead, Opportunity } from '../../src/payload-types'
import type { ListResponse } from '../helpers/api-types'
import { startTestApp, type TestApp } from '../helpers/payload'
import type { AccountSummary } from '../../plugins/crm/endpoints/account-summary'
import type { PipelineJson } from '../../plugins/crm/endpoints/pipeline'

let app: TestApp
let manager: string
const local = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  app = await startTestApp()
  await seedDemo(app.payload)
  manager = await app.login(DEMO_SALES_MANAGER.email, DEMO_SALES_MANAGER.password)
})
afterAll(() => app?.close())

describe('the CRM demo', () => {
  it('gives every demo customer an account; Northwind’s three companies share one', async () => {
    const customers = (await app.payload.find({ collection: 'customers', pagination: false, ...local })).docs as Customer[]
    expect(customers.every((customer) => typeof customer.account === 'number')).toBe(true)
    const northwind = customers.filter((customer) => customer.code?.startsWith('NORTHWIND')).map((customer) => customer.account)
    expect(northwind).toHaveLength(3)
    expect(new Set(northwind).size).toBe(1)
  })

  it('has leads in every status, one converted through the real conversion', async () => {
    const leads = (await app.payload.find({ collection: 'leads', pagination: false, ...local })).docs as Lead[]
    expect([...new Set(leads.map((lead) => lead.status))].sort()).toEqual(['contacted', 'converted', 'disqualified', 'new', 'qualified'])
    const converted = leads.find((lead) => lead.status === 'converted')
    expect(converted).toMatchObject({ account: expect.any(Number), contact: expect.any(Number), opportunity: expect.any(Number) })
  })

  it('shows the sales manager the Northwind account with its figures and the pipeline across stages', async () => {
    const accounts = await app.rest.get<ListResponse<Account>>('/accounts?where[name][like]=Northwind&depth=0', { token: manager })
    expect(accounts.status).toBe(200)
    const northwind = accounts.body.docs[0]
    expect(northwind.name).toBe('Northwind Traders (group)')
    const summary = await app.rest.get<AccountSummary>(`/accounts/${northwind.id}/summary`, { token: manager })
    expect(summary.status).toBe(200)
    // 48,500 + 12,990 + 3,200 USD open: weighted 80 % + 60 % + 20 % = 38,800 + 7,794 + 640 = 47,234
    expect(summary.body.openPipeline).toEqual([{ currency: 'USD', minorDigits: 2, count: 3, amount: 6_469_000, weighted: 4_723_400 }])
    expect(summary.body.lastActivity?.subject).toBe('Legal review of the contract draft booked for next week')
    const pipeline = await app.rest.get<PipelineJson>('/crm/pipeline', { token: manager })
    const filled = pipeline.body.stages.filter((stage) => stage.count > 0).map((stage) => stage.stage)
    expect(filled).toEqual(['Qualification', 'Needs analysis', 'Proposal', 'Negotiation'])
    const closed = (await app.payload.find({ collection: 'opportunities', where: { status: { not_equals: 'open' } }, ...local })).docs as Opportunity[]
    expect(closed.map((opportunity) => [opportunity.status, opportunity.probability]).sort()).toEqual([['lost', 0], ['won', 100]])
  })

  it('logs activities against accounts, contacts, opportunities, leads and customers', async () => {
    const { docs } = await app.payload.find({ collection: 'activities', pagination: false, ...local })
    expect([...new Set(docs.map((activity) => activity.relatedTo.relationTo))].sort()).toEqual(['accounts', 'contacts', 'customers', 'leads', 'opportunities'])
  })
})
