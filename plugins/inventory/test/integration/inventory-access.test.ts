/**
 * Inventory under staff role security: warehouses are secured (owner, business unit, a level per role), and their
 * levels, movements and transfers follow the warehouse's access, proven per level through REST and GraphQL. Also the
 * one-level-per-slot rule when the variant is empty (PostgreSQL lets NULLs through a three-column unique index).
 */
import type { DataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ErrorResponse, GraphQLResponse, ListResponse } from '../../../../test/helpers/api-types'
import { createCustomerWorld, PASSWORD as STOREFRONT_PASSWORD } from '../../../../test/helpers/customer-world'
import { ADMIN, CLERK, createCommerceBasics, createStaff } from '../../../../test/helpers/fixtures'
import { startTestApp, type TestApp } from '../../../../test/helpers/payload'
import { createRole, createStaffUser, createUnits, PASSWORD, type Units } from '../../../../test/helpers/security-world'
import type { AccessLevel } from '../../../../src/kit'

type Warehouse = DataFromCollectionSlug<'warehouses'>
type Level = DataFromCollectionSlug<'inventory-levels'>
type Named = { id: number; warehouse?: number | { id: number } | null; toWarehouse?: number | { id: number } | null }

const local = { overrideAccess: true, depth: 0 } as const
const INVENTORY = ['warehouses', 'inventory-levels', 'stock-movements', 'stock-transfers'] as const

let app: TestApp
let admin: string
let units: Units
let basics: Awaited<ReturnType<typeof createCommerceBasics>>
/** warehouse code → id; each warehouse holds one level of SCREW (with its opening receipt) and one transfer into it */
const warehouses: Record<string, number> = {}
const tokens: Partial<Record<AccessLevel, string>> = {}
/** reads every warehouse of the organization, may update only its own unit's */
let readsMoreThanUpdates: string

beforeAll(async () => {
  app = await startTestApp()
  const staff = await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  units = await createUnits(app.payload)
  admin = await app.login(ADMIN.email, ADMIN.password)
  const users: Partial<Record<AccessLevel, number>> = {}
  for (const level of ['own', 'businessUnit', 'division', 'organization', 'global'] as const) {
    const role = await createRole(app.payload, `warehouses-${level}`, [
      { collection: 'warehouses', read: level, create: level, update: level, delete: 'none' },
      // linking a level to a product needs the product readable (products are secured too)
      { collection: 'products', read: 'global' },
    ])
    users[level] = (await createStaffUser(app.payload, `${level.toLowerCase()}@test.local`, [units.a], [role.id])).id
    tokens[level] = await app.login(`${level.toLowerCase()}@test.local`, PASSWORD)
  }
  const reader = await createRole(app.payload, 'warehouses-read-org-update-unit', [
    { collection: 'warehouses', read: 'organization', create: 'none', update: 'businessUnit', delete: 'none' },
    { collection: 'products', read: 'global' },
  ])
  await createStaffUser(app.payload, 'reads-more@test.local', [units.a], [reader.id])
  readsMoreThanUpdates = await app.login('reads-more@test.local', PASSWORD)
  // owner and unit as an administrator would set them; WN was written by the system (no unit)
  const place = async (code: string, unit: number | null, owner: number | null) => {
    const warehouse = await app.payload.create({ collection: 'warehouses', data: { code, name: code, businessUnit: unit, owner } as never, ...local })
    warehouses[code] = warehouse.id
    await app.payload.create({ collection: 'inventory-levels', data: { product: basics.screw.id, warehouse: warehouse.id, onHand: 10 }, ...local })
    await app.payload.create({ collection: 'stock-transfers', data: { product: basics.screw.id, toWarehouse: warehouse.id, quantity: 1 }, ...local })
  }
  await place('WA', units.a, users.own ?? null) // the "own" user's, in unit A
  await place('WA1', units.a1, staff.admin.id) // below A
  await place('WB', units.b, staff.admin.id) // A's sibling under the same root
  await place('WP', units.other, staff.admin.id) // another organization
  await place('WN', null, null)
})
afterAll(() => app?.close())

