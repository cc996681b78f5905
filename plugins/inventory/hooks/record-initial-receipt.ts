import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { applyMovement } from '../ledger/apply-movement'
import { toThousandths } from '../rules/quantities'

const OPENING = 'inventory:openingStock'

/** A new level starts empty; the on hand it was created with arrives as its opening receipt (afterChange). */
export const holdOpeningStock: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  req.context[OPENING] = data.onHand ?? 0
  return { ...data, onHand: 0, reserved: 0, available: 0, lowStock: false }
}

/** Books the opening receipt through the ledger, so the level equals the sum of its movements from the start. */
export const recordInitialReceipt: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const opening = toThousandths(req.context[OPENING] ?? 0, 'onHand')
  delete req.context[OPENING]
  if (opening <= 0n) return doc
  const outcome = await applyMovement(req, { level: doc.id, kind: 'receipt', quantity: opening, reason: 'Opening stock', user: req.user?.collection === 'users' ? req.user.id : null })
  return { ...doc, onHand: Number(opening) / 1000, available: Number(outcome.available) / 1000 }
}
