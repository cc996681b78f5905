/**
 * A transaction PostgreSQL failed to break a deadlock or a serialization conflict with a concurrent one (orders
 * reserving the same stock, say) wrote nothing and may simply be sent again: that is a 409 for the client, not the
 * 500 Payload answers for any database error. Applies to every REST and GraphQL door (the checkout retries first:
 * collections/sales/commerce/checkout/place-order.ts).
 */
import type { AfterErrorHook, Plugin } from 'payload'

import { isRetryableTransactionError } from './database'

export const TRANSACTION_CONFLICT_MESSAGE = 'A concurrent change conflicted with this one: nothing was saved, send it again'

const answerConflict: AfterErrorHook = ({ error, graphqlResult }) => {
  if (!isRetryableTransactionError(error)) return
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message: TRANSACTION_CONFLICT_MESSAGE, extensions: { ...graphqlResult.extensions, statusCode: 409 } } }
  return { status: 409, response: { errors: [{ message: TRANSACTION_CONFLICT_MESSAGE }] } }
}

export const transactionConflictsAs409: Plugin = (config) => ({
  ...config,
  hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), answerConflict] },
})
