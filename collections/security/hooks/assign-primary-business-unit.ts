import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { resolvePrimaryUnit, type UnitId } from '../rules/primary-business-unit'
import { idOf } from '../../../src/kit/ids'

/** Keeps a staff user's primary business unit one of their units (see rules/primary-business-unit.ts). */
export const assignPrimaryBusinessUnit: CollectionBeforeChangeHook = ({ collection, data, operation, originalDoc }) => {
  // On update `data` already holds the stored values of fields the request left out, so compare with the stored doc.
  const units = ((data.businessUnits as unknown[] | null | undefined) ?? []).map(idOf).filter((id): id is UnitId => id !== null)
  const primary = idOf(data.primaryBusinessUnit)
  const before = operation === 'update' ? idOf(originalDoc?.primaryBusinessUnit) : null
  const decision = resolvePrimaryUnit(units, primary, primary !== null && String(primary) !== String(before))
  if ('error' in decision) {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'primaryBusinessUnit', message: decision.error }] })
  }
  return { ...data, primaryBusinessUnit: decision.primary }
}
