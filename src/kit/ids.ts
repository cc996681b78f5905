/** Document ids as Payload hands them out, and reading one from a relationship value (an id or a populated doc). */
export type Id = number | string

/** The id of a relationship value: the value itself, or the `id` of a populated document; null for anything else. */
export function idOf(value: unknown): Id | null {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id
    return typeof id === 'number' || typeof id === 'string' ? id : null
  }
  return null
}

/** Two ids name the same document whether they arrive as numbers or strings (REST paths, JSON bodies). */
export const sameId = (a: unknown, b: unknown): boolean => {
  const left = idOf(a)
  const right = idOf(b)
  return left !== null && right !== null && String(left) === String(right)
}
