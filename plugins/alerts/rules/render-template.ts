/**
 * The alert template language (pure): `{{order.number}}` placeholders, nothing else — no logic a staff user could
 * break. Money renders as money in the recipient's locale (`$160.29`, `160,29 $`), numbers with the locale's decimal
 * point; in HTML every value is escaped (a customer named `<b>Acme</b>` stays text). A line whose placeholders all
 * rendered empty is dropped, so an optional fact (`Open it: {{order.url}}` without a server URL) leaves no stub.
 */
import { formatMoney, type CurrencyFormat } from '../../../src/kit'

export type Money = { money: number; currency: CurrencyFormat }
export type TemplateValue = string | number | Money | null | undefined
export type TemplateVariables = Readonly<Record<string, TemplateValue>>
export type TemplateFormat = 'text' | 'html'

export type Rendered = { text: string; missing: string[] }

const PLACEHOLDER = /\{\{\s*([a-zA-Z][\w.]*)\s*\}\}/g

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char])

const isMoney = (value: TemplateValue): value is Money => typeof value === 'object' && value !== null && 'money' in value

/** One value as text in `locale` (unescaped). */
export function formatValue(value: TemplateValue, locale: string): string {
  if (value === null || value === undefined) return ''
  if (isMoney(value)) return formatMoney(value.money, value.currency, locale)
  if (typeof value === 'number') return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(value)
  return value
}

/**
 * Renders `template` with `variables`. A placeholder naming no variable renders empty and is listed in `missing`
 * (the subscriber logs it: a typo in a rule should be seen, not mailed as `{{ordr.number}}`).
 */
export function renderTemplate(template: string, variables: TemplateVariables, options: { locale: string; format: TemplateFormat }): Rendered {
  const missing = new Set<string>()
  const lines = template.split('\n').flatMap((line) => {
    let placeholders = 0
    let filled = 0
    const rendered = line.replace(PLACEHOLDER, (_, name: string) => {
      placeholders += 1
      if (!Object.hasOwn(variables, name)) missing.add(name)
      const text = formatValue(variables[name], options.locale)
      if (text !== '') filled += 1
      return options.format === 'html' ? escapeHtml(text) : text
    })
    return placeholders > 0 && filled === 0 ? [] : [rendered]
  })
  return { text: lines.join('\n'), missing: [...missing] }
}

/** The text for `locale`, else the default locale's, else null (empty strings count as absent). */
export function textIn(texts: Readonly<Record<string, string | null | undefined>>, locale: string | null, defaultLocale: string): string | null {
  const pick = (code: string | null) => (code && texts[code]?.trim() ? (texts[code] as string) : null)
  return pick(locale) ?? pick(defaultLocale)
}
