import type { CollectionBeforeChangeHook } from 'payload'

import { isStaff } from '../../../src/kit'

const sameInstant = (a: unknown, b: unknown) =>
  (a ? new Date(String(a)).getTime() : null) === (b ? new Date(String(b)).getTime() : null)

/**
 * The creator is the staff user who creates the task (a seed or the system may name one through the local API) and
 * never changes. Moving the due date re-arms the reminders, so a task pushed back is reminded again.
 */
export const stampCreatorAndResetReminders: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation === 'create') {
    if (isStaff(req) && req.user) data.creator = req.user.id
    return data
  }
  if ('dueAt' in data && !sameInstant(data.dueAt, originalDoc?.dueAt)) {
    data.dueSoonAlertedAt = null
    data.overdueAlertedAt = null
  }
  return data
}
