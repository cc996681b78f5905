import type { Payload } from 'payload'

import { seedCustomers } from './demo-customers'
import { DEMO_ADMIN, DEMO_CURRENCIES, DEMO_PRODUCTS } from './demo-data'
import { assignDemoOwnership, seedSecurity } from './demo-security'

/** Writes the demo data through the local API, so every hook (calculation, events, audit) runs as in real use. */
export async function seedDemo(payload: Payload): Promise<void> {
  const local = { overrideAccess: true, depth: 0 } as const
  const security = await seedSecurity(payload)
  const admin = await payload.create({
    collection: 'users',
    data: { ...DEMO_ADMIN, roles: [security.administratorRole], businessUnits: [security.units.HQ] },
    ...local,
  })

  const currencies = []
  for (const currency of DEMO_CURRENCIES) currencies.push(await payload.create({ collection: 'currencies', data: currency, ...local }))
  const [usd, eur] = currencies
  const website = await payload.create({
    collection: 'websites',
    data: { name: 'Bureau Supply (US)', code: 'us', url: 'http://localhost:3000', defaultCurrency: usd.id, currencies: [usd.id, eur.id], priceRounding: 'row' },
    ...local,
  })

  const customerIds = await seedCustomers(payload)

  const products = []
  for (const [sku, name, usdAmount, eurAmount, weight] of DEMO_PRODUCTS) {
    products.push(
      await payload.create({
        collection: 'products',
        data: {
          sku,
          name,
          status: 'active',
          weight,
          basePrices: [
            { currency: usd.id, amount: usdAmount },
            { currency: eur.id, amount: eurAmount },
          ],
        },
        ...local,
      }),
    )
  }

  await payload.create({
    collection: 'orders',
    data: {
      customer: customerIds.get('NORTHWIND-EAST')!,
      website: website.id,
      currency: 'USD',
      lines: [
        { product: products[0].id, quantity: 12 },
        { product: products[4].id, quantity: 2 },
        { product: products[6].id, quantity: 50 },
      ],
    },
    ...local,
  })

  await assignDemoOwnership(payload, security, admin.id)
}
