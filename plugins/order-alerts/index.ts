import type { Plugin } from 'payload'

import { subscribeToDomainEvent } from '../../src/kit/events'
import { extendCollection } from '../../src/kit/extend-collection'
import { emailStaffOnOrderPlaced } from './subscribers/email-staff-on-order-placed'

export type OrderAlertsPluginOptions = {
  /** false removes the plugin: no subscriber, no website field */
  enabled?: boolean
  /** who is told when a website has no recipients of its own (default: ORDER_ALERT_RECIPIENTS, comma-separated) */
  recipients?: string[]
  /** how often a failed delivery is retried by the job runner (default 5) */
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
          validate: (value: unknown) =>
            !Array.isArray(value) || value.every((email) => typeof email === 'string' && isEmail(email))
              ? true
              : 'Each recipient must be an email address',
        },
      ],
    })
    subscribeToDomainEvent(config, {
      event: 'order.placed',
      name: 'order-alerts:email-staff',
      retries: options.retries ?? 5,
      // it sends email: the delivery is claimed before sending, so a second run of the job never sends twice
      effects: 'external',
      handler: emailStaffOnOrderPlaced(recipients),
    })
    return config
  }
