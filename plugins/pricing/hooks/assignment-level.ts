import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { idOf } from '../../../src/kit'
import { PRICE_LIST_ASSIGNMENTS_SLUG } from '../collections/slugs'

/** An assignment is for the website, a customer group or a customer: never both a group and a customer. */
export const refuseGroupAndCustomer: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  const merged = { ...(originalDoc as Record<string, unknown> | undefined), ...data }
  if (idOf(merged.customerGroup) !== null && idOf(merged.customer) !== null) {
    throw new ValidationError({
      collection: PRICE_LIST_ASSIGNMENTS_SLUG,
      errors: [{ path: 'customer', message: 'Assign a list to a customer group or to a customer, not both' }],
    })
  }
  return data
}
