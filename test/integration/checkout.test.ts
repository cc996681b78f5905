import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DataFromCollectionSlug } from 'payload'

import type { ErrorResponse, GraphQLResponse } from '../helpers/api-types'
import { createCustomerWorld, PASSWORD, type CustomerWorld } from '../helpers/customer-world'
import { ADMIN, CLERK, createCommerceBasics, createStaff } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

type Order = DataFromCollectionSlug<'orders'>
type Placed = { doc: Order; replayed: boolean }

let app: TestApp
let admin: string
let basics: Awaited<ReturnType<typeof createCommerceBasics>>
let world: CustomerWorld
let eastBuyer: string

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  world = await createCustomerWorld(app.payload)
  admin = await app.login(ADMIN.email, ADMIN.password)
  eastBuyer = await app.login('east-buyer@northwind.test', PASSWORD, 'customer-users')
})
afterAll(() => app?.close())

/** The stock test needs the inventory plugin; the rest of the checkout works without it (BUREAU_DISABLE_PLUGINS). */
const inventoryEnabled = !(process.env.BUREAU_DISABLE_PLUGINS ?? '').split(',').map((name) => name.trim()).includes('inventory')

const checkout = <T = Placed>(body: Record<string, unknown>, options: { token?: string; key?: string } = {}) =>
  app.rest.post<T>('/commerce/checkout', { token: options.token, body, headers: options.key ? { 'Idempotency-Key': options.key } : undefined })
const countOrders = async () => (await app.payload.count({ collection: 'orders', overrideAccess: true })).totalDocs
const screws = (quantity: number) => [{ product: basics.screw.id, quantity }]

describe('POST /api/commerce/checkout', () => {
  it('places a customer user’s order for its own company, priced by the server, with an address from its book', async () => {
    const placed = await checkout(
      { lines: [{ product: basics.screw.id, quantity: 3, unitPrice: '0.01', total: 1 }], shippingAddress: world.addresses.eastWarehouse.id, paymentMethod: 'offline' },
      { token: eastBuyer },
    )
    expect(placed.status).toBe(201)
    expect(placed.body.doc).toMatchObject({ customer: world.customers.east.id, currency: 'USD', grandTotal: 303, paymentMethod: 'offline', status: 'pending' })
    expect(placed.body.doc.lines[0]).toMatchObject({ unitPrice: '1.0100', total: 303 })
    expect(placed.body.doc.shippingAddress).toMatchObject({ city: 'New York', country: 'US' })
    const jobs = await app.payload.count({ collection: 'payload-jobs', where: { 'input.data.orderId': { equals: placed.body.doc.id } }, overrideAccess: true })
    expect(jobs.totalDocs).toBeGreaterThan(0) // order.placed is queued with the order
  })

  it('records the payment term by default', async () => {
    const placed = await checkout({ lines: screws(1) }, { token: eastBuyer })
    expect(placed.body.doc.paymentMethod).toBe('paymentTerm')
  })

  it('refuses another company’s customer (403) and another company’s address (400 naming it); nothing is written', async () => {
    const before = await countOrders()
    expect((await checkout({ customer: world.customers.contoso.id, lines: screws(1) }, { token: eastBuyer })).status).toBe(403)
    const address = await checkout<ErrorResponse>({ lines: screws(1), shippingAddress: world.addresses.contosoHq.id }, { token: eastBuyer })
    expect([400, 404]).toContain(address.status)
    expect(await countOrders()).toBe(before)
  })

  it('needs a customer: a visitor gets 400 naming customer', async () => {
    const visitor = await checkout<ErrorResponse>({ lines: screws(1) })
    expect(visitor.status).toBe(400)
    expect(visitor.body.errors[0].data?.errors?.[0].path).toBe('customer')
  })

  it('answers 400 naming the field for malformed input', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ lines: [] }, 'lines'],
      [{ lines: [{ product: 'x', quantity: 1 }] }, 'lines.0.product'],
      [{ lines: [{ product: basics.screw.id, quantity: -1 }] }, 'lines.0.quantity'],
      [{ lines: screws(1), paymentMethod: 'bitcoin' }, 'paymentMethod'],
    ]
    for (const [body, path] of cases) {
      const response = await checkout<ErrorResponse>(body, { token: eastBuyer })
      expect(response.status, path).toBe(400)
      expect(response.body.errors[0].data?.errors?.map((error) => error.path), path).toContain(path)
    }
    const badKey = await checkout<ErrorResponse>({ lines: screws(1) }, { token: eastBuyer, key: 'ü'.repeat(3) })
    expect(badKey.status).toBe(400)
  })

  it('lets staff place an order for any customer; a staff user whose roles may not create orders gets 403', async () => {
    const placed = await checkout({ customer: world.customers.contoso.id, lines: screws(2) }, { token: admin })
    expect(placed.status).toBe(201)
    expect(placed.body.doc.customer).toBe(world.customers.contoso.id)
    const clerk = await app.login(CLERK.email, CLERK.password)
    expect((await checkout({ customer: world.customers.contoso.id, lines: screws(2) }, { token: clerk })).status).toBe(403)
  })

  it.runIf(inventoryEnabled)('refuses stock it does not have with 409 naming lines.0.quantity, and writes no order', async () => {
    const warehouse = await app.payload.create({ collection: 'warehouses', data: { code: 'CHK', name: 'Checkout stock' }, overrideAccess: true })
    await app.payload.create({ collection: 'inventory-levels', data: { product: basics.drill.id, warehouse: warehouse.id, onHand: 2 }, overrideAccess: true })
    const before = await countOrders()
    const refused = await checkout<ErrorResponse>({ lines: [{ product: basics.drill.id, quantity: 3 }] }, { token: eastBuyer })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].data?.errors?.[0].path).toBe('lines.0.quantity')
    expect(await countOrders()).toBe(before)
    expect((await checkout({ lines: [{ product: basics.drill.id, quantity: 2 }] }, { token: eastBuyer })).status).toBe(201)
  })
})

