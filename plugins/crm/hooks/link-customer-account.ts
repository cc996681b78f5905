import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { customerFacts, idOf, sameId, transactionOf, type CustomerFact } from '../../../src/kit'
import { ACCOUNTS } from '../collections/slugs'

/**
 * Every commerce customer belongs to an account. A customer created without one gets its parent's account (when
 * `shareParentAccount`, so subsidiaries gather under the group's account) or a new account named after it, with
 * the customer's owner and business unit, in the customer's own transaction. The link is written in SQL: it is the
 * server's doing, so the staff user's reach over accounts does not decide whether a customer can be created.
 * When a customer moves to another account, its orders move with it (the Orders tab and lifetime sales follow).
 */
export const linkCustomerAccount =
  (options: { shareParentAccount: boolean }): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    const db = await transactionOf(req, 'crm: linking an account')
    if (operation === 'create' && idOf(doc.account) === null) {
      const parent = options.shareParentAccount ? idOf(doc.parent) : null
      const parentDoc = parent === null ? null : await req.payload.findByID({ collection: 'customers', id: parent, depth: 0, overrideAccess: true, disableErrors: true, req })
      let account = idOf((parentDoc as { account?: unknown } | null)?.account)
      if (account === null) {
        const data = { name: doc.name, email: doc.email, phone: doc.phone, owner: idOf(doc.owner), businessUnit: idOf(doc.businessUnit) }
        account = (await req.payload.create({ collection: ACCOUNTS, data: data as never, depth: 0, overrideAccess: true, req })).id
      }
      await db.execute(sql`update customers set account_id = ${account} where id = ${doc.id}`)
      return { ...doc, account }
    }
    if (operation === 'update' && !sameId(doc.account, previousDoc?.account)) {
      await db.execute(sql`update orders set account_id = ${idOf(doc.account)} where customer_id = ${doc.id}`)
    }
    return doc
  }

/** The customer's account: a fact read with the buyer (src/kit/customer-facts.ts). */
export const ACCOUNT_FACT = 'crm:account'
export const accountFact: CustomerFact = { name: ACCOUNT_FACT, plugin: 'crm', select: sql`c.account_id` }

/**
 * An order is filed under its customer's account (a server-kept link, set again when the order's customer changes).
 * It is set before the order is written, from the customer's facts the calculation has already read with the buyer:
 * no statement of its own (it was an UPDATE after every order's insert).
 */
export const fileOrderUnderAccount: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const customer = data.customer !== undefined ? data.customer : originalDoc?.customer
  if (operation !== 'create' && sameId(customer, originalDoc?.customer)) return data
  const customerId = idOf(customer)
  const facts = customerId === null ? null : await customerFacts(req, customerId)
  return { ...data, account: idOf(facts?.[ACCOUNT_FACT]) }
}
