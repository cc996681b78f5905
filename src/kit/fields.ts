/** Field builders shared by collections and plugins: plain minor amounts and server-computed fields. */
import type { Field, NumberField } from 'payload'

import { validateMinorUnits } from './money-fields'

/**
 * An integer amount in minor units with no currency the admin could show it in: a plain number input. Amounts with a
 * currency beside them use `moneyField` (src/kit/money-fields.ts), which shows `$6.90` and takes `6.90`; both share
 * the server's check (whole minor units, zero or more unless negatives are allowed).
 */
export const minorAmountField = (options: {
  name: string
  required?: boolean
  description?: string
  readOnly?: boolean
  /** amounts are zero or more unless this is set (adjustments, refunds) */
  allowNegative?: boolean
}): NumberField => ({
  name: options.name,
  type: 'number',
  required: options.required,
  admin: { description: options.description, readOnly: options.readOnly, step: 1 },
  validate: validateMinorUnits(options),
})

/**
 * A field only the server writes (totals, snapshots, derived keys): the API strips it from every create and update,
 * the admin shows it read-only, and the collection's own hooks set it.
 */
export const serverComputed = <T extends Field>(field: T): T =>
  ({ ...field, access: { create: () => false, update: () => false }, admin: { ...field.admin, readOnly: true } }) as T
