/**
 * A calculation's reads in one statement (src/kit/calculation-reads.ts): the products, the buyer's prices, the
 * running promotions and the tax facts come back together, and the answer is the one the stages give when each reads
 * for itself.
 */
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { calculate, getRegistry, presentCalculation, type StageRegistration } from '../../src/kit'
import { drainJobs } from '../helpers/drain-jobs'
import { ADMIN, createCommerceBasics, createStaff } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'
import { statementsDuring } from '../helpers/statements'

let app: TestApp
let admin: string
let basics: Awaited<ReturnType<typeof createCommerceBasics>>

const local = { overrideAccess: true, depth: 0 } as const
const disabled = (process.env.BUREAU_DISABLE_PLUGINS ?? '').split(',').map((name) => name.trim())
const withStages = !['pricing', 'marketing', 'taxes'].some((plugin) => disabled.includes(plugin))
const withInventory = !disabled.includes('inventory')
const manhattan = { firstName: 'Ada', lastName: 'Byron', street: '1 Main St', postalCode: '10001', city: 'New York', region: 'NY', country: 'US' }

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  admin = await app.login(ADMIN.email, ADMIN.password)
  if (withInventory) {
    const main = await app.payload.create({ collection: 'warehouses', data: { code: 'MAIN', name: 'Main', priority: 1 }, ...local })
    await app.payload.create({ collection: 'inventory-levels', data: { product: basics.screw.id, warehouse: main.id, onHand: 500 }, ...local })
  }
  if (!withStages) return
  const list = await app.payload.create({ collection: 'price-lists', data: { name: 'Contract', currencies: [basics.usd.id] }, ...local })
  await app.payload.create({ collection: 'product-prices', data: { priceList: list.id, product: basics.screw.id, currency: 'USD', unit: 'item', minQuantity: 1, value: '0.9550' }, ...local })
  await app.payload.create({ collection: 'product-prices', data: { priceList: list.id, product: basics.screw.id, currency: 'USD', unit: 'item', minQuantity: 100, value: '0.9000' }, ...local })
  await app.payload.create({ collection: 'price-list-assignments', data: { priceList: list.id, website: basics.website.id, customer: basics.customer.id, sortOrder: 1 }, ...local })
  await drainJobs(app.payload)
  const promotion = { name: 'Screws 10 %', priority: 1, conditions: [{ blockType: 'productSegment', skus: 'SCREW' }], action: [{ blockType: 'linePercent', percent: '10' }] }
  await app.payload.create({ collection: 'promotions', data: promotion as never, ...local })
  const ny = await app.payload.create({ collection: 'tax-jurisdictions', data: { code: 'US-NY', country: 'US', region: 'NY' }, ...local })
  await app.payload.create({ collection: 'tax-rules', data: { code: 'NY State', jurisdiction: ny.id, rate: '4' }, ...local })
})
afterAll(() => app?.close())

const cart = () => ({
  customer: basics.customer.id,
  website: basics.website.id,
  currency: 'USD',
  lines: [
    { product: basics.screw.id, quantity: 120 },
    { product: basics.drill.id, quantity: 1 },
  ],
  shippingAddress: manhattan,
})

const readsOf = (statements: string[]) => ({
  products: statements.filter((text) => /from "?products"? t/.test(text)),
  prices: statements.filter((text) => text.includes('combined_prices')),
  promotions: statements.filter((text) => text.includes('from promotions p')),
  tax: statements.filter((text) => text.includes('tax_rules')),
})

