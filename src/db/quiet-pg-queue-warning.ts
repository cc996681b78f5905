/**
 * Silences one warning, and only that one: pg's "Calling client.query() when the client is already executing a
 * query is deprecated". Payload runs a document's field validations concurrently, and inside a transaction they
 * all use the transaction's single pg client; two of ours query the database while validating (SKU uniqueness
 * across products and variants, attribute definitions for attribute values — measured during the demo seed), so pg
 * queues the second query and warns once per process. pg runs queued queries in order, so the results are right;
 * the warning announces that pg@9 will refuse to queue — revisit before upgrading pg (README "Fragile").
 */
const QUEUED_QUERY_WARNING = 'Calling client.query() when the client is already executing a query is deprecated'

const emitWarning = process.emitWarning.bind(process) as (...args: unknown[]) => void
process.emitWarning = ((warning: unknown, ...rest: unknown[]) => {
  const message = typeof warning === 'string' ? warning : warning instanceof Error ? warning.message : ''
  if (message.includes(QUEUED_QUERY_WARNING)) return
  emitWarning(warning, ...rest)
}) as typeof process.emitWarning

export {}
