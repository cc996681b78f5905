import type { CollectionBeforeValidateHook, CollectionConfig, Field } from 'payload'

import { administratorsOnly, moneyField, refuseIssues, staffOnly, STAFF_COLLECTION } from '../../../src/kit'
import { CHANNEL_OPTIONS } from './channel-options'
import { ALERT_EVENT_LABELS, ALERT_EVENTS, CUSTOMER_RECIPIENTS } from '../rules/alert-rule'
import { alertRuleIssues, type RuleInput } from '../rules/rule-issues'

export const ALERT_RULES_SLUG = 'alert-rules'

const VARIABLES =
  'Variables: {{order.number}} {{order.total}} {{order.lines}} {{order.totals}} {{order.url}} {{customer.name}} {{website.name}} ' +
  '{{line.sku}} {{line.name}} {{line.quantity}} {{status.from}} {{status.to}} {{reason}} {{payment.amount}} {{stock.sku}} ' +
  '{{stock.available}} {{stock.warehouse}} {{task.title}} {{task.url}} {{recipient.name}}. Empty: the event’s default text.'

type Group = Record<string, unknown> | null | undefined
const merged = (data: Group, original: Group): RuleInput =>
  ({
    ...original,
    ...data,
    conditions: { ...(original?.conditions as Group), ...(data?.conditions as Group) },
    recipients: { ...(original?.recipients as Group), ...(data?.recipients as Group) },
  }) as RuleInput

/** The whole rule (a PATCH sends part of it) must make sense: 400 naming the field otherwise. */
const refuseUnusableRules: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  refuseIssues(alertRuleIssues(merged(data, originalDoc)), ALERT_RULES_SLUG)
  return data
}

const related = (name: string, relationTo: string, description: string): Field => ({
  name,
  type: 'relationship',
  relationTo: relationTo as never,
  hasMany: true,
  admin: { description },
})

/**
 * Alert rules: on which event, under which conditions, over which channels, to whom, with which texts per locale.
 * Staff read them; administrators write them (a rule decides where customer data is mailed).
 */
export const alertRulesCollection = (options: { contacts: boolean }): CollectionConfig => ({
  slug: ALERT_RULES_SLUG,
  labels: { singular: 'Alert rule', plural: 'Alert rules' },
  admin: { useAsTitle: 'name', group: 'Alerts', defaultColumns: ['name', 'event', 'status', 'channels', 'active'] },
  access: { read: staffOnly, create: administratorsOnly, update: administratorsOnly, delete: administratorsOnly },
  hooks: { beforeValidate: [refuseUnusableRules] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true, admin: { position: 'sidebar' } },
    {
      type: 'row',
      fields: [
        {
          name: 'event',
          type: 'select',
          required: true,
          index: true,
          options: ALERT_EVENTS.map((value) => ({ value, label: ALERT_EVENT_LABELS[value] })),
          admin: { width: '50%' },
        },
        {
          // text, not a select: the statuses belong to orders and tasks, which may add some
          name: 'status',
          type: 'text',
          maxLength: 100,
          admin: { width: '50%', description: 'For "changed to…" events: the status entered, e.g. shipped, onHold, done. Empty: any.' },
        },
      ],
    },
    {
      name: 'conditions',
      type: 'group',
      admin: { description: 'Order events only; every condition set must hold' },
      fields: [
        related('websites', 'websites', 'Only orders of these websites (empty: any)'),
        related('customerGroups', 'customer-groups', 'Only customers of these groups (empty: any)'),
        {
          type: 'row',
          fields: [
            moneyField({ name: 'grandTotalAbove', description: 'Only orders whose grand total is above this amount', width: '50%' }),
            { name: 'currency', type: 'relationship', relationTo: 'currencies', admin: { width: '50%', description: 'Orders in other currencies do not match' } },
          ],
        },
      ],
    },
    {
      name: 'channels',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['email'],
      options: CHANNEL_OPTIONS,
    },
    {
      name: 'recipients',
      type: 'group',
      fields: [
        related('users', STAFF_COLLECTION, 'Staff users (SMS goes to their phone)'),
        related('roles', 'roles', 'Every staff user holding one of these roles'),
        related('businessUnits', 'business-units', 'Every staff user working in one of these units'),
        {
          name: 'customer',
          type: 'select',
          defaultValue: 'none',
          options: [
            { value: CUSTOMER_RECIPIENTS[0], label: 'Nobody' },
            { value: CUSTOMER_RECIPIENTS[1], label: "The company's own email / phone" },
            { value: CUSTOMER_RECIPIENTS[2], label: "The company's storefront users" },
            { value: CUSTOMER_RECIPIENTS[3], label: "The company's email, else its users" },
            { value: CUSTOMER_RECIPIENTS[4], label: 'The company and its users' },
          ],
          admin: { description: "The order's customer (order events only)" },
        },
        ...(options.contacts
          ? [{ name: 'contacts', type: 'checkbox', defaultValue: false, admin: { description: "The customer's CRM contacts" } } as Field]
          : []),
        { name: 'websiteStaff', type: 'checkbox', defaultValue: false, admin: { description: "The website's order-alert recipients" } },
        { name: 'emails', type: 'text', hasMany: true, admin: { description: 'Fixed email addresses' } },
        { name: 'phones', type: 'text', hasMany: true, admin: { description: 'Fixed phone numbers, international format (+15551234567)' } },
      ],
    },
    {
      name: 'templates',
      type: 'group',
      admin: { description: `Per language; a language left empty uses the default language’s text. ${VARIABLES}` },
      fields: [
        { name: 'emailSubject', type: 'text', localized: true, maxLength: 300 },
        { name: 'emailBody', type: 'textarea', localized: true },
        { name: 'smsBody', type: 'textarea', localized: true, admin: { description: 'Cut after 459 characters (three SMS segments)' } },
      ],
    },
  ],
})
