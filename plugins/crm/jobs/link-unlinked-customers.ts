import type { Payload } from 'payload'

import { idOf, type Id } from '../../../src/kit'
import { ACCOUNTS } from '../collections/slugs'

/**
 * The upgrade path for customers that have no account (they existed before the CRM was installed, or were written
 * with SQL): each gets its parent's account when the parent has one, else a new account named after it, owned like
 * the customer. Runs as a scheduled task (index.ts), a batch per run; idempotent: linked customers are skipped.
 * Returns how many customers it linked.
 */
export async function linkUnlinkedCustomers(payload: Payload, batch = 200): Promise<number> {
  const { docs } = await payload.find({
    collection: 'customers',
    where: { account: { exists: false } },
    sort: 'id',
    limit: batch,
    depth: 0,
    select: { name: true, email: true, phone: true, parent: true, owner: true, businessUnit: true, account: true },
    overrideAccess: true,
  })
  const accountOf = new Map<string, Id>()
  for (const customer of docs) {
    const parent = idOf(customer.parent)
    let account: Id | null | undefined = parent === null ? undefined : accountOf.get(String(parent))
    if (account === undefined && parent !== null) {
      const parentDoc = await payload.findByID({ collection: 'customers', id: parent, depth: 0, select: { account: true }, overrideAccess: true })
      account = idOf(parentDoc.account)
    }
    if (account === undefined || account === null) {
      const data = { name: customer.name, email: customer.email, phone: customer.phone, owner: customer.owner, businessUnit: customer.businessUnit }
      account = (await payload.create({ collection: ACCOUNTS, data: data as never, depth: 0, overrideAccess: true })).id
    }
    // through the local API: the customers hook moves the customer's existing orders under the account too
    await payload.update({ collection: 'customers', id: customer.id, data: { account } as never, depth: 0, overrideAccess: true })
    accountOf.set(String(customer.id), account)
  }
  return docs.length
}
