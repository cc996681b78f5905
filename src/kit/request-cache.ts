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

type Batches<K, V> = { loaded: Map<K, Promise<V | undefined>>; open: { ids: Set<K>; answer: Promise<Map<K, V>> } | null }

/**
 * One load per request for many ids asked separately: every id asked before the event loop's next turn (a list's
 * documents each asking in their own afterRead hook, in parallel) joins one batch, loaded with one `loadMany`; each
 * id is then kept for the rest of the request like `cachedPerRequest`. An id `loadMany` leaves out answers undefined.
 */
export function batchedPerRequest<K extends string | number, V>(
  req: Pick<PayloadRequest, 'context'>,
  key: string,
  id: K,
  loadMany: (ids: K[]) => Promise<Map<K, V>>,
): Promise<V | undefined> {
  const batches = (req.context[key] ??= { loaded: new Map(), open: null }) as Batches<K, V>
  const known = batches.loaded.get(id)
  if (known) return known
  if (!batches.open) {
    const ids = new Set<K>()
    const answer = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      batches.open = null
      return loadMany([...ids])
    })
    batches.open = { ids, answer }
  }
  batches.open.ids.add(id)
  const value = batches.open.answer.then((values) => values.get(id))
  batches.loaded.set(id, value)
  value.catch(() => {
    if (batches.loaded.get(id) === value) batches.loaded.delete(id)
  })
  return value
}
