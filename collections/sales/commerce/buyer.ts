/**
 * Who is buying, for the commerce endpoints: a logged-in customer user buys for its own company (or a subsidiary its
 * role lets it see) and may not name another (403); staff may name any customer (404 when there is none); anyone
 * else is a visitor. The website defaults to the first one (by id) when the request names none, the currency to the
 * website's default; both must exist (400 naming the field).
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import { Forbidden, NotFound, type PayloadRequest } from 'payload'

import { CalculationError, idOf, isCustomerUser, isStaff, loadStorefrontScope, seesCustomer, serialIdOf, sqlReaderOf, type Buyer, type Id } from '../../../src/kit'

type Requested = { customer?: Id | null; website?: Id | null; currency?: string | null }
type WebsiteRow = { id: Id; currency: string | null }

/**
 * The website (the named one, else the first by id) and its default currency's code: one hand-written query, as this
 * runs on every cart preview, checkout and listing page (a local API find at depth 1 cost 5-6 ms here, measured).
 */
async function loadWebsite(req: PayloadRequest, website: Id | null | undefined): Promise<WebsiteRow> {
  const reader = await sqlReaderOf(req)
  const named = website === null || website === undefined ? sql`true` : sql`w.id = ${serialIdOf(website) ?? 0}`
  const { rows } = await reader.execute(sql`
    select w.id, c.code as currency from websites w left join currencies c on c.id = w.default_currency_id
    where ${named} order by w.id limit 1`)
  const row = rows[0] as { id: number; currency: string | null } | undefined
  if (!row) throw new CalculationError(website === null || website === undefined ? 'No website is configured' : `Unknown website ${website}`, 'website')
  return { id: Number(row.id), currency: row.currency }
}

async function loadCustomer(req: PayloadRequest, id: Id): Promise<{ id: Id; group: Id | null }> {
  const reader = await sqlReaderOf(req)
  const { rows } = await reader.execute(sql`select id, group_id from customers where id = ${serialIdOf(id) ?? 0}`)
  const row = rows[0] as { id: number; group_id: number | null } | undefined
  if (!row) throw new NotFound(req.t)
  return { id: Number(row.id), group: idOf(row.group_id) }
}

export async function resolveBuyer(req: PayloadRequest, requested: Requested): Promise<Buyer> {
  let customerId: Id | null = requested.customer ?? null
  if (isCustomerUser(req)) {
    const own = idOf((req.user as { customer?: unknown }).customer)
    if (customerId === null) customerId = own
    else {
      const scope = await loadStorefrontScope(req)
      if (!scope || !seesCustomer(scope, customerId)) throw new Forbidden(req.t)
    }
  } else if (!isStaff(req) && customerId !== null) {
    throw new Forbidden(req.t)
  }
  const website = await loadWebsite(req, requested.website)
  const customer = customerId === null ? null : await loadCustomer(req, customerId)
  const requestedCurrency = requested.currency?.trim().toUpperCase()
  const currency = requestedCurrency || website.currency?.toUpperCase() || null
  if (!currency) throw new CalculationError('currency is required: the website has no default currency', 'currency')
  return { customer: customer?.id ?? null, customerGroup: customer?.group ?? null, website: website.id, currency, visitor: customer === null }
}