describe('Idempotency-Key', () => {
  it('answers the same order to a retry (200, Idempotent-Replayed) and never places a second one', async () => {
    const first = await checkout({ lines: screws(5) }, { token: eastBuyer, key: 'retry-1' })
    expect(first.status).toBe(201)
    const before = await countOrders()
    const retry = await checkout({ lines: screws(5) }, { token: eastBuyer, key: 'retry-1' })
    expect(retry.status).toBe(200)
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true')
    expect(retry.body.doc.id).toBe(first.body.doc.id)
    expect(await countOrders()).toBe(before)
  })

  it('answers the order its key placed even when the same checkout could not be placed now (product archived since)', async () => {
    const item = await app.payload.create({ collection: 'products', data: { sku: 'REPLAY-1', name: 'Replay item', status: 'active', basePrices: [{ currency: basics.usd.id, amount: 500 }] }, overrideAccess: true })
    const first = await checkout({ lines: [{ product: item.id, quantity: 1 }] }, { token: eastBuyer, key: 'retry-archived' })
    expect(first.status).toBe(201)
    await app.payload.update({ collection: 'products', id: item.id, data: { status: 'archived' }, overrideAccess: true })
    const fresh = await checkout<ErrorResponse>({ lines: [{ product: item.id, quantity: 1 }] }, { token: eastBuyer, key: 'retry-archived-new' })
    expect(fresh.status).toBe(400)
    const before = await countOrders()
    const retry = await checkout({ lines: [{ product: item.id, quantity: 1 }] }, { token: eastBuyer, key: 'retry-archived' })
    expect(retry.status).toBe(200)
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true')
    expect(retry.body.doc.id).toBe(first.body.doc.id)
    expect(await countOrders()).toBe(before)
  })

  it('answers 422 when the key comes back with different lines', async () => {
    await checkout({ lines: screws(1) }, { token: eastBuyer, key: 'retry-2' })
    const other = await checkout<ErrorResponse>({ lines: screws(2) }, { token: eastBuyer, key: 'retry-2' })
    expect(other.status).toBe(422)
    expect(other.body.errors[0].data?.errors?.[0].path).toBe('Idempotency-Key')
  })

  it('places one order for 8 concurrent requests with one key, and every one answers it', async () => {
    const before = await countOrders()
    const answers = await Promise.all(Array.from({ length: 8 }, () => checkout({ lines: screws(7) }, { token: eastBuyer, key: 'concurrent-1' })))
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201])
    expect(new Set(answers.map((answer) => answer.body.doc.id)).size).toBe(1)
    expect(await countOrders()).toBe(before + 1)
  })

  it('scopes keys to the customer: another company using the same key gets its own order', async () => {
    const east = await checkout({ lines: screws(1) }, { token: eastBuyer, key: 'shared-key' })
    const contoso = await checkout({ customer: world.customers.contoso.id, lines: screws(1) }, { token: admin, key: 'shared-key' })
    expect(contoso.status).toBe(201)
    expect(contoso.body.doc.id).not.toBe(east.body.doc.id)
  })
})

describe('the GraphQL twin: mutation checkout', () => {
  const mutation = `mutation ($input: CheckoutInput!, $key: String) {
    checkout(input: $input, idempotencyKey: $key) { id grandTotal paymentMethod customer { id } shippingAddress { city } lines { quantity unitPrice total } }
  }`
  type Answer = GraphQLResponse<{ checkout: { id: number; grandTotal: number; paymentMethod: string; shippingAddress: { city: string }; lines: Array<{ total: number }> } | null }>

  it('places the order with the same rules and answers the Order, replaying it for the same key', async () => {
    const input = { lines: [{ product: basics.screw.id, quantity: 2 }], shippingAddress: { id: world.addresses.eastWarehouse.id }, paymentMethod: 'offline' }
    const first = await app.graphql<Answer>(mutation, { input, key: 'gql-1' }, eastBuyer)
    expect(first.body.errors).toBeUndefined()
    expect(first.body.data.checkout).toMatchObject({ grandTotal: 202, paymentMethod: 'offline', shippingAddress: { city: 'New York' } })
    const again = await app.graphql<Answer>(mutation, { input, key: 'gql-1' }, eastBuyer)
    expect(again.body.data.checkout?.id).toBe(first.body.data.checkout?.id)
  })

  it.runIf(inventoryEnabled)('reports a shortfall as an error naming lines.0.quantity', async () => {
    const answer = await app.graphql<Answer>(mutation, { input: { lines: [{ product: basics.drill.id, quantity: 50 }] } }, eastBuyer)
    expect(answer.body.data.checkout).toBeNull()
    expect(answer.body.errors?.[0].extensions?.statusCode).toBe(409)
  })
})
