import type { ArrayField } from 'payload'

import { minorAmountField } from '../../../src/kit/fields'

/** Prices per currency in minor units, shared by products (the no-price-list fallback) and their variants. */
export const basePricesField = (description: string): ArrayField => ({
  name: 'basePrices',
  type: 'array',
  admin: { description },
  fields: [
    { name: 'currency', type: 'relationship', relationTo: 'currencies', required: true },
    minorAmountField({ name: 'amount', required: true, description: 'In minor units of the currency (1999 = 19.99)' }),
  ],
})
