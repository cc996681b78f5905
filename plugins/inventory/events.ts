/** The inventory plugin's domain events, declared in the kit's event map (see collections/sales/order-events.ts). */
import type { DomainEventName, Id } from '../../src/kit'

/** A level's available quantity fell to or below its low-stock threshold (once per crossing). */
export type StockLow = { level: Id; product: Id | null; variant: Id | null; warehouse: Id | null; available: number; threshold: number }

declare module '../../src/kit' {
  interface DomainEvents {
    'stock.low': StockLow
  }
}

export const STOCK_LOW = 'stock.low' satisfies DomainEventName
