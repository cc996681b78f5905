/**
 * `customers.lifetimeSales`: a virtual, read-only list per currency of the customer's own lifetime sales and the
 * total with every subsidiary below it, computed when staff read a customer (REST, GraphQL, the admin). Staff-only:
 * storefront customer users and visitors never get it, and for them nothing is even loaded.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { ArrayField, CollectionAfterReadHook, FieldHook, PayloadRequest } from 'payload'

import { isStaff } from '../../../src/kit/access'
import { sqlIdArray, transactionOf, type SqlTransaction } from '../../../src/kit/database'
import { batchedPerRequest } from '../../../src/kit/request-cache'
import { rollUpLifetimeSales, type LifetimeSales } from './rules/lifetime-sales'

/** The request's transaction when it has one (a read right after a write sees it), else the pool. */
async function executorOf(req: PayloadRequest): Promise<SqlTransaction> {
  if (await req.transactionID) return transactionOf(req, 'reading lifetime sales')
  return (req.payload.db as unknown as { drizzle: SqlTransaction }).drizzle
}

/**
 * Each asked customer's subtree (itself and every company below) with each company's own totals, for a whole list
 * page in one query: a list's documents ask in parallel and `batchedPerRequest` gathers them.
 */
async function loadLifetimeSales(req: PayloadRequest, customers: number[]): Promise<Map<number, LifetimeSales[]>> {
  const db = await executorOf(req)
  const result = await db.execute(sql`
    with recursive subtree (root, id, parent_id) as (
      select id, id, parent_id from customers where id = any(${sqlIdArray(customers)})
      union
      select subtree.root, child.id, child.parent_id from customers child join subtree on child.parent_id = subtree.id
    )
    select subtree.root, subtree.id, subtree.parent_id, totals.currency, totals.amount
      from subtree left join lifetime_sales totals on totals.customer_id = subtree.id`)
  const answer = new Map<number, LifetimeSales[]>()
  for (const customer of customers) {
    const rows = result.rows.filter((row) => Number(row.root) === customer)
    const companies = rows.map((row) => ({ id: Number(row.id), parent: row.parent_id === null ? null : Number(row.parent_id) }))
    const totals = rows
      .filter((row) => row.currency !== null)
      .map((row) => ({ customer: Number(row.id), currency: String(row.currency), amount: Number(row.amount) }))
    answer.set(customer, rollUpLifetimeSales(customer, companies, totals))
  }
  return answer
}

const computeLifetimeSales: FieldHook = async ({ data, originalDoc, req }) => {
  const id = Number((data as { id?: unknown } | undefined)?.id ?? (originalDoc as { id?: unknown } | undefined)?.id)
  if (!isStaff(req) || !Number.isSafeInteger(id)) return undefined
  return (await batchedPerRequest(req, 'lifetime-sales', id, (ids) => loadLifetimeSales(req, ids))) ?? []
}

/**
 * Payload answers an array it has just hidden by field access as `[]`; the figures are staff-only, so for anyone else
 * the key goes, as it does for every other closed field.
 */
export const dropLifetimeSalesUnlessStaff: CollectionAfterReadHook = ({ doc, req }) => {
  if (!isStaff(req) && doc && typeof doc === 'object') delete (doc as { lifetimeSales?: unknown }).lifetimeSales
  return doc
}

export const lifetimeSalesField: ArrayField = {
  name: 'lifetimeSales',
  type: 'array',
  label: 'Lifetime sales',
  virtual: true,
  custom: { bureau: { staffOnly: true } },
  access: { create: () => false, update: () => false },
  hooks: { afterRead: [computeLifetimeSales] },
  admin: {
    readOnly: true,
    position: 'sidebar',
    description: 'Orders placed, less cancellations and refunds, per currency; with subsidiaries includes every company below',
    components: { Field: '/collections/sales/lifetime/components/lifetime-sales-table#LifetimeSalesTable' },
  },
  fields: [
    { name: 'currency', type: 'text', admin: { description: 'ISO 4217 code' } },
    { name: 'own', type: 'number', admin: { description: 'This customer’s own orders, in minor units' } },
    { name: 'withSubsidiaries', type: 'number', admin: { description: 'With every subsidiary below it, in minor units' } },
  ],
}
