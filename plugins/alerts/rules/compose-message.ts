/**
 * One rule's message for one recipient (pure): the rule's text in the recipient's locale, else its default-locale
 * text, else the event's default template; rendered as plain text, and as escaped HTML for email.
 */
import type { NotificationMessage } from '../../../src/kit'
import type { AlertRule } from './alert-rule'
import { DEFAULT_TEMPLATES } from './default-templates'
import { renderTemplate, textIn, type TemplateVariables } from './render-template'
import type { Recipient } from './resolve-recipients'

export type ComposedMessage = { message: NotificationMessage; locale: string; missing: string[] }

/** SMS longer than this are cut (three concatenated GSM segments), with an ellipsis. */
export const SMS_MAX_LENGTH = 459

const template = (rule: AlertRule, part: keyof AlertRule['templates'], locale: string | null, defaultLocale: string) =>
  textIn(rule.templates[part], locale, defaultLocale) ?? textIn(DEFAULT_TEMPLATES[rule.event][part], locale, defaultLocale) ?? ''

/**
 * `variablesFor(locale)` builds the variables in the language the message is written in (money and numbers are
 * formatted by it); `recipient.name` is added here.
 */
export function composeMessage(
  rule: AlertRule,
  recipient: Recipient,
  variablesFor: (locale: string) => TemplateVariables,
  locales: { available: readonly string[]; default: string },
): ComposedMessage {
  const locale = recipient.locale && locales.available.includes(recipient.locale) ? recipient.locale : locales.default
  const variables = { ...variablesFor(locale), 'recipient.name': recipient.name }
  const render = (part: keyof AlertRule['templates'], format: 'text' | 'html') =>
    renderTemplate(template(rule, part, locale, locales.default), variables, { locale, format })
  if (recipient.channel === 'sms') {
    const body = render('smsBody', 'text')
    const text = body.text.length > SMS_MAX_LENGTH ? `${body.text.slice(0, SMS_MAX_LENGTH - 1)}…` : body.text
    return { message: { channel: 'sms', to: recipient.to, text }, locale, missing: body.missing }
  }
  const subject = render('emailSubject', 'text')
  const text = render('emailBody', 'text')
  const html = render('emailBody', 'html')
  return {
    message: { channel: 'email', to: recipient.to, subject: subject.text.replace(/\s*\n\s*/g, ' '), text: text.text, html: html.text.replace(/\n/g, '<br>\n') },
    locale,
    missing: [...new Set([...subject.missing, ...text.missing])],
  }
}
