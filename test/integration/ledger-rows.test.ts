/**
 * The ledger rows' direct writer (plugins/inventory/ledger/write-movement.ts) against the local API's create it
 * replaces: the same row, the same document read back, the same audit entry, and the same all-or-nothing with the
 * caller's transaction.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { afterChangeManyOf, transactionOf } from '../../src/kit'
import { reserveLevels } from '../../plugins/inventory/ledger/reserve-levels'
import { carriedMovements, directlyWritable, writeMovement, writeMovements, type MovementRow } from '../../plugins/inventory/ledger/write-movement'
import { createCommerceBasics, createStaff } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'
import { statementsDuring } from '../helpers/statements'

let app: TestApp
let staff: Awaited<ReturnType<typeof createStaff>>
let row: MovementRow
let stocked: { id: number }
const local = { overrideAccess: true, depth: 0 } as const

async function inTransaction(payload: Payload, work: (req: PayloadRequest) => Promise<void>, commit = true, user: { id: number } = staff.admin) {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  await initTransaction(req)
  try {
    await work(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  if (commit) await commitTransaction(req)
  else await killTransaction(req)
}

const movements = async () => (await app.payload.find({ collection: 'stock-movements', sort: 'id', pagination: false, ...local })).docs
const auditOf = async (id: number | string) =>
  (await app.payload.find({ collection: 'audit-log', where: { collection: { equals: 'stock-movements' }, documentId: { equals: String(id) } }, pagination: false, ...local })).docs

beforeAll(async () => {
  app = await startTestApp()
  staff = await createStaff(app.payload)
  const basics = await createCommerceBasics(app.payload)
  const warehouse = await app.payload.create({ collection: 'warehouses', data: { code: 'LEDGER', name: 'Ledger warehouse', priority: 1 }, ...local })
  const level = await app.payload.create({ collection: 'inventory-levels', data: { product: basics.screw.id, warehouse: warehouse.id, onHand: 0 }, ...local })
  stocked = await app.payload.create({ collection: 'inventory-levels', data: { product: basics.drill.id, warehouse: warehouse.id, onHand: 10 }, ...local })
  row = {
    level: level.id,
    product: basics.screw.id,
    warehouse: warehouse.id,
    kind: 'adjustment',
    quantity: 2.5,
    onHandDelta: 2.5,
    reservedDelta: 0,
    reason: 'Counted on the shelf',
    order: null,
    orderLine: 'line-1',
    transfer: null,
    user: staff.admin.id,
  }
})
afterAll(async () => {
  await app?.close()
})

describe('ledger rows written directly', () => {
  it('takes the direct path on the collection as the app configures it (else this file proves nothing)', () => {
    expect(directlyWritable(app.payload.collections['stock-movements'].config)).toBe(true)
    // and the audit trail's hook reaches it with its many-documents handler (one insert for a write's entries)
    expect((app.payload.collections['stock-movements'].config.hooks.afterChange ?? []).some((hook) => afterChangeManyOf(hook) !== undefined)).toBe(true)
  })

  it('writes the row, the document and the audit entry the local API writes', async () => {
    const before = (await movements()).length
    await inTransaction(app.payload, async (req) => writeMovement(req, await transactionOf(req), row))
    await inTransaction(app.payload, async (req) => {
      await req.payload.create({ collection: 'stock-movements', data: row as never, req, ...local })
    })
    const [direct, throughApi] = (await movements()).slice(before)
    expect(direct).toBeDefined()
    expect(throughApi).toBeDefined()
    const withoutIdentity = ({ id: _id, createdAt, updatedAt, ...rest }: Record<string, unknown>) => {
      expect(Date.parse(String(createdAt))).not.toBeNaN()
      expect(Date.parse(String(updatedAt))).not.toBeNaN()
      return rest
    }
    expect(withoutIdentity(direct as never)).toEqual(withoutIdentity(throughApi as never))
    expect(withoutIdentity(direct as never)).toMatchObject({ kind: 'adjustment', quantity: 2.5, reason: 'Counted on the shelf', orderLine: 'line-1', user: staff.admin.id, order: null })

    const [directEntry] = await auditOf(direct.id)
    const [apiEntry] = await auditOf(throughApi.id)
    const entry = ({ id: _id, documentId: _documentId, createdAt: _c, updatedAt: _u, ...rest }: Record<string, unknown>) => rest
    expect(directEntry).toBeDefined()
    expect(entry(directEntry as never)).toEqual(entry(apiEntry as never))
    expect(directEntry).toMatchObject({ operation: 'create', user: staff.admin.id, userEmail: staff.admin.email })
  })

  it('writes several rows with one insert, each with its own audit entry matching the local API’s, in the order given', async () => {
    const before = (await movements()).length
    const rows = ['first', 'second', 'third'].map((reason, index) => ({ ...row, reason, quantity: index + 1, onHandDelta: index + 1, orderLine: `line-${index}` }))
    await inTransaction(app.payload, async (req) => writeMovements(req, await transactionOf(req), rows))
    await inTransaction(app.payload, async (req) => void (await req.payload.create({ collection: 'stock-movements', data: rows[1] as never, req, ...local })))
    const written = (await movements()).slice(before)
    expect(written.map((movement) => [movement.reason, movement.quantity, movement.orderLine])).toEqual([
      ['first', 1, 'line-0'],
      ['second', 2, 'line-1'],
      ['third', 3, 'line-2'],
      ['second', 2, 'line-1'],
    ])
    const entries = await Promise.all(written.map(async (movement) => auditOf(movement.id)))
    expect(entries.map((found) => found.length)).toEqual([1, 1, 1, 1])
    const entry = ({ id: _id, documentId: _documentId, createdAt: _c, updatedAt: _u, ...rest }: Record<string, unknown>) => rest
    expect(entry(entries[1][0] as never)).toEqual(entry(entries[3][0] as never))
    expect(entries.map((found) => found[0].documentId)).toEqual(written.map((movement) => String(movement.id)))
  })

  it('books, as the local API with overrideAccess does, the row of a staff user who cannot reach the warehouse, in their name', async () => {
    // the movement is the effect of something they may do (place or cancel an order); whether they may touch the
    // warehouse is asked of their own writes only (the access functions of follow-parent-access.ts)
    const before = (await movements()).length
    await inTransaction(app.payload, async (req) => writeMovement(req, await transactionOf(req), { ...row, reason: 'clerk direct' }), true, staff.clerk)
    await inTransaction(app.payload, async (req) => void (await req.payload.create({ collection: 'stock-movements', data: { ...row, reason: 'clerk api' } as never, req, ...local })), true, staff.clerk)
    const written = (await movements()).slice(before)
    expect(written.map((movement) => movement.reason)).toEqual(['clerk direct', 'clerk api'])
    const entries = await app.payload.find({ collection: 'audit-log', where: { and: [{ collection: { equals: 'stock-movements' } }, { user: { equals: staff.clerk.id } }] }, pagination: false, ...local })
    expect(entries.docs.map((entry) => String(entry.documentId)).sort()).toEqual(written.map((movement) => String(movement.id)).sort())
  })

  it('writes nothing when the caller’s transaction rolls back', async () => {
    const before = await movements()
    await inTransaction(app.payload, async (req) => writeMovement(req, await transactionOf(req), { ...row, reason: 'rolled back' }), false)
    const after = await movements()
    expect(after.length).toBe(before.length)
    expect(after.some((movement) => movement.reason === 'rolled back')).toBe(false)
    const entries = await app.payload.find({ collection: 'audit-log', where: { collection: { equals: 'stock-movements' } }, pagination: false, ...local })
    expect(entries.docs.length).toBe(before.length)
  })
})

describe('ledger rows carried by the reservation’s statement', () => {
  const reservationRow = (reason: string, quantity: number): MovementRow => ({ ...row, level: stocked.id, product: row.product, kind: 'reservation', quantity, onHandDelta: 0, reservedDelta: quantity, reason, user: null })
  const identityFree = (doc: object) => {
    const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = doc as Record<string, unknown>
    return rest
  }

  it('writes in the reservation’s one statement the rows, documents and audit entries writeMovements writes', async () => {
    const before = (await movements()).length
    const rows = [reservationRow('carried a', 1), reservationRow('carried b', 2)]
    let statements: string[] = []
    await inTransaction(app.payload, async (req) => {
      const carried = (await carriedMovements(req, rows))!
      expect(carried).not.toBeNull()
      statements = await statementsDuring(async () => {
        const reservation = await reserveLevels(req, [{ level: stocked.id, quantity: 3000n }], carried.insert)
        expect(reservation.applied).toBe(true)
        expect(reservation.movements).toHaveLength(2)
        await carried.finish(reservation.movements)
      })
    })
    expect(statements.filter((text) => text.includes('insert into "stock_movements"'))).toEqual([expect.stringMatching(/^with asked as/)])
    await inTransaction(app.payload, async (req) => writeMovements(req, await transactionOf(req), rows))
    const written = (await movements()).slice(before)
    expect(written.map((movement) => [movement.reason, movement.quantity, movement.reservedDelta])).toEqual([
      ['carried a', 1, 1],
      ['carried b', 2, 2],
      ['carried a', 1, 1],
      ['carried b', 2, 2],
    ])
    expect(written.slice(0, 2).map(identityFree)).toEqual(written.slice(2).map(identityFree))
    const entries = await Promise.all(written.map(async (movement) => auditOf(movement.id)))
    expect(entries.map((found) => found.length)).toEqual([1, 1, 1, 1])
    const entry = ({ documentId: _documentId, ...rest }: Record<string, unknown>) => identityFree(rest)
    expect(entries.slice(0, 2).map((found) => entry(found[0] as never))).toEqual(entries.slice(2).map((found) => entry(found[0] as never)))
  })

  it('writes none when the reservation is refused', async () => {
    const before = (await movements()).length
    await inTransaction(app.payload, async (req) => {
      const carried = (await carriedMovements(req, [reservationRow('refused', 500)]))!
      const reservation = await reserveLevels(req, [{ level: stocked.id, quantity: 500_000n }], carried.insert)
      expect(reservation).toMatchObject({ applied: false, movements: [] })
    })
    expect((await movements()).length).toBe(before)
  })
})
