/**
 * Facts plugins registered about a customer (src/kit/customer-facts.ts) come with the buyer's read: a checkout on
 * terms gets the customer's payment term and CRM account without a statement of its own, and a request that has not
 * read the buyer reads them in one.
 */
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { customerFacts } from '../../src/kit'
import type { Order } from '../../src/payload-types'
import { ADMIN, createCommerceBasics, createStaff } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'
import { statementsDuring } from '../helpers/statements'

let app: TestApp
let admin: string
let basics: Awaited<ReturnType<typeof createCommerceBasics>>
let net30: { id: number }
let customer: { id: number; account?: unknown }

const local = { overrideAccess: true, depth: 0 } as const
const plugins = (process.env.BUREAU_DISABLE_PLUGINS ?? '').split(',').map((name) => name.trim())
const withPaymentsAndCrm = !plugins.includes('payments') && !plugins.includes('crm')

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  admin = await app.login(ADMIN.email, ADMIN.password)
  if (!withPaymentsAndCrm) return
  net30 = (await app.payload.create({ collection: 'payment-terms' as never, data: { name: 'Net 30', code: 'NET30', netDays: 30 } as never, ...local })) as unknown as { id: number }
  customer = (await app.payload.create({ collection: 'customers', data: { name: 'Fabrikam', code: 'FAB', paymentTerm: net30.id } as never, ...local })) as unknown as typeof customer
  customer = (await app.payload.findByID({ collection: 'customers', id: customer.id, ...local })) as unknown as typeof customer
})
afterAll(() => app?.close())

describe.runIf(withPaymentsAndCrm)('customer facts', () => {
  it('give a checkout on terms its payment term and account from the buyer’s one read', async () => {
    const shippingAddress = { firstName: 'Ada', lastName: 'Byron', street: '1 Main St', postalCode: '10001', city: 'New York', region: 'NY', country: 'US' }
    let placed: { status: number; body: { doc: Order } } | undefined
    const statements = await statementsDuring(async () => {
      placed = await app.rest.post<{ doc: Order }>('/commerce/checkout', { token: admin, body: { customer: customer.id, lines: [{ product: basics.screw.id, quantity: 2 }], shippingAddress, paymentMethod: 'paymentTerm' } })
    })
    expect(placed?.status).toBe(201)
    const order = placed!.body.doc
    expect(order.paymentTerm).toBe(net30.id)
    expect(order.account).toBe(customer.account)
    const due = Date.parse(String(order.paymentDueAt)) - Date.parse(String(order.placedAt))
    expect(Math.round(due / 86_400_000)).toBe(30)
    // the term is read by the buyer's read (with the website and currency) alone, and the order is not updated after its insert
    const termReads = statements.filter((text) => text.includes('payment_terms'))
    expect(termReads).toHaveLength(1)
    expect(termReads[0]).toMatch(/as website, .+ as customer, .+ as currency$/)
    expect(statements.filter((text) => text.startsWith('update orders'))).toEqual([])
  })

  it('are read in one statement when the request has not read the buyer, then kept for the request', async () => {
    const req = await createLocalReq({}, app.payload)
    const statements = await statementsDuring(async () => {
      expect(await customerFacts(req, customer.id)).toMatchObject({ 'crm:account': customer.account, 'payments:term': { own: net30.id, ownDays: 30, groupTerm: null, groupDays: null } })
      await customerFacts(req, customer.id)
    })
    expect(statements).toHaveLength(1)
  })

  it('answer null for a customer that does not exist, and do not keep that answer', async () => {
    const req = await createLocalReq({}, app.payload)
    expect(await customerFacts(req, 987_654)).toBeNull()
    const statements = await statementsDuring(() => customerFacts(req, 987_654))
    expect(statements).toHaveLength(1)
  })

  it('are read again after a write to the customer or to a customer group in the same request', async () => {
    const net60 = (await app.payload.create({ collection: 'payment-terms' as never, data: { name: 'Net 60', code: 'NET60', netDays: 60 } as never, ...local })) as unknown as { id: number }
    const group = await app.payload.create({ collection: 'customer-groups', data: { name: 'Wholesale', code: 'wholesale', paymentTerm: net30.id } as never, ...local })
    const req = await createLocalReq({}, app.payload)
    const term = async () => (await customerFacts(req, customer.id))?.['payments:term']
    expect(await term()).toMatchObject({ own: net30.id, groupTerm: null })
    await app.payload.update({ collection: 'customers', id: customer.id, data: { group: group.id } as never, req, ...local })
    expect(await term()).toMatchObject({ own: net30.id, groupTerm: net30.id, groupDays: 30 })
    await app.payload.update({ collection: 'customer-groups', id: group.id, data: { paymentTerm: net60.id } as never, req, ...local })
    expect(await term()).toMatchObject({ groupTerm: net60.id, groupDays: 60 })
  })
})
