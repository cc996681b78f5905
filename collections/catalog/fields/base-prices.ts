import type { ArrayField } from 'payload'

import { moneyField } from '../../../src/kit/money-fields'

/** Prices per currency in minor units, shared by products (the no-price-list fallback) and their variants. */
export const basePricesField = (description: string): ArrayField => ({
  name: 'basePrices',
  type: 'array',
  admin: { description },
  fields: [
    { name: 'currency', type: 'relationship', relationTo: 'currencies', required: true },
    // Stored in minor units of the row's currency (1999 = 19.99); the admin shows and takes 19.99.
    moneyField({ name: 'amount', required: true, currency: { sibling: 'currency' } }),
  ],
})
