import { APIError, Forbidden, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { idOf, isStaff, mayUpdateDocument, type Id } from '../../../src/kit'
import { applyMovement, type Movement } from '../ledger/apply-movement'
import { quantityText, toThousandths } from '../rules/quantities'
import { transferBookings, type TransferStatus } from '../rules/transfer-flow'

type Transfer = { id?: Id; product?: unknown; variant?: unknown; fromWarehouse?: unknown; toWarehouse?: unknown; quantity?: number; status?: TransferStatus | null }

/** The level of the transfer's product (and variant) in `warehouse`; the destination gets one when it has none. */
async function levelIn(req: PayloadRequest, transfer: Transfer, warehouse: Id, create: boolean): Promise<Id | null> {
  const variant = idOf(transfer.variant)
  const found = await req.payload.find({
    collection: 'inventory-levels',
    where: { product: { equals: idOf(transfer.product) }, warehouse: { equals: warehouse }, variant: variant === null ? { exists: false } : { equals: variant } },
    limit: 1,
    depth: 0,
    select: {},
    overrideAccess: true,
    req,
  })
  if (found.docs[0]) return found.docs[0].id
  if (!create) return null
  const created = await req.payload.create({
    collection: 'inventory-levels',
    data: { product: idOf(transfer.product) as number, variant: variant as number | null, warehouse: warehouse as number },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return created.id
}

/** What the destination asked for; the status is the one thing the source's staff move. */
const REQUEST_FIELDS = ['product', 'variant', 'fromWarehouse', 'toWarehouse', 'quantity'] as const

/**
 * Moves stock as a transfer advances, in the transfer's transaction: shipped takes it out of the source's on hand
 * (409 when the source has too little available), received books it into the destination. A step backwards, or
 * cancelling goods on the way, answers 409. A transfer is reached through either end, so each booking also needs
 * its own end within the staff user's update level (403), as adjusting that stock would: shipping the source,
 * receiving the destination; and what was asked for (product, quantity, the ends) is changed only by staff who
 * reach the destination.
 */
export const moveStockWithTransfer: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const stored = originalDoc as Transfer | undefined
  const transfer: Transfer = { ...stored, ...(data as Transfer) }
  if (operation === 'create') {
    if ((data.status ?? 'requested') !== 'requested') throw new APIError('A transfer starts as requested', 400, { errors: [{ path: 'status', message: 'Must be requested' }] }, true)
    return data
  }
  const from = (stored?.status ?? 'requested') as TransferStatus
  const to = (transfer.status ?? from) as TransferStatus
  const source = idOf(transfer.fromWarehouse)
  const bookings = transferBookings(from, to, source === null)
  if (bookings === null) throw new APIError(`A ${from} transfer cannot become ${to}`, 409, { errors: [{ path: 'status', message: `Not allowed after ${from}` }] }, true)
  // each end moves its own stock: the source's staff ship, the destination's receive (a transfer is reached by both)
  const reaches = (warehouse: Id | null) => warehouse === null || !isStaff(req) || mayUpdateDocument(req, 'warehouses', Number(warehouse))
  // the request is the destination's: staff who reach only the source change its status, nothing else
  const edited = REQUEST_FIELDS.filter((field) => field in data && String(idOf(data[field]) ?? '') !== String(idOf(stored?.[field]) ?? ''))
  if (edited.length && !(await reaches(idOf(stored?.toWarehouse)))) throw new Forbidden(req.t)
  if (bookings.includes('out') && !(await reaches(source))) throw new Forbidden(req.t)
  if (bookings.some((booking) => booking !== 'out') && !(await reaches(idOf(transfer.toWarehouse)))) throw new Forbidden(req.t)
  const quantity = toThousandths(transfer.quantity, 'quantity')
  const base: Omit<Movement, 'level' | 'kind'> = { quantity, transfer: transfer.id ?? null, user: req.user?.collection === 'users' ? req.user.id : null }
  for (const booking of bookings) {
    const warehouse = booking === 'out' ? source : idOf(transfer.toWarehouse)
    const level = warehouse === null ? null : await levelIn(req, transfer, warehouse, booking !== 'out')
    if (level === null) throw new APIError('The source warehouse has no stock of this product', 409, { errors: [{ path: 'fromWarehouse', message: 'No stock here' }] }, true)
    const outcome = await applyMovement(req, { ...base, level, kind: booking === 'out' ? 'transfer-out' : booking === 'in' ? 'transfer-in' : 'receipt' })
    if (!outcome.applied) {
      const message = `Only ${quantityText(outcome.available)} available in the source warehouse`
      throw new APIError(message, 409, { errors: [{ path: 'quantity', message }] }, true)
    }
  }
  return data
}
