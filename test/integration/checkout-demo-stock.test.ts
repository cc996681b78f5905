/** The stock a demo checkout starts from, seeded by the inventory plugin (issue 8, item 10; here because a plugin's tests may not import the app's seed): two warehouses, a level for every product, one low with a transfer under way. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemo } from '../../src/seed/demo'
import { startTestApp, type TestApp } from '../helpers/payload'
import { ledgerMismatches } from '../../plugins/inventory/ledger/check'

let app: TestApp
const local = { overrideAccess: true, depth: 0, pagination: false } as const

beforeAll(async () => {
  app = await startTestApp()
  await seedDemo(app.payload)
})
afterAll(() => app?.close())

const inventoryEnabled = !(process.env.BUREAU_DISABLE_PLUGINS ?? '').split(',').map((name) => name.trim()).includes('inventory')

describe.runIf(inventoryEnabled)('the inventory demo', () => {
  it('has Main and East, and a level in each for every simple product and every variant', async () => {
    const warehouses = (await app.payload.find({ collection: 'warehouses', sort: 'priority', ...local })).docs
    expect(warehouses.map((warehouse) => [warehouse.code, warehouse.priority])).toEqual([['MAIN', 1], ['EAST', 2]])
    const simple = (await app.payload.count({ collection: 'products', where: { type: { not_equals: 'configurable' } }, overrideAccess: true })).totalDocs
    const variants = (await app.payload.count({ collection: 'product-variants', overrideAccess: true })).totalDocs
    const levels = (await app.payload.count({ collection: 'inventory-levels', overrideAccess: true })).totalDocs
    expect(levels).toBe(2 * (simple + variants))
  })

  it('has one level below its threshold in Main, with a transfer from East shipped to it', async () => {
    const low = (await app.payload.find({ collection: 'inventory-levels', where: { lowStock: { equals: true } }, ...local })).docs
    expect(low).toHaveLength(1)
    expect(low[0]).toMatchObject({ onHand: 3, available: 3, lowStockThreshold: 5, replenish: true })
    const transfers = (await app.payload.find({ collection: 'stock-transfers', ...local })).docs
    expect(transfers).toHaveLength(1)
    expect(transfers[0]).toMatchObject({ product: low[0].product, toWarehouse: low[0].warehouse, quantity: 20, status: 'shipped' })
    expect((await ledgerMismatches(app.payload)).mismatches).toEqual([])
  })
})
