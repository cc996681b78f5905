/**
 * Turns the kit's domain errors into Payload errors, so REST and GraphQL answer 4xx with the offending field named,
 * and the operation's transaction rolls back (nothing is written).
 */
import { APIError, ValidationError } from 'payload'

import { MoneyError } from './money'
import { CalculationError } from './pipeline'

export function toPayloadError(error: unknown, collection?: string): unknown {
  if (error instanceof CalculationError || error instanceof MoneyError) {
    const status = error instanceof CalculationError ? error.status : 400
    if (error.field && status === 400) {
      return new ValidationError({ collection, errors: [{ message: error.message, path: error.field }] })
    }
    return new APIError(error.message, status, error.field ? { field: error.field } : undefined, true)
  }
  return error
}

/** Runs `work`, rethrowing domain errors as Payload errors. */
export async function withDomainErrors<T>(work: () => Promise<T>, collection?: string): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw toPayloadError(error, collection)
  }
}
