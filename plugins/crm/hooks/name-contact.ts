import type { CollectionBeforeValidateHook } from 'payload'

/** Keeps `name` = "First Last" from the two name fields (the title lists and relationship pickers show). */
export const nameContact: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) return data
  const first = 'firstName' in data ? data.firstName : originalDoc?.firstName
  const last = 'lastName' in data ? data.lastName : originalDoc?.lastName
  return { ...data, name: [first, last].filter((part) => typeof part === 'string' && part.trim()).join(' ') }
}
