/** The demo's storefront logins work and show what the README promises. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemo } from '../../src/seed/demo'
import { DEMO_STOREFRONT_ADMIN, DEMO_STOREFRONT_BUYER } from '../../src/seed/demo-customers'
import type { Address, Customer } from '../../src/payload-types'
import type { ListResponse } from '../helpers/api-types'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp

beforeAll(async () => {
  app = await startTestApp()
  await seedDemo(app.payload)
})
afterAll(() => app?.close())

const customerNames = async (token: string) =>
  (await app.rest.get<ListResponse<Customer>>('/customers?limit=100&depth=0', { token })).body.docs.map((doc) => doc.name).sort()

describe('the demo storefront', () => {
  it('lets Northwind’s administrator see Northwind and its subsidiaries, not Contoso', async () => {
    const token = await app.login(DEMO_STOREFRONT_ADMIN.email, DEMO_STOREFRONT_ADMIN.password, 'customer-users')
    expect(await customerNames(token)).toEqual(['Northwind Traders', 'Northwind Traders East', 'Northwind Traders West'])
    const addresses = await app.rest.get<ListResponse<Address>>('/addresses?limit=100&depth=0', { token })
    expect(addresses.body.totalDocs).toBe(5)
  })

  it('lets the East buyer see East only, with its default addresses and its own site office', async () => {
    const token = await app.login(DEMO_STOREFRONT_BUYER.email, DEMO_STOREFRONT_BUYER.password, 'customer-users')
    expect(await customerNames(token)).toEqual(['Northwind Traders East'])
    const { body } = await app.rest.get<ListResponse<Address>>('/addresses?limit=100&depth=0&sort=label', { token })
    expect(body.docs.map((doc) => [doc.label, doc.defaultBilling, doc.defaultShipping])).toEqual([
      ['Ben’s site office', false, false],
      ['East accounts payable', true, false],
      ['East warehouse', false, true],
    ])
  })

  it('groups the customers', async () => {
    const customers = await app.payload.find({ collection: 'customers', depth: 1, overrideAccess: true, sort: 'name' })
    expect(customers.docs.map((doc) => [doc.name, typeof doc.group === 'object' ? doc.group?.code : doc.group])).toEqual([
      ['Contoso Manufacturing', 'retail'],
      ['Northwind Traders', 'wholesale'],
      ['Northwind Traders East', 'wholesale'],
      ['Northwind Traders West', 'wholesale'],
    ])
  })
})
