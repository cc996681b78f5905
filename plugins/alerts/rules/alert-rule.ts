/**
 * What an alert rule is, as plain data (pure, no Payload import): the `alert-rules` documents and the built-in
 * default rules both become `AlertRule`s before matching, so one code path serves both.
 */
import type { Id, NotificationChannel } from '../../../src/kit'

/** The occurrences a rule can listen to; each is one domain event (see DOMAIN_EVENT_OF). */
export const ALERT_EVENTS = ['orderPlaced', 'orderStatusChanged', 'orderLineStatusChanged', 'orderPaymentFailed', 'stockLow', 'taskStatusChanged'] as const
export type AlertEvent = (typeof ALERT_EVENTS)[number]

export const ALERT_EVENT_LABELS: Record<AlertEvent, string> = {
  orderPlaced: 'Order placed',
  orderStatusChanged: 'Order status changed to…',
  orderLineStatusChanged: 'Order line status changed to…',
  orderPaymentFailed: 'Payment failed',
  stockLow: 'Stock low',
  taskStatusChanged: 'Task status changed to…',
}

/** The domain event behind each alert event (declared by orders, inventory and tasks in the kit's event map). */
export const DOMAIN_EVENT_OF = {
  orderPlaced: 'order.placed',
  orderStatusChanged: 'order.statusChanged',
  orderLineStatusChanged: 'order.line.statusChanged',
  orderPaymentFailed: 'order.paymentFailed',
  stockLow: 'stock.low',
  taskStatusChanged: 'task.statusChanged',
} as const satisfies Record<AlertEvent, string>

/** Events whose rules may name the status entered ("changed to X"). */
export const STATUS_EVENTS: readonly AlertEvent[] = ['orderStatusChanged', 'orderLineStatusChanged', 'taskStatusChanged']
/** Events about an order: only these know a website, a customer (group) and a grand total. */
export const ORDER_EVENTS: readonly AlertEvent[] = ['orderPlaced', 'orderStatusChanged', 'orderLineStatusChanged', 'orderPaymentFailed']

/**
 * Who of the order's customer a rule reaches: the company's own email/phone, its storefront users, either (the
 * company's address, else its users) or both.
 */
export const CUSTOMER_RECIPIENTS = ['none', 'company', 'users', 'companyOrUsers', 'companyAndUsers'] as const
export type CustomerRecipients = (typeof CUSTOMER_RECIPIENTS)[number]

export type RecipientSpec = {
  /** staff users by id */
  users: readonly Id[]
  /** every staff user holding one of these roles */
  roles: readonly Id[]
  /** every staff user working in one of these business units */
  businessUnits: readonly Id[]
  /** the order's customer (order events only) */
  customer: CustomerRecipients
  /** the customer's CRM contacts (order events only; when the crm plugin is installed) */
  contacts: boolean
  /** the website's order-alert recipients (`websites.orderAlertRecipients`, else the plugin's `staffRecipients`) */
  websiteStaff: boolean
  /** fixed addresses and numbers */
  emails: readonly string[]
  phones: readonly string[]
}

/** A text per locale code (`{ en: 'Shipped', de: 'Versandt' }`); a missing locale falls back to the default one. */
export type LocalizedText = Readonly<Record<string, string | null | undefined>>

export type AlertTemplates = { emailSubject: LocalizedText; emailBody: LocalizedText; smsBody: LocalizedText }

export type AlertRule = {
  /** unique among rules: `rule:<id>` for documents, `default:<name>` for built-in rules; part of each send's key */
  key: string
  /** the `alert-rules` document, when the rule is one */
  id: Id | null
  name: string
  active: boolean
  event: AlertEvent
  /** the status entered, for status events; null: any */
  status: string | null
  conditions: {
    websites: readonly Id[]
    customerGroups: readonly Id[]
    /** the order's grand total must be above this amount, in minor units of this currency (no conversion) */
    grandTotalAbove: { amount: number; currency: string } | null
  }
  channels: readonly NotificationChannel[]
  recipients: RecipientSpec
  /** empty texts fall back to the event's default templates (rules/default-templates.ts) */
  templates: AlertTemplates
}

export const NO_RECIPIENTS: RecipientSpec = { users: [], roles: [], businessUnits: [], customer: 'none', contacts: false, websiteStaff: false, emails: [], phones: [] }
export const NO_TEMPLATES: AlertTemplates = { emailSubject: {}, emailBody: {}, smsBody: {} }
