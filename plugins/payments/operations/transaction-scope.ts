import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { requestForOwnTransaction } from '../../../src/kit'

/**
 * Runs `work` in a transaction of its own (whatever `req` carries), committed when it returns and rolled back when it
 * throws. Payment actions need their own: they hold the order's row lock across the gateway call and must commit
 * their ledger rows even when the caller (a job, an endpoint) has other work in flight.
 */
export async function inOwnTransaction<T>(req: PayloadRequest, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  // its own transaction id and DataLoader: a population here must not move the caller's request into this transaction
  const txReq = requestForOwnTransaction(req)
  await initTransaction(txReq)
  try {
    const result = await work(txReq)
    await commitTransaction(txReq)
    return result
  } catch (error) {
    await killTransaction(txReq)
    throw error
  }
}
