import type { CollectionSlug, PayloadRequest } from 'payload'

import type { StockLow } from '../events'
import { lowStockMessage } from '../rules/low-stock-message'
import { loadLowStockFacts } from './low-stock-facts'

/** The tasks plugin's collection; this plugin never imports it, it looks for the slug in the running config. */
const TASKS = 'tasks' as CollectionSlug

/** A task for the warehouse's first manager when the tasks plugin is installed; nothing otherwise. */
export async function createTaskOnStockLow({ data, req }: { data: StockLow; req: PayloadRequest }): Promise<void> {
  if (!req.payload.collections[TASKS]) return
  const { facts, managers } = await loadLowStockFacts(req, data)
  const words = lowStockMessage(facts)
  await req.payload.create({
    collection: TASKS,
    data: {
      title: words.subject,
      description: words.text,
      priority: 'high',
      dueAt: new Date(Date.now() + 24 * 3600 * 1000).toISOString(),
      assignee: managers[0]?.id ?? null,
      concerns: { relationTo: 'inventory-levels', value: data.level },
    } as never,
    overrideAccess: true,
    depth: 0,
    req,
  })
}
