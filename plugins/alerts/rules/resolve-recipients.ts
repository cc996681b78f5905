/**
 * Who a rule reaches, on which channel, in which language (pure): the rule's recipient spec over the people the
 * subscriber loaded for this occurrence.
 */
import { sameId, type Id, type NotificationChannel } from '../../../src/kit'
import type { RecipientSpec } from './alert-rule'

/** Someone who can be written to; `locale` is their notification language when known. */
export type Person = { name: string | null; email: string | null; phone: string | null; locale: string | null }
export type StaffMember = Person & { id: Id; roles: readonly Id[]; businessUnits: readonly Id[] }

/** The people loaded for one occurrence (only what the matched rules ask for needs to be filled). */
export type RecipientDirectory = {
  /** staff users named by the rules, directly or through their roles and units */
  staff: readonly StaffMember[]
  /** the order's customer company (its own email and phone) */
  company: Person | null
  /** the customer's enabled storefront users */
  customerUsers: readonly Person[]
  /** the customer's CRM contacts */
  contacts: readonly Person[]
  /** the website's order-alert addresses */
  websiteStaff: readonly string[]
}

export type Recipient = { channel: NotificationChannel; to: string; name: string | null; locale: string | null }

const E164 = /^\+[1-9]\d{6,14}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** A phone as typed into a CRM (`+1 (555) 010-0200`) in E.164, or null when it is not an international number. */
export function normalizePhone(value: string | null | undefined): string | null {
  const compact = (value ?? '').replace(/[\s().-]/g, '')
  return E164.test(compact) ? compact : null
}

const normalizeEmail = (value: string | null | undefined): string | null => {
  const email = (value ?? '').trim()
  return EMAIL.test(email) ? email : null
}

const address = (channel: NotificationChannel, person: Person) => (channel === 'email' ? normalizeEmail(person.email) : normalizePhone(person.phone))

const anonymous = (value: string): Person => ({ name: null, email: value, phone: value, locale: null })

/** The people of the customer the spec names. */
function customerPeople(spec: RecipientSpec, directory: RecipientDirectory, channel: NotificationChannel): Person[] {
  const company = directory.company ? [directory.company] : []
  const reachable = (people: readonly Person[]) => people.filter((person) => address(channel, person) !== null)
  switch (spec.customer) {
    case 'company':
      return company
    case 'users':
      return [...directory.customerUsers]
    case 'companyOrUsers':
      // the company's own address when it has one on this channel, else every user of it
      return reachable(company).length ? company : [...directory.customerUsers]
    case 'companyAndUsers':
      return [...company, ...directory.customerUsers]
    default:
      return []
  }
}

/**
 * Every (channel, address) the spec reaches, once each: staff named directly or through a role or a unit, the
 * customer's people, its contacts, the website's staff list and the fixed addresses. People without an address on a
 * channel are skipped on it (a staff user without a phone gets the email only). The first mention of an address
 * wins, so a staff user's own locale beats the same address listed as a fixed one.
 */
export function resolveRecipients(spec: RecipientSpec, channels: readonly NotificationChannel[], directory: RecipientDirectory): Recipient[] {
  const staff = directory.staff.filter(
    (member) =>
      spec.users.some((id) => sameId(id, member.id)) ||
      member.roles.some((role) => spec.roles.some((id) => sameId(id, role))) ||
      member.businessUnits.some((unit) => spec.businessUnits.some((id) => sameId(id, unit))),
  )
  const seen = new Set<string>()
  const recipients: Recipient[] = []
  for (const channel of channels) {
    const people: Person[] = [
      ...staff,
      ...customerPeople(spec, directory, channel),
      ...(spec.contacts ? directory.contacts : []),
      ...(spec.websiteStaff && channel === 'email' ? directory.websiteStaff.map(anonymous) : []),
      ...(channel === 'email' ? spec.emails : spec.phones).map(anonymous),
    ]
    for (const person of people) {
      const to = address(channel, person)
      const key = `${channel}:${to?.toLowerCase()}`
      if (!to || seen.has(key)) continue
      seen.add(key)
      recipients.push({ channel, to, name: person.name, locale: person.locale })
    }
  }
  return recipients
}
