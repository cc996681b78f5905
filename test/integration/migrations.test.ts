/**
 * Production (`npm start`) does not push the schema: it applies src/migrations. These tests keep the migrations
 * honest: they must describe exactly the schema of the current config, and applying them to an empty database must
 * give a working app.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../../src/migrations'
import { createCommerceBasics, createStaff } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}

const migrationDir = path.resolve('src/migrations')
let app: TestApp

beforeAll(async () => {
  // As in production: no schema push at connect.
  process.env.PAYLOAD_MIGRATING = 'true'
  app = await startTestApp()
  delete process.env.PAYLOAD_MIGRATING
})
afterAll(() => app?.close())

describe('migrations', () => {
  it('describe exactly the schema of the current config (run `npm run payload -- migrate:create` when this fails)', async () => {
    const latest = fs.readdirSync(migrationDir).filter((file) => file.endsWith('.json')).sort().at(-1)
    expect(latest, 'no migration snapshot in src/migrations').toBeDefined()
    const snapshot = JSON.parse(fs.readFileSync(path.join(migrationDir, latest!), 'utf8'))
    const db = app.payload.db as unknown as { requireDrizzleKit: () => DrizzleKit; schema: unknown }
    const kit = db.requireDrizzleKit()
    const statements = await kit.generateMigration(snapshot, await kit.generateDrizzleJson(db.schema))
    expect(statements).toEqual([])
  })

  it('build a working database from nothing', async () => {
    // The adapter types migration args loosely (unknown) while the generated files type them precisely.
    await app.payload.db.migrate({ migrations: migrations as never })
    await createStaff(app.payload)
    const basics = await createCommerceBasics(app.payload)
    const order = await app.payload.create({
      collection: 'orders',
      data: { customer: basics.customer.id, currency: 'USD', lines: [{ product: basics.drill.id, quantity: 1 }] },
      overrideAccess: true,
    })
    expect(order.grandTotal).toBe(12999)
  })
})
