import { describe, expect, it } from 'vitest'

import { NO_RECIPIENTS, NO_TEMPLATES, type AlertRule } from '../../rules/alert-rule'
import { ORDER_CONFIRMATION, STAFF_ORDER_ALERT } from '../../rules/built-in-rules'
import { composeMessage, SMS_MAX_LENGTH } from '../../rules/compose-message'
import type { Recipient } from '../../rules/resolve-recipients'
import { orderLinesText, orderTotalsText, orderVariables, type OrderFacts } from '../../rules/variables'

const order: OrderFacts = {
  number: 'BO-261123-ABC123',
  status: 'pending',
  currency: { code: 'USD', minorDigits: 2 },
  lines: [
    { sku: 'SCREW', name: 'Screw', quantity: 30, unitPrice: '1.0149', total: 3045 },
    { sku: 'DRILL', name: 'Drill', quantity: 1, unitPrice: '129.9900', total: 12_999 },
  ],
  subtotal: 16_044,
  discountTotal: 0,
  shippingTotal: 776,
  taxTotal: 0,
  grandTotal: 16_820,
  customerName: 'Acme Corp',
  customerCode: 'ACME',
  websiteName: 'Store',
  url: 'https://bureau.example/admin/collections/orders/7',
}
const locales = { available: ['en', 'de'], default: 'en' }
const variablesFor = (locale: string) => orderVariables(order, locale)
const to = (fields: Partial<Recipient> = {}): Recipient => ({ channel: 'email', to: 'bea@acme.test', name: 'Bea Buyer', locale: null, ...fields })

describe('order variables', () => {
  it('lists each line with its exact unit price and the line total: 30 × 1.0149 = 30.45', () => {
    expect(orderLinesText(order, 'en')).toBe('30 × SCREW Screw @ $1.0149 = $30.45\n1 × DRILL Drill @ $129.99 = $129.99')
  })

  it('shows only the totals that apply, in the locale: subtotal 160.44 + shipping 7.76 = 168.20', () => {
    expect(orderTotalsText(order, 'en')).toBe('Subtotal: $160.44\nShipping: $7.76\nTotal: $168.20')
    expect(orderTotalsText({ ...order, discountTotal: 500, grandTotal: 16_320 }, 'de')).toBe('Zwischensumme: 160,44\u00a0$\nRabatte: -5,00\u00a0$\nVersand: 7,76\u00a0$\nGesamt: 163,20\u00a0$')
  })
})

describe('composeMessage', () => {
  it('writes the staff alert from the event’s default template, with the admin link', () => {
    const { message, locale } = composeMessage(STAFF_ORDER_ALERT, to({ to: 'sales@bureau.test', name: null }), variablesFor, locales)
    expect(locale).toBe('en')
    expect(message.subject).toBe('New order BO-261123-ABC123 from Acme Corp: $168.20')
    expect(message.text).toContain('30 × SCREW Screw @ $1.0149 = $30.45')
    expect(message.text).toContain('Open it: https://bureau.example/admin/collections/orders/7')
  })

  it('leaves out the link line when the server URL is unknown', () => {
    const { message } = composeMessage(STAFF_ORDER_ALERT, to(), (locale) => orderVariables({ ...order, url: null }, locale), locales)
    expect(message.text).not.toContain('Open it')
  })

  it('writes in the recipient’s locale, money included, and in the default locale for an unknown one', () => {
    const german = composeMessage(ORDER_CONFIRMATION, to({ locale: 'de' }), variablesFor, locales)
    expect(german.message.subject).toBe('Auftragsbestätigung BO-261123-ABC123')
    expect(german.message.text).toContain('Gesamt: 168,20\u00a0$')
    const french = composeMessage(ORDER_CONFIRMATION, to({ locale: 'fr' }), variablesFor, locales)
    expect(french.locale).toBe('en')
    expect(french.message.subject).toBe('Order confirmation BO-261123-ABC123')
  })

  it('uses a rule’s own text per locale, falling back to its default-locale text, then to the event’s', () => {
    const rule: AlertRule = {
      ...STAFF_ORDER_ALERT,
      key: 'rule:9',
      templates: { ...NO_TEMPLATES, emailSubject: { en: 'Hello {{recipient.name}}', de: 'Hallo {{recipient.name}}' } },
    }
    expect(composeMessage(rule, to({ locale: 'de' }), variablesFor, locales).message.subject).toBe('Hallo Bea Buyer')
    expect(composeMessage({ ...rule, templates: { ...rule.templates, emailSubject: { en: 'Hello' } } }, to({ locale: 'de' }), variablesFor, locales).message.subject).toBe('Hello')
    // no body of its own: the event's default body, in German
    expect(composeMessage(rule, to({ locale: 'de' }), variablesFor, locales).message.text).toContain('hat den Auftrag BO-261123-ABC123 erteilt')
  })

  it('escapes customer data in the HTML part and keeps the lines', () => {
    const variables = (locale: string) => orderVariables({ ...order, customerName: 'A<script>' }, locale)
    const { message } = composeMessage(STAFF_ORDER_ALERT, to(), variables, locales)
    expect(message.html).toContain('A&lt;script&gt; placed order')
    expect(message.html).toContain('<br>\n30 × SCREW Screw')
    expect(message.text).toContain('A<script> placed order')
  })

  it('writes an SMS from the SMS text, cut to three segments', () => {
    const sms = composeMessage(STAFF_ORDER_ALERT, to({ channel: 'sms', to: '+15550000001' }), variablesFor, locales)
    expect(sms.message).toEqual({ channel: 'sms', to: '+15550000001', text: 'New order BO-261123-ABC123 from Acme Corp: $168.20' })
    const long: AlertRule = { ...STAFF_ORDER_ALERT, templates: { ...NO_TEMPLATES, smsBody: { en: 'x'.repeat(600) } } }
    const cut = composeMessage(long, to({ channel: 'sms', to: '+15550000001' }), variablesFor, locales).message.text
    expect(cut).toHaveLength(SMS_MAX_LENGTH)
    expect(cut.endsWith('…')).toBe(true)
  })

  it('reports unknown variables a rule uses', () => {
    const rule: AlertRule = { ...STAFF_ORDER_ALERT, recipients: NO_RECIPIENTS, templates: { ...NO_TEMPLATES, emailSubject: { en: '{{ordr.number}}' } } }
    expect(composeMessage(rule, to(), variablesFor, locales).missing).toEqual(['ordr.number'])
  })
})
