/** The built-in actions, registered through the kit: declared arguments (block fields) and the pure rule (rules/actions.ts). */
import type { Config, Field } from 'payload'

import { minorAmountField, registerPromotionAction } from '../../../src/kit'
import { buyXGetY, fixedPrice, lineFixed, linePercent, orderFixed, orderPercent, shippingDiscount } from '../rules/actions'

const PLUGIN = 'marketing'

const percentField = (description = 'e.g. 10 or 12.5'): Field => ({
  name: 'percent',
  type: 'text',
  required: true,
  admin: { description },
  validate: (value: unknown) => (typeof value === 'string' && /^\d{1,3}(\.\d{1,4})?$/.test(value) && Number(value) <= 100 ? true : 'A percent from 0 to 100, at most 4 decimals'),
})
const maxQuantityField: Field = { name: 'maxQuantity', type: 'number', min: 0, admin: { description: 'Units per line discounted at most (empty: all)' } }

export function registerBuiltInActions(config: Config): void {
  registerPromotionAction(config, {
    code: 'orderPercent',
    plugin: PLUGIN,
    label: 'Order: percent off',
    description: 'A percent of the goods left after earlier promotions, spread over the lines',
    level: 'order',
    fields: [percentField()],
    apply: (args, cart) => orderPercent(args, cart),
  })
  registerPromotionAction(config, {
    code: 'orderFixed',
    plugin: PLUGIN,
    label: 'Order: amount off',
    description: 'A fixed amount off the order, never more than the goods',
    level: 'order',
    fields: [minorAmountField({ name: 'amount', required: true, description: 'Minor units: 500 = 5.00' })],
    apply: (args, cart) => orderFixed(args, cart),
  })
  registerPromotionAction(config, {
    code: 'linePercent',
    plugin: PLUGIN,
    label: 'Lines: percent off',
    description: 'A percent off each matching line (or off at most N units of it)',
    level: 'line',
    fields: [percentField(), maxQuantityField],
    apply: (args, cart, eligible) => linePercent(args, cart, eligible),
  })
  registerPromotionAction(config, {
    code: 'lineFixed',
    plugin: PLUGIN,
    label: 'Lines: amount off',
    description: 'A fixed amount off each unit, or once per line, never below zero',
    level: 'line',
    fields: [
      minorAmountField({ name: 'amount', required: true, description: 'Minor units' }),
      { name: 'per', type: 'select', defaultValue: 'item', options: [{ label: 'Each unit', value: 'item' }, { label: 'Each line', value: 'line' }] },
      maxQuantityField,
    ],
    apply: (args, cart, eligible) => lineFixed(args, cart, eligible),
  })
  registerPromotionAction(config, {
    code: 'buyXGetY',
    plugin: PLUGIN,
    label: 'Buy X get Y',
    description: 'In every group of X + Y matching units, Y get a percent off (100: free)',
    level: 'line',
    fields: [
      { name: 'buy', type: 'number', required: true, min: 1, admin: { step: 1 } },
      { name: 'get', type: 'number', required: true, min: 1, admin: { step: 1 } },
      { ...percentField('100 = free'), defaultValue: '100' } as Field,
      { name: 'repeat', type: 'checkbox', defaultValue: true, admin: { description: 'Once per full group (else once per order)' } },
      { name: 'reward', type: 'select', defaultValue: 'cheapest', options: [{ label: 'Cheapest units', value: 'cheapest' }, { label: 'Most expensive units', value: 'mostExpensive' }] },
    ],
    apply: (args, cart, eligible) => buyXGetY(args, cart, eligible),
  })
  registerPromotionAction(config, {
    code: 'fixedPrice',
    plugin: PLUGIN,
    label: 'Sale price per unit',
    description: 'Matching units cost this price (lines already cheaper are left alone)',
    level: 'line',
    fields: [{ name: 'price', type: 'text', required: true, admin: { description: 'Decimal, up to 4 places' }, validate: (value: unknown) => (typeof value === 'string' && /^\d+(\.\d{1,4})?$/.test(value) ? true : 'A decimal price, at most 4 places') }],
    apply: (args, cart, eligible) => fixedPrice(args, cart, eligible),
  })
  registerPromotionAction(config, {
    code: 'freeShipping',
    plugin: PLUGIN,
    label: 'Free shipping',
    description: 'The shipping price is waived',
    level: 'shipping',
    fields: [],
    apply: () => shippingDiscount({}, true),
  })
  registerPromotionAction(config, {
    code: 'shippingPercent',
    plugin: PLUGIN,
    label: 'Shipping: percent off',
    description: 'A percent off the shipping price',
    level: 'shipping',
    fields: [percentField()],
    apply: (args) => shippingDiscount({ percent: args.percent }, false),
  })
  registerPromotionAction(config, {
    code: 'shippingFixed',
    plugin: PLUGIN,
    label: 'Shipping: amount off',
    description: 'A fixed amount off the shipping price, never more than it',
    level: 'shipping',
    fields: [minorAmountField({ name: 'amount', required: true, description: 'Minor units' })],
    apply: (args) => shippingDiscount({ amount: args.amount }, false),
  })
}
