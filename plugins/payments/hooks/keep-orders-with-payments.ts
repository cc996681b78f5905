import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { PAYMENT_TRANSACTIONS } from '../collections/slugs'

/** An order with payment transactions is kept (409): the ledger is the record of money that moved. */
export const keepOrdersWithPayments: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const rows = await req.payload.count({ collection: PAYMENT_TRANSACTIONS, where: { order: { equals: id } }, overrideAccess: true, req })
  if (rows.totalDocs > 0) {
    const message = 'This order has payment transactions and cannot be deleted; cancel it instead'
    throw new APIError(message, 409, { errors: [{ path: 'id', message }] }, true)
  }
}