const codeOf = (id: unknown) => Object.entries(warehouses).find(([, known]) => known === (id && typeof id === 'object' ? (id as { id: number }).id : id))?.[0]
const seen = async (collection: (typeof INVENTORY)[number], token: string) => {
  const list = await app.rest.get<ListResponse<Named>>(`/${collection}?limit=100&depth=0`, { token })
  expect(list.status).toBe(200)
  const docs = list.body.docs
  const codes = docs.map((doc) => codeOf(collection === 'warehouses' ? doc.id : collection === 'stock-transfers' ? doc.toWarehouse : doc.warehouse))
  return codes.sort()
}

describe('warehouse data per access level (a user in unit A)', () => {
  const expected: Record<Exclude<AccessLevel, 'none'>, string[]> = {
    own: ['WA'],
    businessUnit: ['WA'],
    division: ['WA', 'WA1'],
    organization: ['WA', 'WA1', 'WB', 'WN'],
    global: ['WA', 'WA1', 'WB', 'WN', 'WP'],
  }
  for (const [level, codes] of Object.entries(expected) as Array<[Exclude<AccessLevel, 'none'>, string[]]>) {
    it(`${level}: warehouses, their levels, movements and transfers are ${codes.join(', ')}`, async () => {
      const token = tokens[level] as string
      for (const collection of INVENTORY) expect([collection, await seen(collection, token)]).toEqual([collection, codes])
    })
  }

  it('answers the same through GraphQL (division: WA and WA1 only)', async () => {
    const answer = await app.graphql<GraphQLResponse<{ InventoryLevels: { docs: Array<{ warehouse: { code: string } | null }> } }>>(
      '{ InventoryLevels(limit: 100) { docs { warehouse { code } } } }',
      undefined,
      tokens.division,
    )
    expect(answer.body.errors).toBeUndefined()
    expect(answer.body.data.InventoryLevels.docs.map((doc) => doc.warehouse?.code).sort()).toEqual(['WA', 'WA1'])
  })

  it('answers 404 for a level of a warehouse out of reach, and refuses to adjust it', async () => {
    const level = (await app.payload.find({ collection: 'inventory-levels', where: { warehouse: { equals: warehouses.WB } }, ...local })).docs[0] as Level
    expect((await app.rest.get(`/inventory-levels/${level.id}`, { token: tokens.division })).status).toBe(404)
    expect((await app.rest.post(`/inventory-levels/${level.id}/adjust`, { token: tokens.division, body: { quantity: -1, reason: 'probe' } })).status).toBe(404)
    expect((await app.payload.findByID({ collection: 'inventory-levels', id: level.id, ...local })).onHand).toBe(10)
  })

  it('refuses to adjust a level the user may read but not update (403, nothing booked), and adjusts one within reach', async () => {
    const levelIn = async (code: string) => (await app.payload.find({ collection: 'inventory-levels', where: { warehouse: { equals: warehouses[code] } }, ...local })).docs[0] as Level
    const [outOfUnit, inUnit] = [await levelIn('WB'), await levelIn('WA')]
    expect((await app.rest.get(`/inventory-levels/${outOfUnit.id}`, { token: readsMoreThanUpdates })).status).toBe(200)
    const movementsBefore = (await app.payload.count({ collection: 'stock-movements', overrideAccess: true })).totalDocs
    expect((await app.rest.post(`/inventory-levels/${outOfUnit.id}/adjust`, { token: readsMoreThanUpdates, body: { quantity: -1, reason: 'probe' } })).status).toBe(403)
    expect((await app.payload.findByID({ collection: 'inventory-levels', id: outOfUnit.id, ...local })).onHand).toBe(outOfUnit.onHand)
    expect((await app.payload.count({ collection: 'stock-movements', overrideAccess: true })).totalDocs).toBe(movementsBefore)
    const adjusted = await app.rest.post<{ doc: Level }>(`/inventory-levels/${inUnit.id}/adjust`, { token: readsMoreThanUpdates, body: { quantity: 2, reason: 'found in the back' } })
    expect(adjusted.status).toBe(201)
    expect(adjusted.body.doc.onHand).toBe((inUnit.onHand ?? 0) + 2)
  })

  it('refuses a level in a warehouse the user may not update (403), and creates one within reach', async () => {
    const drill = basics.drill.id
    expect((await app.rest.post('/inventory-levels', { token: tokens.businessUnit, body: { product: drill, warehouse: warehouses.WB, onHand: 1 } })).status).toBe(403)
    expect((await app.rest.post('/inventory-levels', { token: tokens.businessUnit, body: { product: drill, warehouse: warehouses.WA, onHand: 1 } })).status).toBe(201)
  })

  it('shows a staff user without an inventory grant nothing, and a storefront user no inventory at all', async () => {
    const clerk = await app.login(CLERK.email, CLERK.password)
    for (const collection of INVENTORY) expect([collection, (await app.rest.get<ListResponse<Named>>(`/${collection}`, { token: clerk })).body.docs ?? []]).toEqual([collection, []])
    const world = await createCustomerWorld(app.payload)
    const storefront = await app.login(world.users.northwindAdmin.email, STOREFRONT_PASSWORD, 'customer-users')
    for (const collection of INVENTORY) expect([collection, (await app.rest.get(`/${collection}`, { token: storefront })).status]).toEqual([collection, 403])
  })

  it('stamps a warehouse created by a unit-level user with that user and unit', async () => {
    const created = await app.rest.post<{ doc: Warehouse }>('/warehouses', { token: tokens.businessUnit, body: { code: 'WNEW', name: 'New' } })
    expect(created.status).toBe(201)
    expect(created.body.doc).toMatchObject({ businessUnit: expect.objectContaining({ id: units.a }) })
  })
})

