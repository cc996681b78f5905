import type { CollectionConfig } from 'payload'

import { administratorsOnly, anyone } from '../../src/kit/access'

/** Currencies the business sells in. `minorDigits` fixes the minor unit every total is stored in (USD 2, JPY 0). */
export const Currencies: CollectionConfig = {
  slug: 'currencies',
  admin: { useAsTitle: 'code', defaultColumns: ['code', 'name', 'symbol', 'minorDigits'], group: 'Sales' },
  access: { read: anyone, create: administratorsOnly, update: administratorsOnly, delete: administratorsOnly },
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'ISO 4217 code, e.g. USD' },
      validate: (value: unknown) =>
        typeof value === 'string' && /^[A-Z]{3}$/.test(value) ? true : 'Use a three-letter ISO 4217 code in capitals',
    },
    { name: 'name', type: 'text', required: true },
    { name: 'symbol', type: 'text' },
    {
      name: 'minorDigits',
      type: 'number',
      defaultValue: 2,
      min: 0,
      max: 4,
      admin: { description: 'Digits of the minor unit: 2 for USD/EUR, 0 for JPY, 3 for KWD' },
      validate: (value: unknown) =>
        Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 4 ? true : 'Must be a whole number from 0 to 4',
    },
  ],
}
