/**
 * The pricing plugin's domain events: inputs of the combined price lists changed. Emitted in the transaction of the
 * change; the rebuild subscriber (subscribers/rebuild-combined-lists.ts) brings the combined lists up to date.
 */
import type { DomainEventName, Id } from '../../src/kit'

declare module '../../src/kit' {
  interface DomainEvents {
    /** prices of these lists changed for these products: rebuild those products in the combined lists using the lists */
    'pricing.pricesChanged': { priceLists: Id[]; products: Id[] }
    /** something a chain depends on changed (a list's activity or schedule, an assignment, a fallback, a group, the settings) */
    'pricing.chainsChanged': { reason: string }
  }
}

export const PRICES_CHANGED = 'pricing.pricesChanged' satisfies DomainEventName
export const CHAINS_CHANGED = 'pricing.chainsChanged' satisfies DomainEventName
