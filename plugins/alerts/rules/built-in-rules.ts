/**
 * The rules every installation has without any data (plugin option `builtInRules`, overridable): staff hear of
 * every order, the buyer gets an order confirmation and shipment notices. They match and send exactly like rules
 * staff write in `alert-rules`.
 */
import { NO_RECIPIENTS, NO_TEMPLATES, type AlertRule } from './alert-rule'

const rule = (fields: Pick<AlertRule, 'key' | 'name' | 'event' | 'recipients'> & Partial<AlertRule>): AlertRule => ({
  id: null,
  active: true,
  status: null,
  conditions: { websites: [], customerGroups: [], grandTotalAbove: null },
  channels: ['email'],
  templates: NO_TEMPLATES,
  ...fields,
})

/** The buyer: the customer company's own email, else each of its storefront users. */
const BUYER = { ...NO_RECIPIENTS, customer: 'companyOrUsers' as const }

export const STAFF_ORDER_ALERT = rule({
  key: 'default:staff-order-placed',
  name: 'New order → website staff',
  event: 'orderPlaced',
  recipients: { ...NO_RECIPIENTS, websiteStaff: true },
})

export const ORDER_CONFIRMATION = rule({
  key: 'default:order-confirmation',
  name: 'Order confirmation → buyer',
  event: 'orderPlaced',
  recipients: BUYER,
  templates: {
    emailSubject: { en: 'Order confirmation {{order.number}}', de: 'Auftragsbestätigung {{order.number}}' },
    emailBody: {
      en: 'Thank you for your order {{order.number}}.\n\n{{order.lines}}\n\n{{order.totals}}\n\nWe will let you know when it ships.',
      de: 'Vielen Dank für Ihren Auftrag {{order.number}}.\n\n{{order.lines}}\n\n{{order.totals}}\n\nWir melden uns, sobald er versandt wird.',
    },
    smsBody: {},
  },
})

export const LINE_SHIPMENT_NOTICE = rule({
  key: 'default:line-shipped',
  name: 'Line shipped → buyer',
  event: 'orderLineStatusChanged',
  status: 'shipped',
  recipients: BUYER,
  templates: {
    emailSubject: { en: 'Shipped from your order {{order.number}}: {{line.sku}}', de: 'Aus Ihrem Auftrag {{order.number}} versandt: {{line.sku}}' },
    emailBody: {
      en: 'We shipped {{line.quantity}} × {{line.sku}} {{line.name}} from your order {{order.number}}.',
      de: 'Wir haben {{line.quantity}} × {{line.sku}} {{line.name}} aus Ihrem Auftrag {{order.number}} versandt.',
    },
    smsBody: {},
  },
})

export const ORDER_SHIPMENT_NOTICE = rule({
  key: 'default:order-shipped',
  name: 'Order shipped → buyer',
  event: 'orderStatusChanged',
  status: 'shipped',
  recipients: BUYER,
  templates: {
    emailSubject: { en: 'Your order {{order.number}} has shipped', de: 'Ihr Auftrag {{order.number}} wurde versandt' },
    emailBody: {
      en: 'Everything in your order {{order.number}} has shipped.\n\n{{order.lines}}',
      de: 'Ihr Auftrag {{order.number}} wurde vollständig versandt.\n\n{{order.lines}}',
    },
    smsBody: {},
  },
})

/** The default of the `builtInRules` option; spread and filter it to keep some (`BUILT_IN_ALERT_RULES.slice(0, 1)`). */
export const BUILT_IN_ALERT_RULES: readonly AlertRule[] = [STAFF_ORDER_ALERT, ORDER_CONFIRMATION, LINE_SHIPMENT_NOTICE, ORDER_SHIPMENT_NOTICE]
