import type { Payload } from 'payload'

import { DEMO_ADMIN, DEMO_CURRENCIES, DEMO_CUSTOMERS, DEMO_PRODUCTS } from './demo-data'

/** Writes the demo data through the local API, so every hook (calculation, events, audit) runs as in real use. */
export async function seedDemo(payload: Payload): Promise<void> {
  const local = { overrideAccess: true, depth: 0 } as const
  const role = await payload.create({
    collection: 'roles',
    data: { name: 'Administrator', code: 'administrator', administrator: true },
    ...local,
  })
  await payload.create({ collection: 'users', data: { ...DEMO_ADMIN, roles: [role.id] }, ...local })

  const currencies = []
  for (const currency of DEMO_CURRENCIES) currencies.push(await payload.create({ collection: 'currencies', data: currency, ...local }))
  const [usd, eur] = currencies
  const website = await payload.create({
    collection: 'websites',
    data: { name: 'Bureau Supply (US)', code: 'us', url: 'http://localhost:3000', defaultCurrency: usd.id, currencies: [usd.id, eur.id], priceRounding: 'row' },
    ...local,
  })

  const customerIds = new Map<string, number>()
  for (const { parentCode, ...customer } of DEMO_CUSTOMERS) {
    const created = await payload.create({
      collection: 'customers',
      data: { ...customer, parent: parentCode ? customerIds.get(parentCode) : undefined },
      ...local,
    })
    customerIds.set(customer.code, created.id)
  }

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
}
