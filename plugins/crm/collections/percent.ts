import type { NumberField } from 'payload'

/** A whole percent from 0 to 100 (probabilities): the server refuses fractions and anything out of range. */
export const percentField = (name: string, options: { required?: boolean; description?: string; width?: string } = {}): NumberField => ({
  name,
  type: 'number',
  required: options.required,
  min: 0,
  max: 100,
  admin: { description: options.description, width: options.width, step: 1 },
  validate: (value: null | number | number[] | undefined) => {
    if (value === null || value === undefined) return options.required ? 'This field is required.' : true
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100 ? true : 'A whole number of percent from 0 to 100'
  },
})
