/**
 * Checks of a role's permission matrix and field rules (pure). Each answers `true` or the message for the field,
 * so the role editor and the API report the row and field at fault.
 */
export type RowKey = { collection?: string | null; field?: string | null }

/** A permission row names one secured collection, at most once per role. */
export function checkPermissionCollection(
  value: string | null | undefined,
  secured: readonly string[],
  earlierRows: readonly RowKey[],
): string | true {
  if (!value) return 'Choose the collection this row grants access to.'
  if (!secured.includes(value)) return `"${value}" is not a secured collection. Secured collections: ${secured.join(', ')}.`
  if (earlierRows.some((row) => row.collection === value)) return `"${value}" already has a row in this role; change that row instead.`
  return true
}

/** The fields staff security manages itself; roles cannot hide them (the access filter relies on them). */
export const OWNERSHIP_FIELDS = ['owner', 'businessUnit'] as const

/** A field rule names a field of its collection, at most once per collection and role. */
export function checkFieldRulePath(
  value: string | null | undefined,
  collection: string | null | undefined,
  knownPaths: readonly string[],
  earlierRows: readonly RowKey[],
): string | true {
  if (!value) return 'Name the field, e.g. costPrice or basePrices.amount.'
  if (!collection) return true // the collection cell reports its own problem
  if ((OWNERSHIP_FIELDS as readonly string[]).includes(value)) return `"${value}" is managed by staff security and cannot be restricted.`
  if (!knownPaths.includes(value)) return `"${collection}" has no field "${value}".`
  if (earlierRows.some((row) => row.collection === collection && row.field === value)) {
    return `"${collection}.${value}" already has a rule in this role.`
  }
  return true
}
