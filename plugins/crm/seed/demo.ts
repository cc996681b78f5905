import { createLocalReq } from 'payload'

import { idOf, type DemoContext, type Id } from '../../../src/kit'
import { ACCOUNTS, ACTIVITIES, CONTACTS, LEADS, OPPORTUNITIES } from '../collections/slugs'
import { convertLead } from '../endpoints/convert-lead'

const local = { depth: 0, overrideAccess: true } as const
const CRM = [ACCOUNTS, CONTACTS, LEADS, OPPORTUNITIES, ACTIVITIES]
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()

/** The demo customers' accounts (created with them by the customers hook), by customer code. */
async function accountsByCustomer({ payload, customers }: DemoContext): Promise<Map<string, Id>> {
  const byCode = new Map<string, Id>()
  for (const [code, id] of customers) {
    const customer = await payload.findByID({ collection: 'customers', id, ...local })
    const account = idOf(customer.account)
    if (account !== null) byCode.set(code, account)
  }
  return byCode
}

/**
 * The CRM demo: the accounts the demo customers got (Northwind's three companies share one), contacts for the
 * storefront people, leads in every status (one converted through the real conversion), opportunities across the
 * stages in USD and EUR, won and lost ones, and a timeline of activities. Northwind is worked by the sales manager
 * (Sales East), who gets CRM rights on the sales-manager role.
 */
