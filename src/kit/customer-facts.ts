/**
 * Facts about a commerce customer that plugins need on every order (its CRM account, its payment term), read in the
 * same statement as the buyer instead of one statement each.
 *
 * A plugin registers a fact as a SQL expression over the customer's row, aliased `c` (`registerCustomerFact`). The
 * calculation context (collections/sales/calculation/context.ts), which every priced cart and order reads once,
 * selects every registered fact with the customer and keeps them for the request (`rememberCustomerFacts`);
 * `customerFacts` answers from there, or reads them in one statement when nothing did yet (an order written without
 * a calculation, a customer named after the context was read). A write to a customer or a customer group drops them
 * all (`forgetAllCustomerFacts`, hooked by the calculation's wiring); a fact other writes change (whether the
 * customer has ordered before) is forgotten by the plugin that registered it after such a write.
 */
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config, PayloadRequest, SanitizedConfig } from 'payload'

import { executePrepared, serialIdOf, sqlReaderOf } from './database'
import type { Id } from './ids'
import { getRegistry } from './registry'
import { cachedPerRequest, forgetPerRequest } from './request-cache'

export type CustomerFact = {
  /** unique across plugins; by convention `plugin:fact` */
  name: string
  plugin: string
  /** a SQL expression over the customer's row, aliased `c` (`c.account_id`, a scalar sub-select); its value as JSON */
  select: SQL
}

export type CustomerFacts = Record<string, unknown>

type WithCustom = Pick<Config, 'custom'> | Pick<SanitizedConfig, 'custom'>

/** Registers a fact; a name already taken fails at boot. */
export function registerCustomerFact(config: Config, fact: CustomerFact): void {
  const facts = getRegistry(config).customerFacts
  const taken = facts.find((known) => known.name === fact.name)
  if (taken) throw new Error(`Plugin "${fact.plugin}" registers the customer fact "${fact.name}", which "${taken.plugin}" already did`)
  facts.push(fact)
}

/** Every registered fact as one JSON object over the customer row `c` (an empty object when none is registered). */
export function customerFactsJson(config: WithCustom): SQL {
  const facts = getRegistry(config).customerFacts
  if (facts.length === 0) return sql`json_build_object()`
  return sql`json_build_object(${sql.join(
    facts.map((fact) => sql`${fact.name}::text, ${fact.select}`),
    sql`, `,
  )})`
}

const KEY_PREFIX = 'kit:customer-facts:'
const keyOf = (customer: Id) => `${KEY_PREFIX}${customer}`

/** Keeps the facts a read of the customer brought along, for the rest of the request. */
export function rememberCustomerFacts(req: Pick<PayloadRequest, 'context'>, customer: Id, facts: CustomerFacts): void {
  req.context[keyOf(customer)] ??= Promise.resolve(facts)
}

/** Drops the request's copy of a customer's facts, for a write that changed one of them (an order changes its history). */
export const forgetCustomerFacts = (req: Pick<PayloadRequest, 'context'>, customer: Id): void => forgetPerRequest(req, keyOf(customer))

/**
 * After any write to a customer or a customer group (its account, its term, its group's term…): every customer's facts
 * the request holds are dropped, so what it reads next comes from the database, as the statement each fact replaced
 * did. Such writes are rare; a group reaches many customers, hence all of them.
 */
export const forgetAllCustomerFacts: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ doc, req }) => {
  for (const key of Object.keys(req.context)) if (key.startsWith(KEY_PREFIX)) forgetPerRequest(req, key)
  return doc
}

/** The customer's registered facts, or null when it does not exist (not kept: a later read may find it). */
export async function customerFacts(req: PayloadRequest, customer: Id): Promise<CustomerFacts | null> {
  const key = keyOf(customer)
  const facts = await cachedPerRequest(req, key, async () => {
    const reader = await sqlReaderOf(req)
    const { rows } = await executePrepared(reader, sql`select ${customerFactsJson(req.payload.config)} as facts from customers c where c.id = ${serialIdOf(customer) ?? 0}`)
    return ((rows[0] as { facts?: CustomerFacts } | undefined)?.facts ?? null) as CustomerFacts | null
  })
  if (facts === null) forgetPerRequest(req, key)
  return facts
}
