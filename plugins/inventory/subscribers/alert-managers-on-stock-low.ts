import type { PayloadRequest } from 'payload'

import { sendNotification, type NotificationMessage } from '../../../src/kit'
import { STOCK_LOW, type StockLow } from '../events'
import { lowStockMessage } from '../rules/low-stock-message'
import { loadLowStockFacts } from './low-stock-facts'

/** Emails every manager of the warehouse, and texts those with a phone; a failed send is retried by the runner. */
export async function alertManagersOnStockLow({ data, req }: { data: StockLow; req: PayloadRequest }): Promise<void> {
  const { facts, managers } = await loadLowStockFacts(req, data)
  const words = lowStockMessage(facts)
  const messages: NotificationMessage[] = managers.flatMap((manager) => [
    { channel: 'email' as const, to: manager.email, subject: words.subject, text: words.text },
    ...(manager.phone ? [{ channel: 'sms' as const, to: manager.phone, text: words.sms }] : []),
  ])
  const failed: string[] = []
  for (const message of messages) {
    const outcome = await sendNotification(req.payload, message, { about: { collection: 'inventory-levels', id: data.level }, event: STOCK_LOW })
    if (outcome.status === 'failed') failed.push(`${message.channel} to ${message.to}: ${outcome.error}`)
  }
  if (failed.length) throw new Error(`stock.low alert not delivered: ${failed.join('; ')}`)
}
