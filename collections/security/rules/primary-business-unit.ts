/**
 * The primary business unit of a staff user: the unit their new records are stamped with. It must be one of the
 * user's units. Pure: the hook passes the units and the primary as they will be saved.
 */
export type UnitId = number | string

export type PrimaryUnitDecision = { primary: UnitId | null } | { error: string }

/**
 * - no units: no primary;
 * - a primary the request sets must be one of the units (else an error for the field);
 * - a primary kept from before that is no longer one of the units, or none at all, becomes the first unit.
 */
export function resolvePrimaryUnit(units: readonly UnitId[], primary: UnitId | null, setInThisChange: boolean): PrimaryUnitDecision {
  const isMember = (id: UnitId) => units.some((unit) => String(unit) === String(id))
  if (primary !== null && setInThisChange && !isMember(primary)) {
    return { error: 'The primary business unit must be one of the user’s business units.' }
  }
  if (units.length === 0) return { primary: null }
  return { primary: primary !== null && isMember(primary) ? primary : units[0] }
}