describe('one level per product, variant and warehouse', () => {
  it('answers 409 naming warehouse for a second product-level row in one warehouse (no variant), and writes nothing', async () => {
    const before = (await app.payload.count({ collection: 'inventory-levels', overrideAccess: true })).totalDocs
    const again = await app.rest.post<ErrorResponse>('/inventory-levels', { token: admin, body: { product: basics.screw.id, warehouse: warehouses.WA, onHand: 5 } })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].data?.errors?.[0]?.path).toBe('warehouse')
    expect((await app.payload.count({ collection: 'inventory-levels', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('keeps exactly one of eight concurrent creates of the same empty-variant slot (the unique slot, not the check, decides)', async () => {
    const warehouse = await app.payload.create({ collection: 'warehouses', data: { code: 'WRACE', name: 'Race' }, ...local })
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => app.rest.post('/inventory-levels', { token: admin, body: { product: basics.drill.id, warehouse: warehouse.id, onHand: 2 } })),
    )
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1)
    expect(answers.every((answer) => answer.status === 201 || answer.status === 409 || answer.status === 400)).toBe(true)
    const rows = await app.payload.find({ collection: 'inventory-levels', where: { warehouse: { equals: warehouse.id } }, ...local })
    expect(rows.docs.map((row) => [row.slot, row.onHand])).toEqual([[`${basics.drill.id}|-|${warehouse.id}`, 2]])
  })

  it('cannot be moved onto a taken slot by an update either', async () => {
    const spare = await app.payload.create({ collection: 'warehouses', data: { code: 'WSPARE', name: 'Spare' }, ...local })
    const level = await app.payload.create({ collection: 'inventory-levels', data: { product: basics.screw.id, warehouse: spare.id }, ...local })
    const moved = await app.rest.patch(`/inventory-levels/${level.id}`, { token: admin, body: { warehouse: warehouses.WA } })
    expect(moved.status).toBe(409)
  })
})

describe('stock moved by what a user may do elsewhere', () => {
  it('lets staff who may place and cancel orders, but not edit warehouses, move the stock those orders move', async () => {
    const sales = await createRole(app.payload, 'sales-no-warehouses', [
      { collection: 'orders', read: 'global', create: 'global', update: 'global', delete: 'none' },
      { collection: 'customers', read: 'global' },
      { collection: 'products', read: 'global' },
    ])
    await createStaffUser(app.payload, 'sales-rep@test.local', [units.a], [sales.id])
    const token = await app.login('sales-rep@test.local', PASSWORD)
    const product = await app.payload.create({ collection: 'products', data: { sku: 'REACH-1', name: 'Reach test', status: 'active', basePrices: [{ currency: basics.usd.id, amount: 100 }] } as never, ...local })
    const level = await app.payload.create({ collection: 'inventory-levels', data: { product: product.id, warehouse: warehouses.WB, onHand: 4 }, ...local })
    const placed = await app.rest.post<{ doc: { id: number } }>('/commerce/checkout', { token, body: { customer: basics.customer.id, lines: [{ product: product.id, quantity: 3 }] } })
    expect(placed.status).toBe(201)
    const ledger = async () => (await app.payload.find({ collection: 'stock-movements', where: { level: { equals: level.id } }, sort: 'id', ...local })).docs.map((row) => [row.kind, row.quantity])
    expect(await ledger()).toEqual([['receipt', 4], ['reservation', 3]])
    expect((await app.payload.findByID({ collection: 'inventory-levels', id: level.id, ...local })).available).toBe(1)
    const cancelled = await app.rest.post(`/orders/${placed.body.doc.id}/transition`, { token, body: { status: 'cancelled', reason: 'customerRequest' } })
    expect(cancelled.status).toBe(200)
    expect(await ledger()).toEqual([['receipt', 4], ['reservation', 3], ['release', 3]])
    // still no door to the ledger itself: the rep reads no warehouse data and cannot book a movement
    expect((await app.rest.get('/stock-movements', { token })).status).toBe(403)
    const booked = await app.rest.post<ErrorResponse>('/stock-movements', { token, body: { level: level.id, kind: 'adjustment', quantity: 5 } })
    expect(booked.status).toBe(403)
  })

  it('lets each end of a transfer move its own stock: the source’s staff ship, the destination’s receive (403 the other way round, nothing moved)', async () => {
    // stock keepers who read every warehouse of the organization and update their own unit's: unit A's
    // (readsMoreThanUpdates) and one in unit B with the same role
    const reader = (await app.payload.find({ collection: 'roles', where: { code: { equals: 'warehouses-read-org-update-unit' } }, ...local })).docs[0]
    await createStaffUser(app.payload, 'unit-b@test.local', [units.b], [reader.id])
    const unitA = readsMoreThanUpdates
    const unitB = await app.login('unit-b@test.local', PASSWORD)
    const onHand = async (warehouse: number) =>
      (await app.payload.find({ collection: 'inventory-levels', where: { warehouse: { equals: warehouse }, product: { equals: basics.screw.id } }, ...local })).docs[0]?.onHand ?? 0
    const [sourceBefore, destinationBefore] = [await onHand(warehouses.WB), await onHand(warehouses.WA)]
    // the destination's staff ask for stock from a warehouse they cannot reach
    const asked = await app.rest.post<{ doc: { id: number } }>('/stock-transfers', { token: unitA, body: { product: basics.screw.id, fromWarehouse: warehouses.WB, toWarehouse: warehouses.WA, quantity: 2 } })
    expect(asked.status).toBe(201)
    const id = asked.body.doc.id
    expect((await app.rest.patch(`/stock-transfers/${id}`, { token: unitA, body: { status: 'shipped' } })).status).toBe(403)
    expect(await onHand(warehouses.WB)).toBe(sourceBefore)
    // the source's staff see it and ship it, but cannot receive it for the destination, nor point it elsewhere
    expect((await app.rest.get<{ id: number }>(`/stock-transfers/${id}`, { token: unitB })).status).toBe(200)
    expect((await app.rest.patch(`/stock-transfers/${id}`, { token: unitB, body: { toWarehouse: warehouses.WB } })).status).toBe(403)
    // as the admin's form sends it: every field, the destination unchanged
    const form = { product: basics.screw.id, fromWarehouse: warehouses.WB, toWarehouse: warehouses.WA, quantity: 2, status: 'shipped' }
    expect((await app.rest.patch(`/stock-transfers/${id}`, { token: unitB, body: form })).status).toBe(200)
    expect(await onHand(warehouses.WB)).toBe(sourceBefore - 2)
    expect((await app.rest.patch(`/stock-transfers/${id}`, { token: unitB, body: { status: 'received' } })).status).toBe(403)
    expect(await onHand(warehouses.WA)).toBe(destinationBefore)
    expect((await app.rest.patch(`/stock-transfers/${id}`, { token: unitA, body: { status: 'received' } })).status).toBe(200)
    expect(await onHand(warehouses.WA)).toBe(destinationBefore + 2)
  })
})
