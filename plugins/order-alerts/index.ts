import type { Plugin } from 'payload'

import { extendCollection, subscribeToDomainEvent } from '../../src/kit'
import { ORDER_PLACED } from '../../collections/sales/order-events'
import { emailStaffOnOrderPlaced } from './subscribers/email-staff-on-order-placed'

export type OrderAlertsPluginOptions = {
  /**
   * false removes the plugin: no subscriber, no website field.
   * @default true
   */
  enabled?: boolean
  /**
   * Who is told when a website has no recipients of its own.
   * @default the ORDER_ALERT_RECIPIENTS environment variable, comma-separated (none when unset)
   */
  recipients?: string[]
  /**
   * How often a failed delivery is retried by the job runner.
   * @default 5
   */
  retries?: number
}

const isEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)

/**
 * Emails staff when an order is placed: subscribes to the `order.placed` domain event, so the email goes out from
 * the job runner after the order committed, retried on failure, and never for an order that rolled back.
 */
export const orderAlertsPlugin =
  (options: OrderAlertsPluginOptions = {}): Plugin =>
  (incoming) => {
    if (options.enabled === false) return incoming
    const recipients =
      options.recipients ?? (process.env.ORDER_ALERT_RECIPIENTS ?? '').split(',').map((email) => email.trim()).filter(Boolean)
    const config = extendCollection(incoming, 'order-alerts', 'websites', {
      fields: [
        {
          name: 'orderAlertRecipients',
          type: 'text',
          hasMany: true,
          admin: { description: 'Staff emails told about every new order on this website' },
          // staff email addresses: closed to anonymous and storefront callers (src/kit/staff-only-fields.ts)
          custom: { bureau: { staffOnly: true } },
          validate: (value: unknown) =>
            !Array.isArray(value) || value.every((email) => typeof email === 'string' && isEmail(email))
              ? true
              : 'Each recipient must be an email address',
        },
      ],
    })
    subscribeToDomainEvent(config, {
      event: ORDER_PLACED,
      name: 'order-alerts:email-staff',
      retries: options.retries ?? 5,
      // it sends email: the delivery is claimed before sending, so a second run of the job never sends twice
      effects: 'external',
      handler: emailStaffOnOrderPlaced(recipients),
    })
    return config
  }
