/**
 * An `afterChange` hook may also say how to handle many created documents at once. A writer that inserts several
 * rows with one statement (the inventory ledger books a row per line and level of an order) then calls that once
 * instead of the hook per document, so the hook can write its own rows with one statement too (the audit trail's
 * entries). Payload itself always calls the hook per document; this is only a faster path for the kit's writers.
 * A hook's many-documents handler leaves the documents as they are.
 */
import type { CollectionAfterChangeHook } from 'payload'

export type AfterChangeArgs = Parameters<CollectionAfterChangeHook>[0]
export type AfterChangeMany = (calls: readonly AfterChangeArgs[]) => Promise<void>

const MANY = Symbol.for('bureau.afterChangeMany')

/** The hook, carrying `many`: what to do for several documents of one write at once. */
export function withAfterChangeMany(hook: CollectionAfterChangeHook, many: AfterChangeMany): CollectionAfterChangeHook {
  return Object.assign(hook, { [MANY]: many })
}

/** The hook's many-documents handler, if it has one. */
export const afterChangeManyOf = (hook: CollectionAfterChangeHook): AfterChangeMany | undefined => (hook as { [MANY]?: AfterChangeMany })[MANY]
