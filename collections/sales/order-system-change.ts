/**
 * Trusted internal code passing an order change through the workflow: a job, a subscriber or another plugin sets
 * this flag in the operation's context (`payload.update({ collection: 'orders', …, context: orderSystemChange('payments') })`).
 * Only server code can set `req.context`: REST and GraphQL clients cannot, and `overrideAccess` alone opens nothing.
 * The change still goes into the history, as the system's, with the name given here.
 */
export const ORDER_SYSTEM_CHANGE = 'bureau:orderSystemChange'

export const orderSystemChange = (actor: string): Record<string, string> => ({ [ORDER_SYSTEM_CHANGE]: actor })

/** The name the trusted caller gave, or null for an ordinary change. */
export function systemActorOf(context: Record<string, unknown> | undefined): string | null {
  const actor = context?.[ORDER_SYSTEM_CHANGE]
  return typeof actor === 'string' && actor.trim() ? actor : null
}
