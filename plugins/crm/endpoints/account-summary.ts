import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Endpoint, PayloadRequest } from 'payload'

import { toBigInt, toSafeNumber } from '../../../src/kit'
import { ACCOUNTS, ACTIVITIES } from '../collections/slugs'
import { loadPipeline, totalJson, type CurrencyTotalJson } from './pipeline'
import { requireStaff, routeId } from './request'

export type AccountSummary = {
  account: number
  /** per currency: the total of the account's orders (minor units) and how many, cancelled orders excluded */
  lifetimeSales: { currency: string; minorDigits: number; amount: number; orders: number }[]
  /** per currency: the account's open opportunities the caller may read, amount and weighted amount */
  openPipeline: CurrencyTotalJson[]
  lastActivity: { id: number; type: string; subject: string; occurredAt: string } | null
}

type DrizzleDb = { execute: (statement: ReturnType<typeof sql>) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * Lifetime sales of an account with one SQL aggregate over its orders (orders carry their customer's account).
 * An account-level figure like a customer's `lifetimeSalesValue`: it counts every order of the account, whatever
 * orders the reader may open one by one.
 */
async function lifetimeSales(req: PayloadRequest, account: number): Promise<AccountSummary['lifetimeSales']> {
  const db = (req.payload.db as unknown as { drizzle: DrizzleDb }).drizzle
  const { rows } = await db.execute(sql`
    select o.currency, coalesce(max(c.minor_digits), 2)::int as minor_digits, sum(o.grand_total)::text as amount, count(*)::int as orders
    from orders o left join currencies c on c.code = o.currency
    where o.account_id = ${account} and o.status <> 'cancelled'
    group by o.currency order by o.currency`)
  return rows.map((row) => ({
    currency: String(row.currency),
    minorDigits: Number(row.minor_digits),
    amount: toSafeNumber(toBigInt(String(row.amount))),
    orders: Number(row.orders),
  }))
}

/** The 360° view's figures for an account the caller may read (404 otherwise). */
export async function loadAccountSummary(req: PayloadRequest, id: number): Promise<AccountSummary> {
  requireStaff(req)
  const asCaller = { depth: 0, overrideAccess: false, user: req.user, req } as const
  await req.payload.findByID({ collection: ACCOUNTS, id, select: { name: true }, ...asCaller })
  // one after the other: nested local API calls sharing `req` must not run concurrently
  const sales = await lifetimeSales(req, id)
  const { pipeline, digits } = await loadPipeline(req, { account: id })
  const activities = await req.payload.find({
    collection: ACTIVITIES,
    where: { account: { equals: id } },
    sort: '-occurredAt',
    limit: 1,
    select: { type: true, subject: true, occurredAt: true },
    ...asCaller,
  })
  const last = activities.docs[0]
  return {
    account: id,
    lifetimeSales: sales,
    openPipeline: pipeline.totals.map((total) => totalJson(total, digits)),
    lastActivity: last ? { id: Number(last.id), type: last.type, subject: last.subject, occurredAt: last.occurredAt } : null,
  }
}

/** `GET /api/accounts/:id/summary` (GraphQL twin: query `AccountSummary(id)`). */
export const accountSummaryEndpoint: Endpoint = {
  path: '/:id/summary',
  method: 'get',
  handler: async (req) => Response.json(await loadAccountSummary(req, routeId(req))),
}
