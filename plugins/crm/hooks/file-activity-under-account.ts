import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { idOf, type Id } from '../../../src/kit'
import { ACCOUNTS } from '../collections/slugs'

type Target = { relationTo: string; value: unknown }

/** The account a record belongs to: itself for an account, else its `account` link (none when it has none). */
export async function accountOf(req: PayloadRequest, target: Target | null | undefined): Promise<Id | null> {
  const id = idOf(target?.value)
  if (!target || id === null) return null
  if (target.relationTo === ACCOUNTS) return id
  const record = await req.payload.findByID({ collection: target.relationTo as never, id, depth: 0, overrideAccess: true, disableErrors: true, req })
  return idOf((record as { account?: unknown } | null)?.account)
}

/** Files an activity under the account of the record it concerns, so the account's timeline shows it. */
export const fileActivityUnderAccount: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const target = (data.relatedTo ?? originalDoc?.relatedTo) as Target | undefined
  return { ...data, account: await accountOf(req, target) }
}
