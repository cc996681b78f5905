/**
 * Address book rules (pure, no Payload import): who owns an address, which default flags an address may carry, and
 * which other addresses lose their default flag when one becomes the default.
 */
import type { TreeId } from '../../../src/kit/tree'

export const ADDRESS_TYPES = ['billing', 'shipping'] as const
export type AddressType = (typeof ADDRESS_TYPES)[number]

export type FieldError = { path: string; message: string }

const present = (value: unknown) => value !== null && value !== undefined && value !== ''

/** An address belongs to exactly one owner: a company (`customer`) or a person (`customerUser`). */
export function ownerErrors(address: { customer?: unknown; customerUser?: unknown }): FieldError[] {
  const hasCustomer = present(address.customer)
  const hasUser = present(address.customerUser)
  if (hasCustomer && hasUser) {
    return [{ path: 'customerUser', message: 'An address belongs to a customer or to a customer user, not both' }]
  }
  if (!hasCustomer && !hasUser) return [{ path: 'customer', message: 'Choose the customer or the customer user this address belongs to' }]
  return []
}

export type AddressFlags = {
  types?: readonly string[] | null
  defaultBilling?: boolean | null
  defaultShipping?: boolean | null
}

/** A default billing address must be a billing address; the same for shipping. */
export function defaultFlagErrors(address: AddressFlags): FieldError[] {
  const types = address.types ?? []
  const errors: FieldError[] = []
  if (address.defaultBilling === true && !types.includes('billing')) {
    errors.push({ path: 'defaultBilling', message: 'Only a billing address can be the default billing address' })
  }
  if (address.defaultShipping === true && !types.includes('shipping')) {
    errors.push({ path: 'defaultShipping', message: 'Only a shipping address can be the default shipping address' })
  }
  return errors
}

export type OwnedAddress = { id: TreeId; defaultBilling?: boolean | null; defaultShipping?: boolean | null }

/**
 * An owner has at most one default billing and one default shipping address. When `saved` carries a default flag,
 * every other address of the same owner (`siblings`) that carries that flag loses it.
 */
export function defaultsToClear(
  saved: OwnedAddress,
  siblings: readonly OwnedAddress[],
): { defaultBilling: TreeId[]; defaultShipping: TreeId[] } {
  const others = siblings.filter((sibling) => String(sibling.id) !== String(saved.id))
  return {
    defaultBilling: saved.defaultBilling === true ? others.filter((other) => other.defaultBilling === true).map((other) => other.id) : [],
    defaultShipping: saved.defaultShipping === true ? others.filter((other) => other.defaultShipping === true).map((other) => other.id) : [],
  }
}