export async function seedCrmDemo(context: DemoContext): Promise<void> {
  const { payload, users, businessUnits, roles, currencies, customerUsers, customers, admin } = context
  const manager = users.get('sales.east@bureau.local') ?? admin
  const east = { owner: manager, businessUnit: businessUnits.get('SALES-EAST') }
  const hq = { owner: admin, businessUnit: businessUnits.get('HQ') }
  const usd = currencies.get('USD')
  const eur = currencies.get('EUR')

  const salesRole = roles.get('sales-manager')
  if (salesRole !== undefined) {
    const role = await payload.findByID({ collection: 'roles', id: salesRole, ...local })
    const grants = CRM.map((collection) => ({ collection, read: 'organization', create: 'businessUnit', update: 'division', delete: 'own' }))
    await payload.update({ collection: 'roles', id: salesRole, data: { permissions: [...(role.permissions ?? []), ...grants] } as never, ...local })
  }

  const accounts = await accountsByCustomer(context)
  const northwind = accounts.get('NORTHWIND')
  const contoso = accounts.get('CONTOSO')
  if (northwind === undefined || contoso === undefined) throw new Error('crm demo: the demo customers have no accounts (is the customers hook installed?)')
  await payload.update({ collection: ACCOUNTS, id: northwind, data: { name: 'Northwind Traders (group)', industry: 'Wholesale distribution', ...east } as never, ...local })
  await payload.update({ collection: ACCOUNTS, id: contoso, data: { industry: 'Manufacturing', ...hq } as never, ...local })

  const contact = async (data: Record<string, unknown>, stamp: Record<string, unknown>) => (await payload.create({ collection: CONTACTS, data: { ...data, ...stamp } as never, ...local })).id
  const anna = await contact({ firstName: 'Anna', lastName: 'Admin', position: 'Head of purchasing', account: northwind, customerUser: customerUsers.get('anna.admin@northwind.example'), emails: [{ email: 'anna.admin@northwind.example', label: 'work' }], phones: [{ phone: '+12065550101', label: 'office' }] }, east)
  const ben = await contact({ firstName: 'Ben', lastName: 'Buyer', position: 'Buyer, East', account: northwind, customerUser: customerUsers.get('ben.buyer@northwind.example'), emails: [{ email: 'ben.buyer@northwind.example', label: 'work' }] }, east)
  const carl = await contact({ firstName: 'Carl', lastName: 'Buyer', position: 'Plant buyer', account: contoso, customerUser: customerUsers.get('carl.buyer@contoso.example'), emails: [{ email: 'carl.buyer@contoso.example' }] }, hq)

  const opportunity = async (data: Record<string, unknown>, stamp: Record<string, unknown>) => (await payload.create({ collection: OPPORTUNITIES, data: { ...data, ...stamp } as never, ...local })).id
  const contract = await opportunity({ name: 'Northwind 2027 fastener contract', account: northwind, contact: anna, stage: 'Negotiation', amount: 4_850_000, currency: usd, expectedCloseDate: daysAgo(-30) }, east)
  await opportunity({ name: 'Northwind East power tool refresh', account: northwind, contact: ben, stage: 'Proposal', amount: 1_299_000, currency: usd, expectedCloseDate: daysAgo(-45) }, east)
  await opportunity({ name: 'Northwind West glove programme', account: northwind, stage: 'Qualification', amount: 320_000, currency: usd, expectedCloseDate: daysAgo(-90) }, east)
  await opportunity({ name: 'Contoso Munich safety gloves', account: contoso, contact: carl, stage: 'Needs analysis', amount: 780_000, currency: eur, expectedCloseDate: daysAgo(-60) }, hq)
  await opportunity({ name: 'Contoso drill fleet', account: contoso, contact: carl, stage: 'Proposal', amount: 1_150_000, currency: eur, status: 'won', closeReason: 'Best lead time and service contract' }, hq)
  await opportunity({ name: 'Contoso anchor bolts', account: contoso, contact: carl, stage: 'Negotiation', amount: 240_000, currency: eur, status: 'lost', closeReason: 'Price: a local supplier was 12 % cheaper' }, hq)

  const lead = async (data: Record<string, unknown>) => (await payload.create({ collection: LEADS, data: { ...data, ...east } as never, ...local })).id
  const fabrikam = await lead({ name: 'Fabrikam — workshop fasteners', source: 'website', companyName: 'Fabrikam Inc.', firstName: 'Fiona', lastName: 'Fabre', email: 'fiona@fabrikam.example', estimatedValue: 250_000, currency: usd })
  await lead({ name: 'Tailspin Toys — glove samples', source: 'trade-show', status: 'contacted', companyName: 'Tailspin Toys', firstName: 'Tom', lastName: 'Tail', phone: '+13125550123' })
  const litware = await lead({ name: 'Litware — cordless drills for 40 sites', source: 'referral', status: 'qualified', companyName: 'Litware Ltd', firstName: 'Lena', lastName: 'Ware', position: 'Facilities manager', email: 'lena@litware.example', estimatedValue: 2_400_000, currency: usd })
  await lead({ name: 'Adventure Works — one-off order', source: 'phone', status: 'disqualified', disqualifiedReason: 'Wants a single consumer-size order; no business account', companyName: 'Adventure Works' })
  const wide = await lead({ name: 'Wide World Importers — anchors', source: 'campaign', status: 'qualified', companyName: 'Wide World Importers', firstName: 'Walt', lastName: 'Wide', email: 'walt@wideworld.example', estimatedValue: 560_000, currency: usd })
  const managerUser = await payload.findByID({ collection: 'users', id: manager, ...local })
  const req = await createLocalReq({ user: { ...managerUser, collection: 'users' } }, payload)
  await convertLead(req, wide, { opportunity: { stage: 'Qualification' } })

  const activity = (type: string, subject: string, relatedTo: { relationTo: string; value: Id }, days: number, body?: string) =>
    payload.create({ collection: ACTIVITIES, data: { type, subject, body, relatedTo, occurredAt: daysAgo(days), ...east } as never, ...local })
  const eastCustomer = customers.get('NORTHWIND-EAST')
  await activity('meeting', 'Quarterly business review with Northwind purchasing', { relationTo: ACCOUNTS, value: northwind }, 20, 'Volumes up 14 %; they want one contract for the group.')
  await activity('call', 'Anna: contract terms, payment in 45 days', { relationTo: CONTACTS, value: anna }, 6)
  await activity('email', 'Sent the revised fastener price sheet', { relationTo: OPPORTUNITIES, value: contract }, 3)
  await activity('note', 'Legal review of the contract draft booked for next week', { relationTo: OPPORTUNITIES, value: contract }, 1)
  if (eastCustomer !== undefined) await activity('call', 'East warehouse: delivery slot change', { relationTo: 'customers', value: eastCustomer }, 9)
  await activity('call', 'First call with Fiona', { relationTo: LEADS, value: fabrikam }, 2, 'Interested in M6–M10 screws, wants samples.')
  await activity('meeting', 'Site visit at Litware HQ', { relationTo: LEADS, value: litware }, 12)
  await payload.create({ collection: ACTIVITIES, data: { type: 'note', subject: 'Carl prefers calls after 2 pm CET', relatedTo: { relationTo: CONTACTS, value: carl }, occurredAt: daysAgo(15), ...hq } as never, ...local })
}
