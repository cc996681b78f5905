/**
 * Field rules of staff roles (pure, no Payload import). A role may hide a field of a secured collection (it is
 * left out of every read and cannot be written) or make it read-only (it is read but never written). Field paths
 * are dotted names without row indexes (`costPrice`, `basePrices.amount`); a rule on a group or array covers the
 * fields inside it.
 *
 * With several roles the most permissive wins, as for access levels: a field is restricted only when every role
 * that grants the action on the collection restricts it. Roles that grant nothing on the collection do not vote,
 * so adding an unrelated role to a user never reveals a field.
 */
import { grantedLevel, type AccessAction, type RoleGrants } from './access-levels'

export const FIELD_EFFECTS = ['hidden', 'readOnly'] as const
export type FieldEffect = (typeof FIELD_EFFECTS)[number]

export type FieldRule = { collection: string; field: string; effect: FieldEffect | null | undefined }

export type RoleWithFieldRules = RoleGrants & { fieldRules?: readonly FieldRule[] | null }

/** `path` is `rulePath` or lies inside it. */
export const covers = (rulePath: string, path: string) => path === rulePath || path.startsWith(`${rulePath}.`)

/**
 * The field paths restricted for an action on a collection: for `read` the hidden ones, for `create`/`update` the
 * hidden and read-only ones. A field is restricted when one of the returned paths covers it (see `isRestricted`).
 */
export function restrictedFields(roles: readonly RoleWithFieldRules[], collection: string, action: AccessAction): string[] {
  if (roles.some((role) => role.administrator)) return []
  const voters = roles.filter((role) => grantedLevel([role], collection, action) !== 'none')
  if (voters.length === 0) return []
  const effects: readonly FieldEffect[] = action === 'read' ? ['hidden'] : ['hidden', 'readOnly']
  const restrictedBy = voters.map((role) =>
    (role.fieldRules ?? [])
      .filter((rule) => rule.collection === collection && rule.effect && effects.includes(rule.effect))
      .map((rule) => rule.field),
  )
  // A path is restricted for everyone when every voter has a rule covering it. The deepest such paths are among
  // the voters' own rule paths, so checking each candidate is enough.
  const candidates = [...new Set(restrictedBy.flat())]
  return candidates.filter((path) => restrictedBy.every((paths) => paths.some((rulePath) => covers(rulePath, path)))).sort()
}

export const isRestricted = (restricted: readonly string[], path: string) => restricted.some((rulePath) => covers(rulePath, path))
