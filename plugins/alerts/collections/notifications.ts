import type { CollectionConfig } from 'payload'

import { selectOptions } from '../../../src/kit'
import { CHANNEL_OPTIONS } from './channel-options'
import { readNotifications } from '../access/read-notifications'
import { ALERT_RULES_SLUG } from './alert-rules'

export const NOTIFICATIONS_SLUG = 'notifications'

export const NOTIFICATION_STATUSES = ['sent', 'logged', 'failed'] as const
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number]

const never = () => false

/**
 * Every message the kit's notification channels sent or tried to send (recorder/record-notification.ts), from
 * alert rules and from other plugins alike. Written only by the system: the API reads, never writes. Staff only —
 * it holds customers' addresses and message texts —, and those about an order only for staff who may read the order.
 */
export const Notifications: CollectionConfig = {
  slug: NOTIFICATIONS_SLUG,
  labels: { singular: 'Notification', plural: 'Notifications' },
  admin: {
    useAsTitle: 'subject',
    group: 'Alerts',
    defaultColumns: ['createdAt', 'channel', 'recipient', 'subject', 'status', 'attempts', 'event'],
    listSearchableFields: ['recipient', 'subject'],
  },
  defaultSort: '-createdAt',
  access: { read: readNotifications, create: never, update: never, delete: never },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'channel', type: 'select', required: true, index: true, options: CHANNEL_OPTIONS, admin: { width: '20%' } },
        { name: 'recipient', type: 'text', required: true, index: true, admin: { width: '40%' } },
        { name: 'status', type: 'select', required: true, index: true, options: selectOptions(NOTIFICATION_STATUSES), admin: { width: '20%', description: 'logged: no provider configured, written to the log' } },
        { name: 'attempts', type: 'number', defaultValue: 1, admin: { width: '20%' } },
      ],
    },
    { name: 'subject', type: 'text' },
    { name: 'excerpt', type: 'textarea', admin: { description: 'The first 500 characters of the text' } },
    { name: 'error', type: 'textarea', admin: { description: 'Why the last attempt failed (kept after a later success)' } },
    { name: 'retryable', type: 'checkbox', admin: { description: 'A failure a retry may fix (a 5xx or 429, a mail server that refused for now)' } },
    {
      type: 'row',
      fields: [
        { name: 'provider', type: 'text', admin: { width: '30%' } },
        { name: 'reference', type: 'text', admin: { width: '70%', description: "The provider's message id" } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'event', type: 'text', index: true, admin: { width: '30%', description: 'The domain event that caused it' } },
        { name: 'rule', type: 'relationship', relationTo: ALERT_RULES_SLUG, index: true, admin: { width: '35%' } },
        { name: 'ruleKey', type: 'text', index: true, admin: { width: '35%', description: 'rule:<id>, or default:<name> for a built-in rule' } },
      ],
    },
    { name: 'order', type: 'relationship', relationTo: 'orders', index: true },
    {
      type: 'row',
      fields: [
        { name: 'aboutCollection', type: 'text', index: true, admin: { width: '50%', description: 'What it is about when not an order (tasks, inventory-levels…)' } },
        { name: 'aboutId', type: 'text', index: true, admin: { width: '50%' } },
      ],
    },
    { name: 'lastAttemptAt', type: 'date', admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    {
      // the sender's key (event, rule, channel, recipient): one record per message however often it is retried
      name: 'sendKey',
      type: 'text',
      unique: true,
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
