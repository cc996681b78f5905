import type { Config, Field, Plugin } from 'payload'

import { addRelatedPanel, extendCollection, registerDemoSeed, registerNotificationRecorder, subscribeToDomainEvent } from '../../src/kit'
import { alertRulesCollection } from './collections/alert-rules'
import { Notifications, NOTIFICATIONS_SLUG } from './collections/notifications'
import { seedDemoAlertRules } from './demo/seed-demo-rules'
import { recordNotification } from './recorder/record-notification'
import type { AlertRule } from './rules/alert-rule'
import { BUILT_IN_ALERT_RULES } from './rules/built-in-rules'
import { deliverAlerts, type AlertDeliveryOptions } from './subscribers/deliver-alerts'
import { LOCALE_FIELD } from './subscribers/load-directory'
import * as occurrences from './subscribers/occurrences'

export { BUILT_IN_ALERT_RULES, LINE_SHIPMENT_NOTICE, ORDER_CONFIRMATION, ORDER_SHIPMENT_NOTICE, STAFF_ORDER_ALERT } from './rules/built-in-rules'
export type { AlertRule } from './rules/alert-rule'

export type AlertsPluginOptions = {
  /**
   * false removes the plugin: no rules, notifications, subscribers, website or locale fields.
   * @default true
   */
  enabled?: boolean
  /**
   * Who a rule's "website staff" reaches when the order's website lists no `orderAlertRecipients` of its own (the
   * built-in new-order alert uses it).
   * @default the ORDER_ALERT_RECIPIENTS environment variable, comma-separated (none when unset)
   */
  staffRecipients?: string[]
  /**
   * Rules that hold without any data, matched and sent like the `alert-rules` documents. Pass a list to replace
   * them, e.g. `BUILT_IN_ALERT_RULES.filter((rule) => rule.key !== 'default:order-shipped')`, or `[]` for none.
   * @default BUILT_IN_ALERT_RULES (new order → website staff; order confirmation, line and order shipment notices → buyer)
   */
  builtInRules?: readonly AlertRule[]
  /**
   * How often a failed delivery is retried by the job runner (each retry sends only the messages not yet sent).
   * @default 5
   */
  retries?: number
}

const PLUGIN = 'alerts'
const isEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)

const orderAlertRecipients: Field = {
  name: 'orderAlertRecipients',
  type: 'text',
  hasMany: true,
  admin: { description: 'Staff emails told about every new order on this website' },
  // staff email addresses: closed to anonymous and storefront callers (src/kit/staff-only-fields.ts)
  custom: { bureau: { staffOnly: true } },
  validate: (value: unknown) =>
    !Array.isArray(value) || value.every((email) => typeof email === 'string' && isEmail(email)) ? true : 'Each recipient must be an email address',
}

/** The language a person's alerts are written in; the default content locale when empty. */
const notificationLocale = (config: Config): Field[] => {
  const locales = config.localization ? config.localization.locales : []
  if (!locales.length) return []
  const options = locales.map((locale) => (typeof locale === 'string' ? { value: locale, label: locale } : { value: locale.code, label: typeof locale.label === 'string' ? locale.label : locale.code }))
  return [{ name: LOCALE_FIELD, type: 'select', options, admin: { description: 'Language of the alerts and notices sent to this person' } }]
}

/**
 * Alert rules and notifications (README.md): every domain event an alert can follow is delivered to one subscriber,
 * which matches the built-in and stored rules and sends email and SMS through the kit's channels; every send is
 * kept in `notifications`, shown on the order.
 */
export const alertsPlugin =
  (options: AlertsPluginOptions = {}): Plugin =>
  (incoming) => {
    if (options.enabled === false) return incoming
    const staffRecipients =
      options.staffRecipients ?? (process.env.ORDER_ALERT_RECIPIENTS ?? '').split(',').map((email) => email.trim()).filter(Boolean)
    const contacts = (incoming.collections ?? []).some((collection) => collection.slug === 'contacts')
    let config: Config = { ...incoming, collections: [...(incoming.collections ?? []), alertRulesCollection({ contacts }), Notifications] }
    config = extendCollection(config, PLUGIN, 'websites', { fields: [orderAlertRecipients] })
    // staff, storefront users and the customer company itself (its own email address) each read their language
    for (const slug of ['users', 'customer-users', 'customers']) config = extendCollection(config, PLUGIN, slug, { fields: notificationLocale(config) })
    config = addRelatedPanel(config, PLUGIN, 'orders', {
      name: 'notifications',
      label: 'Notifications',
      collection: NOTIFICATIONS_SLUG,
      on: 'order',
      description: 'Every alert and notice sent about this order',
      defaultColumns: ['createdAt', 'channel', 'recipient', 'subject', 'status', 'attempts'],
      defaultLimit: 20,
      // written by the deliveries only: no "Add new" that would answer 403
      allowCreate: false,
      // a log of what was sent: it goes with the order
      onDelete: 'cascade',
    })
    registerNotificationRecorder(config, recordNotification)
    const delivery: AlertDeliveryOptions = { builtInRules: options.builtInRules ?? BUILT_IN_ALERT_RULES, staffRecipients }
    const common = { retries: options.retries ?? 5, effects: 'external' as const }
    subscribeToDomainEvent(config, { ...common, event: 'order.placed', name: 'alerts:order-placed', handler: deliverAlerts('orderPlaced', occurrences.orderPlaced, delivery) })
    subscribeToDomainEvent(config, {
      ...common,
      event: 'order.statusChanged',
      name: 'alerts:order-status-changed',
      handler: deliverAlerts('orderStatusChanged', occurrences.orderStatusChanged, delivery),
    })
    subscribeToDomainEvent(config, {
      ...common,
      event: 'order.line.statusChanged',
      name: 'alerts:order-line-status-changed',
      handler: deliverAlerts('orderLineStatusChanged', occurrences.orderLineStatusChanged, delivery),
    })
    subscribeToDomainEvent(config, {
      ...common,
      event: 'order.paymentFailed',
      name: 'alerts:order-payment-failed',
      handler: deliverAlerts('orderPaymentFailed', occurrences.orderPaymentFailed, delivery),
    })
    // emitted by inventory and tasks when they are installed; without them these subscribers simply never run
    subscribeToDomainEvent(config, { ...common, event: 'stock.low', name: 'alerts:stock-low', handler: deliverAlerts('stockLow', occurrences.stockLow, delivery) })
    subscribeToDomainEvent(config, {
      ...common,
      event: 'task.statusChanged',
      name: 'alerts:task-status-changed',
      handler: deliverAlerts('taskStatusChanged', occurrences.taskStatusChanged, delivery),
    })
    registerDemoSeed(config, { name: 'alerts:rules', plugin: PLUGIN, seed: seedDemoAlertRules })
    return config
  }
