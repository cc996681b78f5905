import type { Payload, Where } from 'payload'

import { idOf, type Id } from '../../../src/kit'
import type { AlertRule } from '../rules/alert-rule'
import type { Person, RecipientDirectory, StaffMember } from '../rules/resolve-recipients'
import type { LoadedOrder } from './load-order'

/** The field this plugin adds to staff and customer users (index.ts). */
export const LOCALE_FIELD = 'notificationLocale'

type PersonDoc = Record<string, unknown> & { id: Id }
type ContactDoc = PersonDoc & { emails?: Array<{ email?: string }> | null; phones?: Array<{ phone?: string }> | null }

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null)
const fullName = (doc: PersonDoc) => text(doc.name) ?? ([text(doc.firstName), text(doc.lastName)].filter(Boolean).join(' ') || null)
const ids = (values: unknown) => (Array.isArray(values) ? values.map(idOf).filter((id): id is Id => id !== null) : [])

const person = (doc: PersonDoc): Person => ({ name: fullName(doc), email: text(doc.email), phone: text(doc.phone), locale: text(doc[LOCALE_FIELD]) })

async function loadStaff(payload: Payload, rules: readonly AlertRule[]): Promise<StaffMember[]> {
  const wanted = (pick: (rule: AlertRule) => readonly Id[]) => [...new Set(rules.flatMap(pick))]
  const filters: Where[] = []
  const [users, roles, units] = [wanted((rule) => rule.recipients.users), wanted((rule) => rule.recipients.roles), wanted((rule) => rule.recipients.businessUnits)]
  if (users.length) filters.push({ id: { in: users } })
  if (roles.length) filters.push({ roles: { in: roles } })
  if (units.length) filters.push({ businessUnits: { in: units } })
  if (!filters.length) return []
  const { docs } = await payload.find({ collection: 'users', where: { or: filters }, depth: 0, pagination: false, overrideAccess: true })
  return (docs as unknown as PersonDoc[]).map((doc) => ({ ...person(doc), id: doc.id, roles: ids(doc.roles), businessUnits: ids(doc.businessUnits) }))
}

/**
 * Loads the people the matched rules may write to, and only those: staff named by id, role or unit; the order's
 * customer, its enabled storefront users and its CRM contacts (through the customer's account or their storefront
 * login, when the crm plugin is installed); the website's staff list, else `staffRecipients`.
 */
export async function loadDirectory(payload: Payload, rules: readonly AlertRule[], order: LoadedOrder | null, staffRecipients: readonly string[]): Promise<RecipientDirectory> {
  const asks = (test: (rule: AlertRule) => boolean) => rules.some(test)
  const customerId = order?.customer ?? null
  const wantsCompany = customerId !== null && asks((rule) => rule.recipients.customer !== 'none')
  const wantsUsers = customerId !== null && asks((rule) => ['users', 'companyOrUsers', 'companyAndUsers'].includes(rule.recipients.customer))
  const wantsContacts = customerId !== null && asks((rule) => rule.recipients.contacts) && Boolean(payload.collections['contacts' as never])
  const company = wantsCompany || wantsContacts
    ? ((await payload.findByID({ collection: 'customers', id: customerId!, depth: 0, overrideAccess: true, disableErrors: true })) as unknown as PersonDoc | null)
    : null
  const customerUsers =
    wantsUsers || wantsContacts
      ? ((await payload.find({ collection: 'customer-users', where: { and: [{ customer: { equals: customerId } }, { enabled: { not_equals: false } }] }, depth: 0, pagination: false, overrideAccess: true })).docs as unknown as PersonDoc[])
      : []
  let contacts: Person[] = []
  if (wantsContacts) {
    const account = idOf(company?.account)
    const links: Where[] = [...(account !== null ? [{ account: { equals: account } }] : []), ...(customerUsers.length ? [{ customerUser: { in: customerUsers.map((user) => user.id) } }] : [])]
    if (links.length) {
      const found = await payload.find({ collection: 'contacts' as never, where: { or: links }, depth: 0, pagination: false, overrideAccess: true })
      contacts = (found.docs as unknown as ContactDoc[]).map((doc) => ({
        name: fullName(doc),
        email: text(doc.emails?.[0]?.email),
        phone: text(doc.phones?.[0]?.phone),
        locale: null,
      }))
    }
  }
  return {
    staff: await loadStaff(payload, rules),
    company: wantsCompany && company ? person(company) : null,
    customerUsers: wantsUsers ? customerUsers.map(person) : [],
    contacts,
    websiteStaff: asks((rule) => rule.recipients.websiteStaff) ? (order?.websiteStaff.length ? order.websiteStaff : staffRecipients) : [],
  }
}
