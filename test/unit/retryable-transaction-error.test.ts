/** Which failures a transaction may simply run again: PostgreSQL's deadlock and serialization failures, wrapped or not. */
import { describe, expect, it } from 'vitest'

import { isRetryableTransactionError } from '../../src/kit/database'

const pgError = (code: string) => Object.assign(new Error('pg'), { code })

describe('isRetryableTransactionError', () => {
  it('knows a deadlock (40P01) and a serialization failure (40001), also as the cause of a wrapping error', () => {
    expect(isRetryableTransactionError(pgError('40P01'))).toBe(true)
    expect(isRetryableTransactionError(new Error('Failed query', { cause: pgError('40001') }))).toBe(true)
    expect(isRetryableTransactionError(new Error('outer', { cause: new Error('Failed query', { cause: pgError('40P01') }) }))).toBe(true)
    // GraphQL wraps what a resolver threw as `originalError`
    expect(isRetryableTransactionError(Object.assign(new Error('graphql'), { originalError: new Error('Failed query', { cause: pgError('40P01') }) }))).toBe(true)
  })

  it('leaves everything else to the caller: a unique violation, a plain error, nothing', () => {
    expect(isRetryableTransactionError(pgError('23505'))).toBe(false)
    expect(isRetryableTransactionError(new Error('boom'))).toBe(false)
    expect(isRetryableTransactionError(undefined)).toBe(false)
  })
})
