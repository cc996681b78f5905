/**
 * The pricing plugin's domain events: inputs of the combined price lists changed. Emitted in the transaction of the
 * change; the rebuild subscriber (subscribers/rebuild-combined-lists.ts) brings the combined lists up to date.
 */
import type { DomainEventName, Id } from '../../src/kit'

declare module '../../src/kit' {
  interface DomainEvents {
    /** prices of these lists changed for these products (null: any product): rebuild them where the lists are used */
    'pricing.pricesChanged': { priceLists: Id[]; products: Id[] | null }
    /** a list's price rule changed: regenerate its prices */
    'pricing.ruleChanged': { priceList: Id }
    /** what price rules read of these products changed (base or cost price, category, brand, family, SKU) */
    'pricing.productsChanged': { products: Id[] }
    /** something a chain depends on changed (a list's activity or schedule, an assignment, a fallback, a group, the settings) */
    'pricing.chainsChanged': { reason: string }
    /** a price CSV was uploaded (price-imports): import it */
    'pricing.importQueued': { import: Id }
    /** a list's prices were asked for as CSV (price-exports): write it */
    'pricing.exportQueued': { export: Id }
  }
}

export const PRICES_CHANGED = 'pricing.pricesChanged' satisfies DomainEventName
export const CHAINS_CHANGED = 'pricing.chainsChanged' satisfies DomainEventName
export const RULE_CHANGED = 'pricing.ruleChanged' satisfies DomainEventName
export const PRODUCTS_CHANGED = 'pricing.productsChanged' satisfies DomainEventName
export const IMPORT_QUEUED = 'pricing.importQueued' satisfies DomainEventName
export const EXPORT_QUEUED = 'pricing.exportQueued' satisfies DomainEventName
