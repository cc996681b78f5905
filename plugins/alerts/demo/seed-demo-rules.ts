import type { DemoContext, Id } from '../../../src/kit'

const SALES_MANAGER = 'sales.east@bureau.local'
/** A number in the range reserved for fiction (555-01xx), so the demo never texts a real phone. */
const SALES_MANAGER_PHONE = '+15555550123'

const one = (id: Id | undefined) => (id === undefined ? [] : [id as number])

/**
 * A few rules beside the built-in ones: big orders texted to the Sales East manager (whose phone the demo sets),
 * held orders mailed to Sales East, failed payments to administrators by email and SMS, low stock to purchasing,
 * finished tasks to the administrator — the hold rule with German texts too.
 */
export async function seedDemoAlertRules(context: DemoContext): Promise<void> {
  const { payload } = context
  const manager = context.users.get(SALES_MANAGER)
  if (manager !== undefined) {
    const user = await payload.findByID({ collection: 'users', id: manager, depth: 0, overrideAccess: true })
    if (!user.phone) await payload.update({ collection: 'users', id: manager, data: { phone: SALES_MANAGER_PHONE }, overrideAccess: true })
  }
  const usd = context.currencies.get('USD')
  const rules = [
    {
      name: 'Orders over $500 → Sales East manager (SMS)',
      event: 'orderPlaced' as const,
      conditions: usd === undefined ? {} : { grandTotalAbove: 50_000, currency: usd as number },
      channels: ['sms' as const],
      recipients: { users: one(manager) },
      templates: { smsBody: 'Big order {{order.number}} from {{customer.name}}: {{order.total}}' },
    },
    {
      name: 'Order on hold → Sales East',
      event: 'orderStatusChanged' as const,
      status: 'onHold',
      channels: ['email' as const],
      recipients: { businessUnits: one(context.businessUnits.get('SALES-EAST')) },
      templates: {
        emailSubject: 'On hold: order {{order.number}} of {{customer.name}}',
        emailBody: 'Order {{order.number}} ({{order.total}}) was put on hold.\nReason: {{reason}}\n\n{{order.url}}',
      },
      de: {
        emailSubject: 'Angehalten: Auftrag {{order.number}} von {{customer.name}}',
        emailBody: 'Auftrag {{order.number}} ({{order.total}}) wurde angehalten.\nGrund: {{reason}}\n\n{{order.url}}',
      },
    },
    {
      name: 'Payment failed → administrators',
      event: 'orderPaymentFailed' as const,
      channels: ['email' as const, 'sms' as const],
      recipients: { roles: one(context.roles.get('administrator')) },
    },
    { name: 'Low stock → purchasing', event: 'stockLow' as const, channels: ['email' as const], recipients: { emails: ['purchasing@bureau.local'] } },
    { name: 'Task done → administrator', event: 'taskStatusChanged' as const, status: 'done', channels: ['email' as const], recipients: { users: one(context.admin) } },
  ]
  for (const { de, ...rule } of rules as Array<(typeof rules)[number] & { de?: Record<string, string> }>) {
    const created = await payload.create({ collection: 'alert-rules', data: rule, locale: 'en', overrideAccess: true, depth: 0 })
    if (de) await payload.update({ collection: 'alert-rules', id: created.id, data: { templates: de }, locale: 'de', overrideAccess: true, depth: 0 })
  }
}
