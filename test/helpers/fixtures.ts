/** Small, named building blocks for integration tests, written through the local API. */
import type { Payload } from 'payload'

const local = { overrideAccess: true, depth: 0 } as const

export const ADMIN = { email: 'admin@test.local', password: 'admin-password' }
export const CLERK = { email: 'clerk@test.local', password: 'clerk-password' }

/** An administrator and a staff user without roles. */
export async function createStaff(payload: Payload) {
  const administrator = await payload.create({
    collection: 'roles',
    data: { name: 'Administrator', code: 'administrator', administrator: true },
    ...local,
  })
  const admin = await payload.create({ collection: 'users', data: { ...ADMIN, roles: [administrator.id] }, ...local })
  const clerk = await payload.create({ collection: 'users', data: { ...CLERK, roles: [] }, ...local })
  return { admin, clerk, administratorRole: administrator }
}

/** USD and a three-decimal currency, a website rounding per row, a customer and two products with base prices. */
export async function createCommerceBasics(payload: Payload, options: { rounding?: 'unit' | 'row' | 'total' } = {}) {
  const usd = await payload.create({ collection: 'currencies', data: { code: 'USD', name: 'US Dollar', minorDigits: 2 }, ...local })
  const kwd = await payload.create({ collection: 'currencies', data: { code: 'KWD', name: 'Kuwaiti Dinar', minorDigits: 3 }, ...local })
  const website = await payload.create({
    collection: 'websites',
    data: { name: 'Test store', code: 'test', defaultCurrency: usd.id, priceRounding: options.rounding ?? 'row' },
    ...local,
  })
  const customer = await payload.create({ collection: 'customers', data: { name: 'Acme Corp', code: 'ACME' }, ...local })
  const screw = await payload.create({
    collection: 'products',
    data: { sku: 'SCREW', name: 'Screw', status: 'active', weight: 0.01, basePrices: [{ currency: usd.id, amount: 101 }, { currency: kwd.id, amount: 35 }] },
    ...local,
  })
  const drill = await payload.create({
    collection: 'products',
    data: { sku: 'DRILL', name: 'Drill', status: 'active', weight: 2, basePrices: [{ currency: usd.id, amount: 12999 }] },
    ...local,
  })
  return { usd, kwd, website, customer, screw, drill }
}
