import type { Payload } from 'payload'

import { seedCustomers } from './demo-customers'
import { seedCatalog } from './demo-catalog'
import { seedPluginDemos } from './demo-context'
import { DEMO_ADMIN, DEMO_CURRENCIES } from './demo-data'
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

  const catalog = await seedCatalog(payload, { usd: usd.id, eur: eur.id })
  const product = (sku: string) => catalog.products.get(sku)!

  await payload.create({
    collection: 'orders',
    data: {
      customer: customerIds.get('NORTHWIND-EAST')!,
      website: website.id,
      currency: 'USD',
      lines: [
        { product: product('SCR-M4-20'), quantity: 12 },
        { product: product('DRL-18V'), quantity: 2 },
        { product: product('GLV-NIT'), variant: catalog.variants.get('GLV-NIT-L')!, quantity: 50 },
      ],
    },
    ...local,
  })

  await assignDemoOwnership(payload, security, admin.id)
  await seedPluginDemos(payload, website.id, admin.id)
}
