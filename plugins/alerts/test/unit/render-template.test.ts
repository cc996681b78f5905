import { describe, expect, it } from 'vitest'

import { escapeHtml, renderTemplate, textIn } from '../../rules/render-template'

const USD = { code: 'USD', minorDigits: 2 }
const KWD = { code: 'KWD', minorDigits: 3 }
const text = { locale: 'en', format: 'text' as const }

describe('renderTemplate', () => {
  it('fills placeholders, spaces inside the braces allowed', () => {
    expect(renderTemplate('Order {{order.number}} for {{ customer.name }}', { 'order.number': 'BO-1', 'customer.name': 'Acme' }, text)).toEqual({
      text: 'Order BO-1 for Acme',
      missing: [],
    })
  })

  it('renders money in the locale: 16029 USD → $160.29 in English, 160,29 $ in German; KWD keeps three digits', () => {
    const variables = { total: { money: 16_029, currency: USD }, dinar: { money: 245, currency: KWD } }
    expect(renderTemplate('{{total}} / {{dinar}}', variables, text).text).toBe('$160.29 / KWD\u00a00.245')
    expect(renderTemplate('{{total}}', variables, { locale: 'de', format: 'text' }).text).toBe('160,29\u00a0$')
  })

  it('renders numbers with the locale’s decimal point, at most three decimals: 1.5 → 1,5 in German', () => {
    expect(renderTemplate('{{quantity}}', { quantity: 1.5 }, { locale: 'de', format: 'text' }).text).toBe('1,5')
    expect(renderTemplate('{{quantity}}', { quantity: 2.25 }, text).text).toBe('2.25')
  })

  it('renders a missing variable empty and names it, once', () => {
    expect(renderTemplate('Hi {{name}}, {{ordr.number}} {{ordr.number}}!', { name: 'Bo' }, text)).toEqual({ text: 'Hi Bo,  !', missing: ['ordr.number'] })
  })

  it('drops a line whose placeholders all rendered empty, and keeps lines without placeholders', () => {
    const template = 'Order {{order.number}}\n\nOpen it: {{order.url}}\nReason: {{reason}}'
    expect(renderTemplate(template, { 'order.number': 'BO-1', 'order.url': null, reason: 'late' }, text).text).toBe('Order BO-1\n\nReason: late')
  })

  it('escapes values in HTML, never the template itself', () => {
    const rendered = renderTemplate('<p>{{customer.name}}</p>', { 'customer.name': '<b>Tom & "Jerry"</b>' }, { locale: 'en', format: 'html' })
    expect(rendered.text).toBe('<p>&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;</p>')
    expect(renderTemplate('{{customer.name}}', { 'customer.name': '<b>' }, text).text).toBe('<b>')
  })
})

describe('escapeHtml', () => {
  it('escapes the five HTML specials', () => expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'))
})

describe('textIn', () => {
  it('takes the locale’s text, else the default locale’s, treating blank as missing', () => {
    expect(textIn({ en: 'Shipped', de: 'Versandt' }, 'de', 'en')).toBe('Versandt')
    expect(textIn({ en: 'Shipped', de: '  ' }, 'de', 'en')).toBe('Shipped')
    expect(textIn({ en: 'Shipped' }, null, 'en')).toBe('Shipped')
    expect(textIn({}, 'de', 'en')).toBeNull()
  })
})
