/**
 * A small B2B world for the customer tests, written through the local API:
 *
 *   Northwind ─┬─ Northwind East ── East Boston
 *              └─ Northwind West
 *   Contoso
 *
 * Roles: Buyer (no permissions), Administrator (sees subsidiaries, manages users and addresses).
 * Users: Northwind admin and buyer at the parent, a buyer at East, West and Contoso.
 * Addresses: one company address per company, a personal address for the East and Contoso buyers.
 */
import type { Payload } from 'payload'

const local = { overrideAccess: true, depth: 0 } as const
export const PASSWORD = 'storefront-password'

export async function createCustomerWorld(payload: Payload) {
  const buyerRole = await payload.create({ collection: 'customer-user-roles', data: { name: 'Buyer', code: 'buyer' }, ...local })
  const adminRole = await payload.create({
    collection: 'customer-user-roles',
    data: { name: 'Administrator', code: 'administrator', permissions: { viewSubsidiaries: true, manageUsers: true, manageAddresses: true } },
    ...local,
  })
  const customer = (name: string, code: string, parent?: number) =>
    payload.create({ collection: 'customers', data: { name, code, parent }, ...local })
  const northwind = await customer('Northwind Traders', 'NW')
  const east = await customer('Northwind East', 'NW-EAST', northwind.id)
  const west = await customer('Northwind West', 'NW-WEST', northwind.id)
  const boston = await customer('East Boston', 'NW-EAST-BOS', east.id)
  const contoso = await customer('Contoso Manufacturing', 'CONTOSO')

  const user = (email: string, customerId: number, roles: number[]) =>
    payload.create({
      collection: 'customer-users',
      data: { email, password: PASSWORD, firstName: email.split('@')[0], lastName: 'Test', customer: customerId, roles },
      ...local,
    })
  const users = {
    northwindAdmin: await user('nw-admin@northwind.test', northwind.id, [adminRole.id]),
    northwindBuyer: await user('nw-buyer@northwind.test', northwind.id, [buyerRole.id]),
    eastBuyer: await user('east-buyer@northwind.test', east.id, [buyerRole.id]),
    westBuyer: await user('west-buyer@northwind.test', west.id, [buyerRole.id]),
    contosoBuyer: await user('buyer@contoso.test', contoso.id, [buyerRole.id]),
  }

  const address = (owner: { customer?: number; customerUser?: number }, label: string, city: string, country: 'US' | 'DE') =>
    payload.create({
      collection: 'addresses',
      data: { ...owner, label, street: `1 ${label} Street`, city, country, types: ['billing', 'shipping'] },
      ...local,
    })
  const addresses = {
    northwindHq: await address({ customer: northwind.id }, 'Northwind HQ', 'Seattle', 'US'),
    eastWarehouse: await address({ customer: east.id }, 'East warehouse', 'New York', 'US'),
    westWarehouse: await address({ customer: west.id }, 'West warehouse', 'San Diego', 'US'),
    bostonOffice: await address({ customer: boston.id }, 'Boston office', 'Boston', 'US'),
    contosoHq: await address({ customer: contoso.id }, 'Contoso HQ', 'Munich', 'DE'),
    eastBuyerHome: await address({ customerUser: users.eastBuyer.id }, 'East buyer home', 'Newark', 'US'),
    contosoBuyerHome: await address({ customerUser: users.contosoBuyer.id }, 'Contoso buyer home', 'Augsburg', 'DE'),
  }
  return { roles: { buyer: buyerRole, administrator: adminRole }, customers: { northwind, east, west, boston, contoso }, users, addresses }
}

export type CustomerWorld = Awaited<ReturnType<typeof createCustomerWorld>>
