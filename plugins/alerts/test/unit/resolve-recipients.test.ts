import { describe, expect, it } from 'vitest'

import { NO_RECIPIENTS, type RecipientSpec } from '../../rules/alert-rule'
import { normalizePhone, resolveRecipients, type RecipientDirectory } from '../../rules/resolve-recipients'

const directory: RecipientDirectory = {
  staff: [
    { id: 1, name: 'Ada Admin', email: 'ada@bureau.test', phone: '+15550000001', locale: null, roles: [10], businessUnits: [100] },
    { id: 2, name: 'Erik East', email: 'erik@bureau.test', phone: null, locale: 'de', roles: [20], businessUnits: [200] },
    { id: 3, name: 'Wanda West', email: 'wanda@bureau.test', phone: '+15550000003', locale: 'en', roles: [20], businessUnits: [300] },
  ],
  company: { name: 'Acme Corp', email: 'orders@acme.test', phone: null, locale: null },
  customerUsers: [
    { name: 'Bea Buyer', email: 'bea@acme.test', phone: '+15550000010', locale: 'de' },
    { name: 'Carl Clerk', email: 'carl@acme.test', phone: null, locale: null },
  ],
  contacts: [{ name: 'Dora Contact', email: 'dora@acme.test', phone: '+1 (555) 000-0020', locale: null }],
  websiteStaff: ['sales@bureau.test', 'ops@bureau.test'],
}

const spec = (fields: Partial<RecipientSpec>): RecipientSpec => ({ ...NO_RECIPIENTS, ...fields })
const addresses = (recipients: ReturnType<typeof resolveRecipients>) => recipients.map((recipient) => `${recipient.channel}:${recipient.to}`)

describe('resolveRecipients', () => {
  it('reaches staff by id, by role and by business unit, once each', () => {
    const found = resolveRecipients(spec({ users: [1], roles: [20], businessUnits: [300] }), ['email'], directory)
    expect(addresses(found)).toEqual(['email:ada@bureau.test', 'email:erik@bureau.test', 'email:wanda@bureau.test'])
    expect(found.map((recipient) => recipient.locale)).toEqual([null, 'de', 'en'])
  })

  it('texts only the staff with a phone, and mails everyone', () => {
    const found = resolveRecipients(spec({ roles: [20] }), ['email', 'sms'], directory)
    expect(addresses(found)).toEqual(['email:erik@bureau.test', 'email:wanda@bureau.test', 'sms:+15550000003'])
  })

  it('reaches the buyer as the spec says: company, users, company else users, both', () => {
    expect(addresses(resolveRecipients(spec({ customer: 'company' }), ['email'], directory))).toEqual(['email:orders@acme.test'])
    expect(addresses(resolveRecipients(spec({ customer: 'users' }), ['email'], directory))).toEqual(['email:bea@acme.test', 'email:carl@acme.test'])
    expect(addresses(resolveRecipients(spec({ customer: 'companyOrUsers' }), ['email'], directory))).toEqual(['email:orders@acme.test'])
    // the company has no phone: its users are texted instead (those with a phone)
    expect(addresses(resolveRecipients(spec({ customer: 'companyOrUsers' }), ['sms'], directory))).toEqual(['sms:+15550000010'])
    expect(addresses(resolveRecipients(spec({ customer: 'companyAndUsers' }), ['email'], directory))).toHaveLength(3)
    expect(resolveRecipients(spec({ customer: 'companyOrUsers' }), ['email'], { ...directory, company: null }).map((r) => r.locale)).toEqual(['de', null])
  })

  it('reaches CRM contacts, normalizing a typed phone to E.164', () => {
    expect(addresses(resolveRecipients(spec({ contacts: true }), ['email', 'sms'], directory))).toEqual(['email:dora@acme.test', 'sms:+15550000020'])
  })

  it('mails the website staff (never texts them) and the fixed addresses and numbers', () => {
    const found = resolveRecipients(spec({ websiteStaff: true, emails: ['boss@bureau.test'], phones: ['+15559990000'] }), ['email', 'sms'], directory)
    expect(addresses(found)).toEqual(['email:sales@bureau.test', 'email:ops@bureau.test', 'email:boss@bureau.test', 'sms:+15559990000'])
  })

  it('keeps the first mention of an address (a staff user’s locale beats the same fixed address), case-insensitively', () => {
    const found = resolveRecipients(spec({ users: [2], emails: ['ERIK@bureau.test'] }), ['email'], directory)
    expect(found).toEqual([{ channel: 'email', to: 'erik@bureau.test', name: 'Erik East', locale: 'de' }])
  })

  it('reaches nobody with an empty spec', () => {
    expect(resolveRecipients(NO_RECIPIENTS, ['email', 'sms'], directory)).toEqual([])
  })
})

describe('normalizePhone', () => {
  it('strips spaces, dashes and brackets, and refuses numbers without a country code', () => {
    expect(normalizePhone('+49 30 1234-5678')).toBe('+493012345678')
    expect(normalizePhone('030 1234 5678')).toBeNull()
    expect(normalizePhone(null)).toBeNull()
  })
})
