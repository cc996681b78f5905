/**
 * One load per request: access functions and hooks ask for the same data in parallel (roles, the unit tree, a
 * customer user's scope), so the promise itself is kept in `req.context` and shared. A failed load is forgotten, so
 * a later caller in the same request tries again instead of inheriting the error.
 */
import type { PayloadRequest } from 'payload'

export function cachedPerRequest<T>(req: Pick<PayloadRequest, 'context'>, key: string, load: () => Promise<T>): Promise<T> {
  const existing = req.context[key] as Promise<T> | undefined
  if (existing) return existing
  const loading = load()
  req.context[key] = loading
  loading.catch(() => {
    if (req.context[key] === loading) delete req.context[key]
  })
  return loading
}

/** Drops a cached load, for a hook that has just changed what it read (a business unit moved). */
export const forgetPerRequest = (req: Pick<PayloadRequest, 'context'>, key: string): void => {
  delete req.context[key]
}