describe.runIf(withStages)('a calculation’s reads', () => {
  it('come in one statement over REST: products, the buyer’s prices, the promotions and the tax facts', async () => {
    let answer: { status: number; body: Record<string, unknown> } | undefined
    const statements = await statementsDuring(async () => {
      answer = await app.rest.post<Record<string, unknown>>('/commerce/price', { token: admin, body: cart() })
    })
    expect(answer?.status).toBe(200)
    // 120 screws at 0.90 (the list's tier from 100) = 108.00, −10 % = 97.20; the drill at its base 129.99; 4 % on 227.19 = 9.0876 → 9.09
    expect(answer?.body).toMatchObject({ subtotal: 10800 + 12999, discountTotal: 1080, taxTotal: 909, grandTotal: 10800 + 12999 - 1080 + 909 })
    const reads = readsOf(statements)
    expect(reads.products).toHaveLength(1)
    expect(reads.prices).toEqual(reads.products)
    expect(reads.promotions).toEqual(reads.products)
    expect(reads.tax).toEqual(reads.products)
  })

  it('answer what the stages answer reading each for itself, in three statements fewer', async () => {
    const registry = getRegistry(app.payload.config)
    const resolved = registry.resolvedStages!
    const together = await createLocalReq({}, app.payload)
    const alone = await createLocalReq({}, app.payload)
    let joined: unknown
    let separate: unknown
    const joinedStatements = await statementsDuring(async () => {
      joined = presentCalculation(await calculate(together, cart()))
    })
    // the same stages without their declared reads: each reads in its own run, as before calculation-reads.ts
    registry.resolvedStages = resolved.map(({ read: _read, ...stage }) => stage as StageRegistration<typeof alone>)
    try {
      const separateStatements = await statementsDuring(async () => {
        separate = presentCalculation(await calculate(alone, cart()))
      })
      expect(separateStatements.length - joinedStatements.length).toBe(3)
      const reads = readsOf(separateStatements)
      expect(new Set([...reads.products, ...reads.prices, ...reads.promotions, ...reads.tax]).size).toBe(4)
    } finally {
      registry.resolvedStages = resolved
    }
    expect(joined).toEqual(separate)
    expect(joined).toMatchObject({ lines: [{ unitPrice: '0.9000', discount: 1080 }, { unitPrice: '129.9900', discount: 0 }] })
  })

  it('are made over GraphQL too', async () => {
    let answer: { body: { data?: { commercePrice: Record<string, unknown> } } } | undefined
    const statements = await statementsDuring(async () => {
      answer = await app.graphql<{ data?: { commercePrice: Record<string, unknown> } }>(`mutation ($input: CommerceJSON!) { commercePrice(input: $input) }`, { input: cart() }, admin)
    })
    expect(answer?.body.data?.commercePrice).toMatchObject({ discountTotal: 1080, taxTotal: 909 })
    const reads = readsOf(statements)
    expect(reads.products).toHaveLength(1)
    expect(reads.tax).toEqual(reads.products)
  })
})

describe.runIf(withInventory)('the stock candidates of an order being placed', () => {
  const candidatesReads = (statements: string[]) => statements.filter((text) => text.includes('from inventory_levels l left join warehouses w'))
  const order = { customer: () => basics.customer.id, lines: () => [{ product: basics.screw.id, quantity: 3 }, { product: basics.drill.id, quantity: 1 }] }

  it('come with the calculation’s read, and the reservation reads none of its own', async () => {
    let placed: { status: number; body: { doc: { id: number } } } | undefined
    const statements = await statementsDuring(async () => {
      placed = await app.rest.post<{ doc: { id: number } }>('/commerce/checkout', {
        token: admin,
        body: { customer: order.customer(), lines: order.lines(), shippingAddress: manhattan, paymentMethod: 'paymentTerm' },
      })
    })
    expect(placed?.status).toBe(201)
    const reads = candidatesReads(statements)
    expect(reads).toHaveLength(1)
    expect(reads[0]).toMatch(/json_build_object\('id', t\."id", 'sku'/)
    const movements = await app.payload.find({ collection: 'stock-movements', where: { order: { equals: placed!.body.doc.id } }, ...local })
    expect(movements.docs.map((movement) => [movement.kind, movement.quantity])).toEqual([['reservation', 3]])
  })

  it('are not read when a cart is only priced', async () => {
    const statements = await statementsDuring(() => app.rest.post('/commerce/price', { token: admin, body: { customer: order.customer(), currency: 'USD', lines: order.lines() } }))
    expect(candidatesReads(statements)).toEqual([])
  })

  it('are read again when the calculation’s answer was for other products', async () => {
    const req = await createLocalReq({}, app.payload)
    await calculate(req, { customer: order.customer(), currency: 'USD', website: basics.website.id, lines: [{ product: basics.drill.id, quantity: 1 }] }, { placing: true })
    const statements = await statementsDuring(() =>
      app.payload.create({ collection: 'orders', data: { customer: order.customer(), currency: 'USD', website: basics.website.id, lines: order.lines() } as never, req, ...local }),
    )
    // the order's own calculation replaced the answer: still one read, for the order's products
    expect(candidatesReads(statements)).toHaveLength(1)
    const { loadCandidates } = await import('../../plugins/inventory/hooks/stock-candidates')
    await calculate(req, { customer: order.customer(), currency: 'USD', website: basics.website.id, lines: [{ product: basics.drill.id, quantity: 1 }] }, { placing: true })
    const again = await statementsDuring(async () => {
      const candidates = await loadCandidates(req, [basics.screw.id], basics.website.id)
      expect(candidates.candidatesOf(basics.screw.id, null).managed).toBe(true)
    })
    expect(candidatesReads(again)).toHaveLength(1)
  })
})
