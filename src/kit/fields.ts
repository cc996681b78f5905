/** Field builders shared by collections and plugins: plain minor amounts and server-computed fields. */
import { baseIDField, type Field, type NumberField } from 'payload'

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
 *
 * It is not validated (`validate: false`): its value comes from code whose rules are tested where they live (the
 * calculation's invariants check every amount), and Payload 3.90.1 deep-merges the whole document twice for each
 * field it validates (beforeChange/promise.js). An order's line amounts, totals, tax and promotion rows were most of
 * those merges: `deepmerge` was 9.1 % of a checkout's CPU profile with them, 3.5 % without (docs/DECISIONS.md).
 * Payload keeps `false` (it fills in a validator only when `validate` is undefined) and skips a field whose
 * validator is falsy, on save and in the admin's form state; the kit's validator wrappers leave such a field alone.
 */
export const serverComputed = <T extends Field>(field: T): T =>
  ({
    ...unvalidated(field),
    access: { create: () => false, update: () => false },
    admin: { ...field.admin, readOnly: true },
  }) as T

/**
 * The field without validation, and the fields inside it (an array's rows, a group's parts) likewise. An array gets
 * Payload's own row id field here, unvalidated, before Payload would add it validated: its rows come from the server.
 */
function unvalidated(field: Field): Field {
  const rowID = field.type === 'array' && !field.fields.some((child) => 'name' in child && child.name === 'id') ? [baseIDField] : []
  const nested = 'fields' in field && Array.isArray(field.fields) ? { fields: [...field.fields, ...rowID].map(unvalidated) } : {}
  const own = 'name' in field && field.type !== 'ui' ? { validate: false as never } : {}
  return { ...field, ...nested, ...own } as Field
}

/** Whether the field opted out of validation (`serverComputed`): validator wrappers must not give it one back. */
export const skipsValidation = (field: Field): boolean => (field as { validate?: unknown }).validate === false
