/**
 * Every change to an input of the combined price lists queues their rebuild, in the transaction of the change (a
 * domain event: nothing is queued if the change rolls back, nothing is lost once it commits).
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { emitDomainEvent, idOf, type Id } from '../../../src/kit'
import { CHAINS_CHANGED, PRICES_CHANGED } from '../events'

const ids = (...values: unknown[]): Id[] => [...new Set(values.map(idOf).filter((id): id is Id => id !== null))]

const pricesChanged = (req: PayloadRequest, docs: Array<Record<string, unknown> | undefined>) =>
  emitDomainEvent(req, PRICES_CHANGED, { priceLists: ids(...docs.map((doc) => doc?.priceList)), products: ids(...docs.map((doc) => doc?.product)) })

export const rebuildPricesAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  await pricesChanged(req, operation === 'update' ? [doc, previousDoc] : [doc])
  return doc
}

export const rebuildPricesAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await pricesChanged(req, [doc])
  return doc
}

export const refreshChainsAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await emitDomainEvent(req, CHAINS_CHANGED, { reason: `${collection.slug} ${doc.id} changed` })
  return doc
}

export const refreshChainsAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await emitDomainEvent(req, CHAINS_CHANGED, { reason: `${collection.slug} ${doc.id} deleted` })
  return doc
}

/**
 * Customers, groups and websites: when a field chains depend on changed, or a record appeared that needs a chain of
 * its own (`createMatters`: a website always, a customer or group only with a fallback that stops at it).
 */
export const refreshChainsWhenChanged =
  (fields: readonly string[], createMatters: (doc: Record<string, unknown>) => boolean): CollectionAfterChangeHook =>
  async ({ collection, doc, previousDoc, operation, req }) => {
    const text = (value: unknown) => String(idOf(value) ?? value ?? '')
    const changed = operation === 'update' ? fields.filter((field) => text(doc[field]) !== text(previousDoc?.[field])) : []
    if ((operation === 'create' && createMatters(doc)) || changed.length) {
      await emitDomainEvent(req, CHAINS_CHANGED, { reason: `${collection.slug} ${doc.id}: ${operation === 'create' ? 'created' : changed.join(', ')}` })
    }
    return doc
  }

export const refreshChainsAfterSettings: GlobalAfterChangeHook = async ({ doc, req }) => {
  await emitDomainEvent(req, CHAINS_CHANGED, { reason: 'pricing settings changed' })
  return doc
}
