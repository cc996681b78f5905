/**
 * The texts a rule uses where its own templates are empty, per event and locale (English and German, the app's
 * content locales). Staff write their own in `alert-rules`; these keep a rule with no texts useful.
 */
import type { AlertEvent, AlertTemplates } from './alert-rule'

const orderBlock = '{{order.lines}}\n\n{{order.totals}}\n\nOpen it: {{order.url}}'

export const DEFAULT_TEMPLATES: Record<AlertEvent, AlertTemplates> = {
  orderPlaced: {
    emailSubject: { en: 'New order {{order.number}} from {{customer.name}}: {{order.total}}', de: 'Neuer Auftrag {{order.number}} von {{customer.name}}: {{order.total}}' },
    emailBody: {
      en: `{{customer.name}} placed order {{order.number}}.\n\n${orderBlock}`,
      de: `{{customer.name}} hat den Auftrag {{order.number}} erteilt.\n\n{{order.lines}}\n\n{{order.totals}}\n\nÖffnen: {{order.url}}`,
    },
    smsBody: { en: 'New order {{order.number}} from {{customer.name}}: {{order.total}}', de: 'Neuer Auftrag {{order.number}} von {{customer.name}}: {{order.total}}' },
  },
  orderStatusChanged: {
    emailSubject: { en: 'Order {{order.number}} is now {{status.to}}', de: 'Auftrag {{order.number}} ist jetzt {{status.to}}' },
    emailBody: {
      en: 'Order {{order.number}} of {{customer.name}} went from {{status.from}} to {{status.to}}.\nReason: {{reason}}\n\nOpen it: {{order.url}}',
      de: 'Auftrag {{order.number}} von {{customer.name}} wechselte von {{status.from}} zu {{status.to}}.\nGrund: {{reason}}\n\nÖffnen: {{order.url}}',
    },
    smsBody: { en: 'Order {{order.number}}: {{status.to}}', de: 'Auftrag {{order.number}}: {{status.to}}' },
  },
  orderLineStatusChanged: {
    emailSubject: { en: 'Order {{order.number}}: {{line.sku}} is now {{status.to}}', de: 'Auftrag {{order.number}}: {{line.sku}} ist jetzt {{status.to}}' },
    emailBody: {
      en: '{{line.quantity}} × {{line.sku}} {{line.name}} of order {{order.number}} went from {{status.from}} to {{status.to}}.\nReason: {{reason}}\n\nOpen it: {{order.url}}',
      de: '{{line.quantity}} × {{line.sku}} {{line.name}} aus Auftrag {{order.number}} wechselte von {{status.from}} zu {{status.to}}.\nGrund: {{reason}}\n\nÖffnen: {{order.url}}',
    },
    smsBody: { en: 'Order {{order.number}}: {{line.sku}} {{status.to}}', de: 'Auftrag {{order.number}}: {{line.sku}} {{status.to}}' },
  },
  orderPaymentFailed: {
    emailSubject: { en: 'Payment failed for order {{order.number}}', de: 'Zahlung für Auftrag {{order.number}} fehlgeschlagen' },
    emailBody: {
      en: 'A payment of {{payment.amount}} for order {{order.number}} of {{customer.name}} failed: {{reason}}\n\nOpen it: {{order.url}}',
      de: 'Eine Zahlung über {{payment.amount}} für Auftrag {{order.number}} von {{customer.name}} ist fehlgeschlagen: {{reason}}\n\nÖffnen: {{order.url}}',
    },
    smsBody: { en: 'Payment failed for order {{order.number}} ({{payment.amount}}): {{reason}}', de: 'Zahlung fehlgeschlagen, Auftrag {{order.number}} ({{payment.amount}}): {{reason}}' },
  },
  stockLow: {
    emailSubject: { en: 'Low stock: {{stock.sku}} in {{stock.warehouse}}', de: 'Niedriger Bestand: {{stock.sku}} in {{stock.warehouse}}' },
    emailBody: {
      en: '{{stock.sku}} {{stock.name}} is down to {{stock.available}} in {{stock.warehouse}} (threshold {{stock.threshold}}).',
      de: '{{stock.sku}} {{stock.name}}: nur noch {{stock.available}} in {{stock.warehouse}} (Schwelle {{stock.threshold}}).',
    },
    smsBody: { en: 'Low stock: {{stock.sku}} {{stock.available}} left in {{stock.warehouse}}', de: 'Niedriger Bestand: {{stock.sku}} noch {{stock.available}} in {{stock.warehouse}}' },
  },
  taskStatusChanged: {
    emailSubject: { en: 'Task "{{task.title}}" is now {{status.to}}', de: 'Aufgabe „{{task.title}}“ ist jetzt {{status.to}}' },
    emailBody: {
      en: 'The task "{{task.title}}" went from {{status.from}} to {{status.to}}.\nReason: {{reason}}\n\nOpen it: {{task.url}}',
      de: 'Die Aufgabe „{{task.title}}“ wechselte von {{status.from}} zu {{status.to}}.\nGrund: {{reason}}\n\nÖffnen: {{task.url}}',
    },
    smsBody: { en: 'Task "{{task.title}}": {{status.to}}', de: 'Aufgabe „{{task.title}}“: {{status.to}}' },
  },
}
