/**
 * Address book integrity: exactly one owner, default flags that match the address types, a storefront user writing
 * only addresses it may manage, and one default billing / shipping address per owner (switching the default clears
 * the previous one in the same transaction).
 */
import {
  Forbidden,
  ValidationError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type PayloadRequest,
  type Where,
} from 'payload'

import { loadStorefrontScope } from '../../../src/kit/storefront'
import { defaultFlagErrors, defaultsToClear, ownerErrors, type OwnedAddress } from '../rules/addresses'
import { mayWriteAddress, type AddressOwnerRef } from '../rules/storefront-writes'
import { idOf, type Id } from '../../../src/kit/ids'

const ADDRESSES = 'addresses'
const SKIP_DEFAULTS = 'bureau:addressDefaultsCleared'

async function ownerRef(req: PayloadRequest, address: Record<string, unknown>): Promise<AddressOwnerRef> {
  const customer = idOf(address.customer)
  if (customer !== null) return { kind: 'customer', customer }
  const customerUser = idOf(address.customerUser) as Id
  const user = (await req.payload.findByID({
    collection: 'customer-users',
    id: customerUser,
    select: { customer: true },
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })) as { customer?: unknown } | null
  return { kind: 'customerUser', customerUser, customerUserCustomer: idOf(user?.customer) }
}

export const checkAddressOwnerAndDefaults: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data } as Record<string, unknown>
  const errors = [...ownerErrors(merged), ...defaultFlagErrors(merged as never)]
  if (errors.length) throw new ValidationError({ collection: ADDRESSES, errors })
  const scope = await loadStorefrontScope(req)
  if (scope) {
    const ownerChanged =
      operation === 'create' ||
      String(idOf(merged.customer)) !== String(idOf(originalDoc?.customer)) ||
      String(idOf(merged.customerUser)) !== String(idOf(originalDoc?.customerUser))
    if (ownerChanged && !mayWriteAddress(scope, await ownerRef(req, merged))) throw new Forbidden(req.t)
  }
  if (!merged.label && typeof merged.street === 'string' && typeof merged.city === 'string') {
    return { ...data, label: `${merged.street}, ${merged.city}` }
  }
  return data
}

export const clearPreviousDefaults: CollectionAfterChangeHook = async ({ doc, context, req }) => {
  if (context[SKIP_DEFAULTS] || (!doc.defaultBilling && !doc.defaultShipping)) return doc
  const customer = idOf(doc.customer)
  const owner: Where = customer !== null ? { customer: { equals: customer } } : { customerUser: { equals: idOf(doc.customerUser) } }
  const siblings = await req.payload.find({
    collection: ADDRESSES,
    where: { and: [owner, { id: { not_equals: doc.id } }, { or: [{ defaultBilling: { equals: true } }, { defaultShipping: { equals: true } }] }] },
    select: { defaultBilling: true, defaultShipping: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const clear = defaultsToClear(doc as OwnedAddress, siblings.docs as unknown as OwnedAddress[])
  for (const flag of ['defaultBilling', 'defaultShipping'] as const) {
    if (clear[flag].length === 0) continue
    await req.payload.update({
      collection: ADDRESSES,
      where: { id: { in: clear[flag] } },
      data: { [flag]: false },
      depth: 0,
      overrideAccess: true,
      req,
      context: { [SKIP_DEFAULTS]: true },
    })
  }
  return doc
}
