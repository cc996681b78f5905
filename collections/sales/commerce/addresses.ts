/**
 * The commerce endpoints accept an address-book entry by id (`"shippingAddress": 12`) as well as an inline address.
 * An id is read with the caller's own access (a customer user reaches only its company's book: 404 otherwise) and
 * must belong to the buyer's company; it is then inlined, so the calculation and the order keep a snapshot.
 */
import type { PayloadRequest } from 'payload'

import { CalculationError, idOf, sameId, type Buyer } from '../../../src/kit'
import { ADDRESS_TEXT_FIELDS } from '../calculation/address-inputs'

const ADDRESS_FIELDS = ['shippingAddress', 'billingAddress'] as const

type AddressDoc = Record<string, unknown> & { customer?: unknown; customerUser?: unknown }

async function loadBookEntry(req: PayloadRequest, id: number | string, buyer: Buyer, field: string): Promise<Record<string, unknown>> {
  const doc = (await req.payload.findByID({
    collection: 'addresses',
    id,
    depth: 1,
    overrideAccess: false,
    user: req.user,
    req,
    disableErrors: true,
  })) as AddressDoc | null
  if (!doc) throw new CalculationError(`No address ${id} in the buyer's address book`, field, 404)
  const owner = idOf(doc.customer) ?? idOf((doc.customerUser as { customer?: unknown } | null)?.customer)
  if (buyer.customer === null || !sameId(owner, buyer.customer)) throw new CalculationError(`Address ${id} is not in the buyer's address book`, field)
  const inline: Record<string, unknown> = { country: doc.country }
  for (const part of ADDRESS_TEXT_FIELDS) inline[part] = doc[part] ?? null
  return inline
}

/** The body with every address-book reference replaced by the address itself. */
export async function inlineAddressReferences(req: PayloadRequest, body: Record<string, unknown>, buyer: Buyer): Promise<Record<string, unknown>> {
  const result = { ...body }
  for (const field of ADDRESS_FIELDS) {
    const value = body[field]
    const isReference = typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value))
    if (isReference) result[field] = await loadBookEntry(req, value, buyer, field)
  }
  return result
}
