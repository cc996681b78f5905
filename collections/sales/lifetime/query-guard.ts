/**
 * `lifetimeSales` is computed on read, not a column: a `where` or `sort` on it would reach PostgreSQL as an unknown
 * column (500). Refused up front with Payload's own 400 QueryError naming the path, for staff too. An anonymous
 * visitor is left to the collection's access (customers are never readable anonymously: 403, as for every hidden
 * field of a collection the caller cannot read), since this hook runs before access is checked.
 */
import { QueryError, type CollectionBeforeOperationHook, type Where } from 'payload'

const FIELD = 'lifetimeSales'

const touchesField = (path: string) => {
  const plain = path.replace(/^-/, '').replaceAll('__', '.')
  return plain === FIELD || plain.startsWith(`${FIELD}.`)
}

function pathsIn(where: unknown): string[] {
  if (!where || typeof where !== 'object') return []
  return Object.entries(where as Where).flatMap(([key, value]) =>
    key === 'and' || key === 'or' ? (Array.isArray(value) ? value.flatMap(pathsIn) : []) : [key],
  )
}

export const refuseQueriesOnLifetimeSales: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!req.user) return args
  if (operation !== 'read' && operation !== 'count' && operation !== 'update' && operation !== 'delete') return args
  const { where, sort } = args as { where?: unknown; sort?: unknown }
  const sorts = typeof sort === 'string' ? sort.split(',') : Array.isArray(sort) ? sort.map(String) : []
  const refused = [...pathsIn(where), ...sorts].filter(touchesField)
  if (refused.length > 0) throw new QueryError(refused.map((path) => ({ path })))
  return args
}
