import { NotFound, type PayloadRequest } from 'payload'

import type { StockLow } from '../events'
import type { LowStockFacts } from '../rules/low-stock-message'

export type Manager = { id: number; email: string; phone?: string | null }

/**
 * A record deleted since the event is no one's to alert (null); any other failure is thrown, so the delivery is retried
 * instead of succeeding without its recipients (`disableErrors` would have turned a failed read into "no managers").
 */
async function unlessGone<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read
  } catch (error) {
    if (error instanceof NotFound) return null
    throw error
  }
}

/** What an alert about `data` says, and who manages the warehouse. */
export async function loadLowStockFacts(req: PayloadRequest, data: StockLow): Promise<{ facts: LowStockFacts; managers: Manager[] }> {
  const product = data.product === null ? null : await unlessGone(req.payload.findByID({ collection: 'products', id: data.product, depth: 0, select: { sku: true, name: true }, overrideAccess: true, req }))
  const warehouse = data.warehouse === null ? null : await unlessGone(req.payload.findByID({ collection: 'warehouses', id: data.warehouse, depth: 1, select: { name: true, managers: true }, overrideAccess: true, req }))
  const managers = ((warehouse?.managers ?? []) as unknown[]).filter((manager): manager is Manager => typeof manager === 'object' && manager !== null && 'email' in manager)
  return {
    facts: { product: String(product?.name ?? 'A product'), sku: String(product?.sku ?? '?'), warehouse: String(warehouse?.name ?? '?'), available: data.available, threshold: data.threshold },
    managers,
  }
}
