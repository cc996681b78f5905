/**
 * What every calculation reads before its products: the website (the named one, else the first by id) with its
 * rounding point and default currency, the customer with its group and the facts plugins registered about it
 * (src/kit/customer-facts.ts), and the currency by code (the named one, else the website's default). One hand-written
 * query, kept for the rest of the request: the commerce endpoints resolve the buyer with it and the line loader then
 * reads the same answer, instead of five separate round trips (each costs about 0.3 ms of the Node process alone under
 * load, measured with bench/profile-price.ts).
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { cachedPerRequest, customerFactsJson, executePrepared, forgetPerRequest, idOf, rememberCustomerFacts, serialIdOf, sqlReaderOf, type CustomerFacts, type Id, type RoundingPoint } from '../../../src/kit'

export type CalculationContext = {
  /** null when the named website does not exist, or no website does */
  website: { id: number; rounding: RoundingPoint | null; currency: string | null } | null
  /** null when no customer was named or it does not exist */
  customer: { id: number; group: Id | null } | null
  /** null when no currency was named and the website has none, or the code is unknown */
  currency: { id: number; code: string; minorDigits: number } | null
}

export type ContextRequest = { website?: Id | null; customer?: Id | null; currency?: string | null }

type Row = {
  website: { id: number; price_rounding: RoundingPoint | null; currency: string | null } | null
  customer: { id: number; group_id: number | null; facts: CustomerFacts } | null
  currency: { id: number; code: string; minor_digits: number | string } | null
}

const keyOf = (website: unknown, customer: unknown, currency: string | null | undefined) =>
  `sales:calculation-context:${website ?? ''}:${customer ?? ''}:${(currency ?? '').trim().toUpperCase()}`

async function readContext(req: PayloadRequest, requested: ContextRequest): Promise<CalculationContext> {
  const reader = await sqlReaderOf(req)
  const named = requested.website === null || requested.website === undefined ? sql`true` : sql`w.id = ${serialIdOf(requested.website) ?? 0}`
  const customer = requested.customer === null || requested.customer === undefined ? null : (serialIdOf(requested.customer) ?? 0)
  const code = requested.currency?.trim() ? requested.currency.trim().toUpperCase() : null
  const { rows } = await executePrepared(reader, sql`
    with w as (
      select w.id, w.price_rounding, c.code as currency from websites w left join currencies c on c.id = w.default_currency_id
      where ${named} order by w.id limit 1)
    select (select row_to_json(w) from w) as website,
      ${customer === null ? sql`null::json` : sql`(select json_build_object('id', c.id, 'group_id', c.group_id, 'facts', ${customerFactsJson(req.payload.config)}) from customers c where c.id = ${customer})`} as customer,
      (select json_build_object('id', id, 'code', code, 'minor_digits', minor_digits) from currencies
        where code = upper(coalesce(${code}::text, (select currency from w))) order by id limit 1) as currency`)
  const row = rows[0] as Row | undefined
  if (row?.customer) rememberCustomerFacts(req, Number(row.customer.id), row.customer.facts)
  return {
    website: row?.website ? { id: Number(row.website.id), rounding: row.website.price_rounding, currency: row.website.currency } : null,
    customer: row?.customer ? { id: Number(row.customer.id), group: idOf(row.customer.group_id) } : null,
    currency: row?.currency ? { id: Number(row.currency.id), code: row.currency.code, minorDigits: Number(row.currency.minor_digits) } : null,
  }
}

/**
 * The context for `requested`, read once per request. It is also kept under the names it resolved to (the website's
 * id, the currency's code), which is how the line loader asks for it after the buyer was resolved.
 */
export async function loadCalculationContext(req: PayloadRequest, requested: ContextRequest): Promise<CalculationContext> {
  const key = keyOf(requested.website, requested.customer, requested.currency)
  const context = await cachedPerRequest(req, key, () => readContext(req, requested))
  const missing = !context.website || !context.currency || (requested.customer !== null && requested.customer !== undefined && !context.customer)
  // something was not found: not kept, so a request that creates it (a seed, a hook) and calculates again reads again
  if (missing) forgetPerRequest(req, key)
  const currency = requested.currency?.trim() ? requested.currency : context.website?.currency
  if (!missing && context.website && currency) {
    const resolved = keyOf(context.website.id, requested.customer, currency)
    req.context[resolved] ??= Promise.resolve(context)
  }
  return context
}
