/** Field builders for money, so every amount in the system is declared and validated the same way. */
import type { Field, NumberField } from 'payload'

/** An integer amount in the currency's minor unit (607 = 6.07). Rejects fractions instead of rounding them. */
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
  validate: (value: null | number | number[] | undefined) => {
    if (value === null || value === undefined) return options.required ? 'This field is required.' : true
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) return 'Must be a whole number of minor units (e.g. 1999 for 19.99)'
    return value < 0 && !options.allowNegative ? 'Must not be negative' : true
  },
})

/**
 * A field only the server writes (totals, snapshots, derived keys): the API strips it from every create and update,
 * the admin shows it read-only, and the collection's own hooks set it.
 */
export const serverComputed = <T extends Field>(field: T): T =>
  ({ ...field, access: { create: () => false, update: () => false }, admin: { ...field.admin, readOnly: true } }) as T
