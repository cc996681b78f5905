/**
 * The customer part of the demo: groups, storefront roles, the Northwind family of companies and Contoso, the
 * people who buy for them (with a printed storefront login), and their address books.
 */
import type { Payload } from 'payload'

import { DEMO_CUSTOMERS } from './demo-data'

const local = { overrideAccess: true, depth: 0 } as const

/** Logs in at /api/customer-users/login: Northwind's administrator sees Northwind East and West too. */
export const DEMO_STOREFRONT_ADMIN = { email: 'anna.admin@northwind.example', password: 'storefront-demo' }
/** A buyer at Northwind East: sees East only. */
export const DEMO_STOREFRONT_BUYER = { email: 'ben.buyer@northwind.example', password: 'storefront-demo' }

const GROUPS = [
  { code: 'wholesale', name: 'Wholesale', description: 'Resellers and distributors buying in bulk' },
  { code: 'retail', name: 'Retail', description: 'Companies buying for their own use' },
]
const GROUP_OF: Record<string, string> = { NORTHWIND: 'wholesale', 'NORTHWIND-EAST': 'wholesale', 'NORTHWIND-WEST': 'wholesale', CONTOSO: 'retail' }

const ROLES = [
  { code: 'buyer', name: 'Buyer', description: 'Orders for their own company', permissions: {} },
  {
    code: 'administrator',
    name: 'Administrator',
    description: 'Runs the company account: users, addresses, and the subsidiaries’ data',
    permissions: { viewSubsidiaries: true, manageUsers: true, manageAddresses: true },
  },
]

const USERS = [
  { ...DEMO_STOREFRONT_ADMIN, firstName: 'Anna', lastName: 'Admin', customer: 'NORTHWIND', role: 'administrator' },
  { ...DEMO_STOREFRONT_BUYER, firstName: 'Ben', lastName: 'Buyer', customer: 'NORTHWIND-EAST', role: 'buyer' },
  { email: 'wendy.buyer@northwind.example', password: 'storefront-demo', firstName: 'Wendy', lastName: 'Buyer', customer: 'NORTHWIND-WEST', role: 'buyer' },
  { email: 'carl.buyer@contoso.example', password: 'storefront-demo', firstName: 'Carl', lastName: 'Buyer', customer: 'CONTOSO', role: 'buyer' },
]

type Owner = { customer: string } | { user: string }
const ADDRESSES: Array<{ owner: Owner; label: string; street: string; city: string; postalCode: string; region?: string; country: 'US' | 'DE'; types: Array<'billing' | 'shipping'>; defaultBilling?: boolean; defaultShipping?: boolean }> = [
  { owner: { customer: 'NORTHWIND' }, label: 'Head office', street: '2 Pine Street', city: 'Seattle', postalCode: '98101', region: 'WA', country: 'US', types: ['billing', 'shipping'], defaultBilling: true, defaultShipping: true },
  { owner: { customer: 'NORTHWIND-EAST' }, label: 'East accounts payable', street: '140 Broadway', city: 'New York', postalCode: '10005', region: 'NY', country: 'US', types: ['billing'], defaultBilling: true },
  { owner: { customer: 'NORTHWIND-EAST' }, label: 'East warehouse', street: '500 Industrial Avenue', city: 'Newark', postalCode: '07105', region: 'NJ', country: 'US', types: ['shipping'], defaultShipping: true },
  { owner: { customer: 'NORTHWIND-WEST' }, label: 'West warehouse', street: '88 Harbor Drive', city: 'Oakland', postalCode: '94607', region: 'CA', country: 'US', types: ['billing', 'shipping'], defaultBilling: true, defaultShipping: true },
  { owner: { customer: 'CONTOSO' }, label: 'Contoso Munich', street: 'Leopoldstraße 10', city: 'München', postalCode: '80802', region: 'Bayern', country: 'DE', types: ['billing', 'shipping'], defaultBilling: true, defaultShipping: true },
  { owner: { user: DEMO_STOREFRONT_BUYER.email }, label: 'Ben’s site office', street: '12 Dock Road', city: 'Jersey City', postalCode: '07302', region: 'NJ', country: 'US', types: ['shipping'] },
]

/** Creates the customer demo and answers the customers' ids by code, for the orders the demo places. */
export async function seedCustomers(payload: Payload): Promise<Map<string, number>> {
  const groups = new Map<string, number>()
  for (const group of GROUPS) groups.set(group.code, (await payload.create({ collection: 'customer-groups', data: group, ...local })).id)
  const roles = new Map<string, number>()
  for (const role of ROLES) roles.set(role.code, (await payload.create({ collection: 'customer-user-roles', data: role, ...local })).id)

  const customers = new Map<string, number>()
  for (const { parentCode, ...customer } of DEMO_CUSTOMERS) {
    const created = await payload.create({
      collection: 'customers',
      data: { ...customer, parent: parentCode ? customers.get(parentCode) : undefined, group: groups.get(GROUP_OF[customer.code]) },
      ...local,
    })
    customers.set(customer.code, created.id)
  }

  const users = new Map<string, number>()
  for (const { customer, role, ...user } of USERS) {
    const created = await payload.create({
      collection: 'customer-users',
      data: { ...user, customer: customers.get(customer)!, roles: [roles.get(role)!] },
      ...local,
    })
    users.set(user.email, created.id)
  }

  for (const { owner, ...address } of ADDRESSES) {
    const ownerData = 'customer' in owner ? { customer: customers.get(owner.customer) } : { customerUser: users.get(owner.user) }
    await payload.create({ collection: 'addresses', data: { ...ownerData, ...address }, ...local })
  }
  return customers
}
