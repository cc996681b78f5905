/**
 * One statement for a document's rows (src/kit/document-rows.ts): the plan follows the adapter's table and column
 * naming, and the statement inserts the parent, its array rows and its hasMany texts with the parent's new id.
 */
import { describe, expect, it } from 'vitest'

import { planRows, rowsStatement, type TableColumns } from '../../src/kit/document-rows'
import type { StoredField } from '../../src/kit/written-document'

/** The adapter's tables for the fields below: column keys as its write transform names them. */
const tables: Record<string, Record<string, string>> = {
  orders: { id: 'id', orderNumber: 'order_number', customer: 'customer_id', claims: 'claims', shipTo_city: 'ship_to_city', createdAt: 'created_at' },
  orders_lines: { _order: '_order', _parentID: '_parent_id', id: 'id', product: 'product_id', quantity: 'quantity' },
  orders_texts: { id: 'id', order: 'order', parent: 'parent_id', path: 'path', text: 'text' },
}
const tableColumns: TableColumns = (table) =>
  tables[table] ? new Map(Object.entries(tables[table]).map(([key, name]) => [key, { name, json: key === 'claims' }])) : null
const arrayTable = (key: string) => (key === 'orders_lines' ? 'orders_lines' : undefined)

const fields: StoredField[] = [
  { name: 'orderNumber', type: 'text' },
  { name: 'customer', type: 'relationship', relationTo: 'customers' },
  { name: 'claims', type: 'json' },
  { name: 'shipTo', type: 'group', flattenedFields: [{ name: 'city', type: 'text' }] },
  { name: 'lines', type: 'array', flattenedFields: [{ name: 'product', type: 'relationship', relationTo: 'products' }, { name: 'quantity', type: 'number' }] },
  { name: 'coupons', type: 'text', hasMany: true },
  { name: 'payments', type: 'join' },
  { name: 'createdAt', type: 'date' },
]

describe('one statement for a document and its rows', () => {
  const plan = planRows(fields, 'orders', tableColumns, arrayTable)

  it('inserts the parent, each array row and each hasMany text, the children taking the parent’s new id', () => {
    expect(plan).not.toBeNull()
    const statement = rowsStatement(plan!, {
      orderNumber: 'BO-1',
      customer: 20,
      claims: { tier: 'gold' },
      shipTo: { city: 'New York' },
      lines: [
        { id: 'r1', product: 7, quantity: 3 },
        { id: 'r2', product: 8, quantity: 1 },
      ],
      coupons: ['SAVE10'],
      createdAt: '2026-11-25T09:00:00.000Z',
    })
    expect(statement.sql).toBe(
      'with "bureau_parent" as (insert into "orders" ("order_number", "customer_id", "claims", "ship_to_city", "created_at") values ($1, $2, $3, $4, $5) returning "id"), ' +
        '"bureau_a0" as (insert into "orders_lines" ("_order", "_parent_id", "id", "product_id", "quantity") values ($6, (select "id" from "bureau_parent"), $7, $8, $9), ($10, (select "id" from "bureau_parent"), $11, $12, $13)), ' +
        '"bureau_m0" as (insert into "orders_texts" ("order", "parent_id", "path", "text") values ($14, (select "id" from "bureau_parent"), $15, $16)) ' +
        'select "id" from "bureau_parent"',
    )
    expect(statement.params).toEqual(['BO-1', 20, '{"tier":"gold"}', 'New York', '2026-11-25T09:00:00.000Z', 1, 'r1', 7, 3, 2, 'r2', 8, 1, 1, 'coupons', 'SAVE10'])
  })

  it('leaves out the tables a document has no rows for, and keeps one text per shape', () => {
    const first = rowsStatement(plan!, { orderNumber: 'BO-2', lines: [], coupons: [] })
    expect(first.sql).toBe('with "bureau_parent" as (insert into "orders" ("order_number", "customer_id", "claims", "ship_to_city", "created_at") values ($1, $2, $3, $4, $5) returning "id") select "id" from "bureau_parent"')
    expect(first.params).toEqual(['BO-2', null, null, null, null])
    expect(rowsStatement(plan!, { orderNumber: 'BO-3' }).sql).toBe(first.sql)
  })

  it('plans nothing when a field’s rows are not the kind it writes: the adapter writes them then', () => {
    expect(planRows([{ name: 'rows', type: 'array', flattenedFields: [{ name: 'inner', type: 'array', flattenedFields: [] }] }], 'orders', tableColumns, () => 'orders_lines')).toBeNull()
    expect(planRows([{ name: 'lines', type: 'array', flattenedFields: [{ name: 'tags', type: 'text', hasMany: true }] }], 'orders', tableColumns, arrayTable)).toBeNull()
    expect(planRows([{ name: 'missing', type: 'text' }], 'orders', tableColumns, arrayTable)).toBeNull()
  })
})
