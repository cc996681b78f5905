/**
 * The CRM through the doors users use: customers and orders filed under accounts, the lead workflow and its
 * one-transaction conversion (REST and GraphQL), opportunities and the pipeline, activities as timelines, and the
 * account's summary figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '../../../../src/kit'
import type { DataFromCollectionSlug } from 'payload'

// the app's generated types, through Payload's module augmentation (a plugin imports no app file)
type Account = DataFromCollectionSlug<'accounts'>
type Activity = DataFromCollectionSlug<'activities'>
type Contact = DataFromCollectionSlug<'contacts'>
type Customer = DataFromCollectionSlug<'customers'>
type Lead = DataFromCollectionSlug<'leads'>
type Opportunity = DataFromCollectionSlug<'opportunities'>
type Order = DataFromCollectionSlug<'orders'>
import type { DocResponse, ErrorResponse, GraphQLResponse, Joined, ValidationErrorResponse } from '../../../../test/helpers/api-types'
import { ADMIN, createCommerceBasics, createStaff } from '../../../../test/helpers/fixtures'
import { startTestApp, type TestApp } from '../../../../test/helpers/payload'
import type { AccountSummary } from '../../endpoints/account-summary'
import type { ConversionResult } from '../../endpoints/convert-lead'
import type { PipelineJson } from '../../endpoints/pipeline'

let app: TestApp
let token: string
let basics: Awaited<ReturnType<typeof createCommerceBasics>>
const local = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  token = await app.login(ADMIN.email, ADMIN.password)
})
afterAll(() => app?.close())

const count = async (collection: 'accounts' | 'contacts' | 'opportunities') => (await app.payload.count({ collection, overrideAccess: true })).totalDocs
const errorPaths = (body: unknown) => (body as ValidationErrorResponse).errors.flatMap((error) => error.data.errors.map((issue) => issue.path))
const newCustomer = async (body: Record<string, unknown>) => (await app.rest.post<DocResponse<Customer>>('/customers', { token, body })).body.doc

describe('every commerce customer links to an account', () => {
  it('gives a new customer an account named after it, in the customer’s transaction', async () => {
    const customer = await newCustomer({ name: 'Fabrikam', code: 'FAB' })
    expect(customer.account).toEqual(expect.any(Number))
    const account = await app.payload.findByID({ collection: 'accounts', id: customer.account as number, ...local })
    expect(account.name).toBe('Fabrikam')
  })

  it('lets a subsidiary share its parent’s account, and keeps an account given on create', async () => {
    const parent = await newCustomer({ name: 'Tailspin Group', code: 'TSG' })
    const child = await newCustomer({ name: 'Tailspin East', code: 'TSE', parent: parent.id })
    expect(idOf(child.account)).toBe(parent.account)
    const other = await newCustomer({ name: 'Tailspin Outlet', code: 'TSO', account: parent.account })
    expect(idOf(other.account)).toBe(parent.account)
    const account = await app.rest.get<Account>(`/accounts/${parent.account}?depth=0`, { token })
    expect((account.body.customers as Joined<number>).docs.sort()).toEqual([parent.id, child.id, other.id].sort())
  })

  it('links customers left without one by the upgrade task (existing customers at install)', async () => {
    const { linkUnlinkedCustomers } = await import('../../jobs/link-unlinked-customers')
    const customer = await newCustomer({ name: 'Legacy Co', code: 'LEG' })
    await app.payload.update({ collection: 'customers', id: customer.id, data: { account: null }, ...local })
    expect(await linkUnlinkedCustomers(app.payload)).toBeGreaterThanOrEqual(1)
    const linked = await app.payload.findByID({ collection: 'customers', id: customer.id, ...local })
    expect(linked.account).toEqual(expect.any(Number))
    expect(await linkUnlinkedCustomers(app.payload)).toBe(0)
  })
})

describe('orders follow their customer’s account', () => {
  it('files an order under the account, sums lifetime sales per currency in one aggregate, and moves orders with the customer', async () => {
    const customer = await newCustomer({ name: 'Woodgrove', code: 'WG' })
    const placed = await app.rest.post<DocResponse<Order>>('/orders?depth=0', { token, body: { customer: customer.id, currency: 'USD', lines: [{ product: basics.drill.id, quantity: 2 }] } })
    expect(placed.status).toBe(201)
    expect(placed.body.doc.account).toBe(customer.account)
    const summary = await app.rest.get<AccountSummary>(`/accounts/${customer.account}/summary`, { token })
    expect(summary.body.lifetimeSales).toEqual([{ currency: 'USD', minorDigits: 2, amount: placed.body.doc.grandTotal, orders: 1 }])

    const target = await newCustomer({ name: 'Woodgrove Holding', code: 'WGH' })
    await app.rest.patch(`/customers/${customer.id}`, { token, body: { account: target.account } })
    const moved = await app.payload.findByID({ collection: 'orders', id: placed.body.doc.id, ...local })
    expect(moved.account).toBe(target.account)
    const account = await app.rest.get<Account>(`/accounts/${target.account}?depth=0`, { token })
    expect((account.body.orders as Joined<number>).docs).toEqual([placed.body.doc.id])
  })

  it('refuses a client writing an order’s account (the server keeps it)', async () => {
    const customer = await newCustomer({ name: 'Proseware', code: 'PRO' })
    const elsewhere = await newCustomer({ name: 'Elsewhere', code: 'ELS' })
    const placed = await app.rest.post<DocResponse<Order>>('/orders', { token, body: { customer: customer.id, currency: 'USD', account: elsewhere.account, lines: [{ product: basics.screw.id, quantity: 1 }] } })
    // set before the write, so the answer populates it at the request's depth like any relationship
    expect(placed.body.doc.account).toMatchObject({ id: customer.account })
  })
})

describe('the lead workflow', () => {
  const lead = async (body: Record<string, unknown> = {}) =>
    (await app.rest.post<DocResponse<Lead>>('/leads', { token, body: { name: 'Lead', companyName: 'Litware', lastName: 'Ware', ...body } })).body.doc

  it('moves new → contacted → qualified and refuses going back to new (409)', async () => {
    const created = await lead()
    expect(created.status).toBe('new')
    expect((await app.rest.patch(`/leads/${created.id}`, { token, body: { status: 'contacted' } })).status).toBe(200)
    expect((await app.rest.patch(`/leads/${created.id}`, { token, body: { status: 'qualified' } })).status).toBe(200)
    const back = await app.rest.patch<ErrorResponse>(`/leads/${created.id}`, { token, body: { status: 'new' } })
    expect(back.status).toBe(409)
    expect((await app.payload.findByID({ collection: 'leads', id: created.id, ...local })).status).toBe('qualified')
  })

  it('requires a reason to disqualify (400 naming disqualifiedReason)', async () => {
    const created = await lead()
    const bare = await app.rest.patch(`/leads/${created.id}`, { token, body: { status: 'disqualified' } })
    expect(bare.status).toBe(400)
    expect(errorPaths(bare.body)).toEqual(['disqualifiedReason'])
    const reasoned = await app.rest.patch<DocResponse<Lead>>(`/leads/${created.id}`, { token, body: { status: 'disqualified', disqualifiedReason: 'No budget' } })
    expect(reasoned.body.doc.status).toBe('disqualified')
  })

  it('refuses making a lead converted by a plain update, and writing the conversion links', async () => {
    const created = await lead()
    expect((await app.rest.patch(`/leads/${created.id}`, { token, body: { status: 'converted' } })).status).toBe(409)
    const patched = await app.rest.patch<DocResponse<Lead>>(`/leads/${created.id}`, { token, body: { notes: 'hi', account: 1 } })
    expect(patched.body.doc.account ?? null).toBeNull()
  })
})

describe('converting a lead', () => {
  const qualified = async (body: Record<string, unknown> = {}) =>
    (
      await app.rest.post<DocResponse<Lead>>('/leads', {
        token,
        body: { name: 'Contoso drills', companyName: 'Contoso Pharma', firstName: 'Carla', lastName: 'Jensen', email: 'carla@contoso.example', status: 'qualified', estimatedValue: 150000, currency: basics.usd.id, ...body },
      })
    ).body.doc

  it('creates the account, the contact and the opportunity and marks the lead converted (REST)', async () => {
    const lead = await qualified()
    const response = await app.rest.post<ConversionResult>(`/leads/${lead.id}/convert`, { token, body: { opportunity: { stage: 'Proposal' } } })
    expect(response.status).toBe(200)
    const { account, contact } = response.body
    const opportunity = response.body.opportunity as Opportunity
    expect(account.name).toBe('Contoso Pharma')
    expect(contact).toMatchObject({ name: 'Carla Jensen', account: account.id, emails: [expect.objectContaining({ email: 'carla@contoso.example' })] })
    expect(opportunity).toMatchObject({ name: 'Contoso drills', account: account.id, contact: contact.id, stage: 'Proposal', probability: 60, amount: 150000, currency: basics.usd.id, status: 'open' })
    expect(response.body.lead).toMatchObject({ status: 'converted', account: account.id, contact: contact.id, opportunity: opportunity.id })
    const again = await app.rest.post<ErrorResponse>(`/leads/${lead.id}/convert`, { token, body: {} })
    expect(again.status).toBe(409)
  })

  it('links an existing account and contact instead of creating them', async () => {
    const account = (await app.rest.post<DocResponse<Account>>('/accounts', { token, body: { name: 'Existing Co' } })).body.doc
    const contact = (await app.rest.post<DocResponse<Contact>>('/contacts', { token, body: { lastName: 'Known' } })).body.doc
    const lead = await qualified()
    const before = await count('accounts')
    const response = await app.rest.post<ConversionResult>(`/leads/${lead.id}/convert`, { token, body: { account: account.id, contact: contact.id, opportunity: false } })
    expect(response.status).toBe(200)
    expect(response.body.opportunity).toBeNull()
    expect(await count('accounts')).toBe(before)
    expect((await app.payload.findByID({ collection: 'contacts', id: contact.id, ...local })).account).toBe(account.id)
  })

  it('writes nothing when a part fails: a bad stage answers 400 naming opportunity.stage', async () => {
    const lead = await qualified()
    const before = await Promise.all([count('accounts'), count('contacts'), count('opportunities')])
    const response = await app.rest.post(`/leads/${lead.id}/convert`, { token, body: { opportunity: { stage: 'Dreaming' } } })
    expect(response.status).toBe(400)
    expect(errorPaths(response.body)).toEqual(['opportunity.stage'])
    expect(await Promise.all([count('accounts'), count('contacts'), count('opportunities')])).toEqual(before)
    expect((await app.payload.findByID({ collection: 'leads', id: lead.id, ...local })).status).toBe('qualified')
  })

  it('answers 400 for a malformed body, 404 for an unknown lead and 409 for a disqualified one', async () => {
    const lead = await qualified()
    expect(errorPaths((await app.rest.post(`/leads/${lead.id}/convert`, { token, body: { account: 'x' } })).body)).toEqual(['account'])
    expect(errorPaths((await app.rest.post(`/leads/${lead.id}/convert`, { token, body: { opportunity: { amount: 1.5 } } })).body)).toEqual(['opportunity.amount'])
    expect((await app.rest.post('/leads/999999/convert', { token, body: {} })).status).toBe(404)
    expect((await app.rest.post('/leads/abc/convert', { token, body: {} })).status).toBe(404)
    expect((await app.rest.post('/leads/2147483648/convert', { token, body: {} })).status).toBe(404)
    expect((await app.rest.get('/accounts/99999999999/summary', { token })).status).toBe(404)
    expect(errorPaths((await app.rest.post(`/leads/${lead.id}/convert`, { token, body: { contact: 2147483648 } })).body)).toEqual(['contact'])
    const dropped = await qualified({ status: 'disqualified', disqualifiedReason: 'Duplicate' })
    expect((await app.rest.post(`/leads/${dropped.id}/convert`, { token, body: {} })).status).toBe(409)
  })

  it('converts once when two requests race: one 200, one 409, one account', async () => {
    const lead = await qualified({ companyName: 'Race Co' })
    const answers = await Promise.all([1, 2].map(() => app.rest.post(`/leads/${lead.id}/convert`, { token, body: {} })))
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409])
    expect((await app.payload.count({ collection: 'accounts', where: { name: { equals: 'Race Co' } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('has a GraphQL twin: mutation convertLead', async () => {
    const lead = await qualified({ companyName: 'GraphQL Co' })
    const response = await app.graphql<GraphQLResponse<{ convertLead: { lead: { status: string }; account: { name: string }; opportunity: { stage: string; probability: number } } }>>(
      `mutation { convertLead(id: ${lead.id}, opportunity: { stage: "Negotiation" }) { lead { status } account { name } opportunity { stage probability } } }`,
      undefined,
      token,
    )
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.convertLead).toEqual({ lead: { status: 'converted' }, account: { name: 'GraphQL Co' }, opportunity: { stage: 'Negotiation', probability: 80 } })
  })
})

describe('opportunities and the pipeline', () => {
  let account: Account
  beforeAll(async () => {
    account = (await app.rest.post<DocResponse<Account>>('/accounts', { token, body: { name: 'Pipeline Co' } })).body.doc
  })
  const open = (body: Record<string, unknown>) =>
    app.rest.post<DocResponse<Opportunity>>('/opportunities', { token, body: { name: 'Deal', account: account.id, currency: basics.usd.id, amount: 0, stage: 'Prospecting', ...body } })

  it('takes the stage’s probability, keeps one set by hand, 100 when won and 0 when lost', async () => {
    const deal = (await open({ stage: 'Proposal', amount: 100000 })).body.doc
    expect(deal.probability).toBe(60)
    const moved = await app.rest.patch<DocResponse<Opportunity>>(`/opportunities/${deal.id}`, { token, body: { stage: 'Negotiation' } })
    expect(moved.body.doc.probability).toBe(80)
    const manual = await app.rest.patch<DocResponse<Opportunity>>(`/opportunities/${deal.id}`, { token, body: { probability: 70 } })
    expect(manual.body.doc.probability).toBe(70)
    const won = await app.rest.patch<DocResponse<Opportunity>>(`/opportunities/${deal.id}`, { token, body: { status: 'won', closeReason: 'Best price' } })
    expect(won.body.doc).toMatchObject({ probability: 100, closedAt: expect.any(String) })
  })

  it('refuses an unknown stage, a lost deal without a reason, a fractional amount and probability (400 naming each)', async () => {
    expect(errorPaths((await open({ stage: 'Dreaming' })).body)).toEqual(['stage'])
    expect(errorPaths((await open({ status: 'lost' })).body)).toEqual(['closeReason'])
    expect(errorPaths((await open({ amount: 10.5 })).body)).toEqual(['amount'])
    expect(errorPaths((await open({ probability: 12.5 })).body)).toEqual(['probability'])
  })

  it('sums open opportunities by stage with weighted totals, over REST and GraphQL', async () => {
    const fresh = (await app.rest.post<DocResponse<Account>>('/accounts', { token, body: { name: 'Board Co' } })).body.doc
    const board = (body: Record<string, unknown>) => open({ account: fresh.id, ...body })
    await board({ stage: 'Negotiation', amount: 100001 })
    await board({ stage: 'Negotiation', amount: 20000 })
    await board({ stage: 'Needs analysis', amount: 5005, currency: basics.kwd.id })
    await board({ stage: 'Proposal', amount: 99999, status: 'lost', closeReason: 'Gone quiet' })
    const summary = await app.rest.get<AccountSummary>(`/accounts/${fresh.id}/summary`, { token })
    // 80 % of 1,000.01 + 200.00 = 960.008 → 960.01; 40 % of 5.005 KWD = 2.002
    expect(summary.body.openPipeline).toEqual([
      { currency: 'KWD', minorDigits: 3, count: 1, amount: 5005, weighted: 2002 },
      { currency: 'USD', minorDigits: 2, count: 2, amount: 120001, weighted: 96001 },
    ])
    const pipeline = await app.rest.get<PipelineJson>('/crm/pipeline', { token })
    expect(pipeline.body.stages.map((stage) => stage.stage)).toEqual(['Prospecting', 'Qualification', 'Needs analysis', 'Proposal', 'Negotiation'])
    const negotiation = pipeline.body.stages.find((stage) => stage.stage === 'Negotiation')
    expect(negotiation?.totals.find((total) => total.currency === 'USD')?.amount).toBeGreaterThanOrEqual(120001)
    const gql = await app.graphql<GraphQLResponse<{ CrmPipeline: PipelineJson; AccountSummary: AccountSummary }>>(
      `{ CrmPipeline { stages { stage probability count totals { currency amount weighted } } totals { currency amount weighted } }
         AccountSummary(id: ${fresh.id}) { openPipeline { currency minorDigits count amount weighted } lifetimeSales { currency amount } lastActivity { subject } } }`,
      undefined,
      token,
    )
    expect(gql.body.errors).toBeUndefined()
    expect(gql.body.data.CrmPipeline.totals).toEqual(pipeline.body.totals.map(({ currency, amount, weighted }) => ({ currency, amount, weighted })))
    expect(gql.body.data.AccountSummary.openPipeline).toEqual(summary.body.openPipeline)
  })

  it('uses the stages configured in crm-settings', async () => {
    await app.payload.updateGlobal({ slug: 'crm-settings', data: { stages: [{ name: 'Open', probability: 15 }, { name: 'Closing', probability: 90 }] }, ...local })
    try {
      expect((await open({ stage: 'Closing', amount: 1000 })).body.doc.probability).toBe(90)
      expect(errorPaths((await open({ stage: 'Proposal' })).body)).toEqual(['stage'])
    } finally {
      await app.payload.updateGlobal({ slug: 'crm-settings', data: { stages: [] }, ...local })
    }
  })
})

describe('activities as timelines', () => {
  it('shows an activity on its record and, filed under the account, on the account, newest first', async () => {
    const customer = await newCustomer({ name: 'Timeline Co', code: 'TL' })
    const contact = (await app.rest.post<DocResponse<Contact>>('/contacts', { token, body: { firstName: 'Tim', lastName: 'Line', account: customer.account } })).body.doc
    const log = (subject: string, relatedTo: { relationTo: string; value: number }, occurredAt: string) =>
      app.rest.post<DocResponse<Activity>>('/activities', { token, body: { type: 'call', subject, relatedTo, occurredAt } })
    const older = await log('Intro call', { relationTo: 'contacts', value: contact.id }, '2026-01-05T10:00:00.000Z')
    expect(older.status).toBe(201)
    expect(idOf(older.body.doc.account)).toBe(customer.account)
    await log('Delivery question', { relationTo: 'customers', value: customer.id }, '2026-02-01T10:00:00.000Z')
    await log('Account note', { relationTo: 'accounts', value: customer.account as number }, '2026-01-20T10:00:00.000Z')

    const account = await app.rest.get<Account>(`/accounts/${customer.account}?depth=1`, { token })
    expect((account.body.activities as Joined<Activity>).docs.map((doc) => doc.subject)).toEqual(['Delivery question', 'Account note', 'Intro call'])
    const onContact = await app.rest.get<Contact>(`/contacts/${contact.id}?depth=1`, { token })
    expect((onContact.body.activities as Joined<Activity>).docs.map((doc) => doc.subject)).toEqual(['Intro call'])
    const onCustomer = await app.rest.get<Customer>(`/customers/${customer.id}?depth=1`, { token })
    expect((onCustomer.body.activities as Joined<Activity>).docs.map((doc) => doc.subject)).toEqual(['Delivery question'])
    const summary = await app.rest.get<AccountSummary>(`/accounts/${customer.account}/summary`, { token })
    expect(summary.body.lastActivity).toMatchObject({ type: 'call', subject: 'Delivery question' })
  })
})

describe('crm-settings versions', () => {
  it('keeps a version per change, reads and restores it, and answers 404 to ids that are not ids', async () => {
    await app.rest.post('/globals/crm-settings', { token, body: { stages: [{ name: 'Only', probability: 50 }] } })
    await app.rest.post('/globals/crm-settings', { token, body: { stages: [] } })
    const versions = await app.rest.get<{ docs: { id: number; version: { stages: { name: string }[] } }[] }>('/globals/crm-settings/versions?sort=createdAt', { token })
    const withOnly = versions.body.docs.find((doc) => doc.version.stages.some((stage) => stage.name === 'Only'))!
    expect((await app.rest.get(`/globals/crm-settings/versions/${withOnly.id}`, { token })).status).toBe(200)
    expect((await app.rest.post(`/globals/crm-settings/versions/${withOnly.id}`, { token })).status).toBe(200)
    expect((await app.payload.findGlobal({ slug: 'crm-settings', ...local })).stages?.map((stage) => stage.name)).toEqual(['Only'])
    await app.rest.post('/globals/crm-settings', { token, body: { stages: [] } })
    for (const id of ['1e309', '9223372036854775808', 'NaN', '-1']) {
      expect((await app.rest.get(`/globals/crm-settings/versions/${id}`, { token })).status).toBe(404)
      expect((await app.rest.post(`/globals/crm-settings/versions/${id}`, { token })).status).toBe(404)
    }
    expect((await app.rest.get(`/globals/crm-settings/versions/${withOnly.id}`)).status).toBe(403)
  })
})

describe('timelines over the polymorphic relatedTo', () => {
  it('keeps a contact’s and a customer’s timelines apart when their ids coincide, and deletes only the record’s own', async () => {
    // ids come from per-table sequences: create until a contact and a customer share one
    let serial = 0
    let customer = await newCustomer({ name: 'Twin Co', code: `TWIN-${++serial}` })
    let contact = (await app.rest.post<DocResponse<Contact>>('/contacts', { token, body: { lastName: 'Twin' } })).body.doc
    while (contact.id !== customer.id) {
      if (contact.id < customer.id) contact = (await app.rest.post<DocResponse<Contact>>('/contacts', { token, body: { lastName: 'Twin' } })).body.doc
      else customer = await newCustomer({ name: 'Twin Co', code: `TWIN-${++serial}` })
    }
    const log = (subject: string, relationTo: string) =>
      app.rest.post('/activities', { token, body: { type: 'note', subject, relatedTo: { relationTo, value: customer.id } } })
    await log('About the customer', 'customers')
    await log('About the contact', 'contacts')
    const onContact = await app.rest.get<Contact>(`/contacts/${contact.id}?depth=1`, { token })
    expect((onContact.body.activities as Joined<Activity>).docs.map((doc) => doc.subject)).toEqual(['About the contact'])
    expect((await app.rest.delete(`/contacts/${contact.id}`, { token })).status).toBe(200)
    const left = await app.payload.find({ collection: 'activities', where: { subject: { like: 'About the' } }, ...local })
    expect(left.docs.map((doc) => doc.subject)).toEqual(['About the customer'])
  })
})

describe('the CRM’s own doors are staff-only', () => {
  it('answers 403 to anonymous visitors on every endpoint and collection', async () => {
    expect((await app.rest.get('/crm/pipeline')).status).toBe(403)
    expect((await app.rest.get('/accounts/1/summary')).status).toBe(403)
    expect((await app.rest.post('/leads/1/convert', { body: {} })).status).toBe(403)
    for (const slug of ['accounts', 'contacts', 'leads', 'opportunities', 'activities']) expect((await app.rest.get(`/${slug}`)).status).toBe(403)
    const gql = await app.graphql<GraphQLResponse<null>>('{ CrmPipeline { totals { currency } } }')
    expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)
  })
})
