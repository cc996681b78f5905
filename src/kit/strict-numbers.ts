/**
 * Payload turns a string sent for a number field into parseFloat(string) and then accepts the resulting NaN as
 * "empty", so `{ weight: "heavy" }` would save null instead of failing. This config plugin, applied after every
 * other plugin, makes each number field in the system reject such input with a 400 naming the field.
 */
import { validations, type Field, type Plugin } from 'payload'

import { mapConfigFields } from './field-walk'
import { skipsValidation } from './fields'

const NOT_A_NUMBER = 'Must be a number'

type NumberValidate = (value: unknown, options: unknown) => ReturnType<typeof validations.number>

function strictNumberField(field: Field): Field {
  // a server-computed amount is not validated at all (fields.ts)
  if (field.type !== 'number' || skipsValidation(field)) return field
  const original = (field.validate ?? validations.number) as NumberValidate
  const validate: NumberValidate = (value, options) => {
    const values = Array.isArray(value) ? value : [value]
    if (values.some((item) => typeof item === 'number' && Number.isNaN(item))) return NOT_A_NUMBER
    return original(value, options)
  }
  return { ...field, validate: validate as never }
}

export const strictNumbers: Plugin = (config) => mapConfigFields(config, strictNumberField)
