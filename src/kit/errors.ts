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
    // a conflict names its field as a 400 does (`errors[].path`), so clients read one shape; `field` kept for older clients
    const data = error.field ? { field: error.field, errors: [{ path: error.field, message: error.message }] } : undefined
    return new APIError(error.message, status, data, true)
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

/** A field problem a rule found: `path` is the dotted field path (`attributeValues.1.value`). */
export type FieldIssue = { path: string; message: string }

/** The 400 listing every issue, each naming its field; thrown from a hook, it rolls the operation back. */
export const validationError = (issues: readonly FieldIssue[], collection?: string) =>
  new ValidationError({ collection, errors: issues.map(({ path, message }) => ({ path, message })) })

/** Throws one 400 listing every issue (nothing is written), or returns when there are none. */
export function refuseIssues(issues: readonly FieldIssue[], collection?: string): void {
  if (issues.length) throw validationError(issues, collection)
}
