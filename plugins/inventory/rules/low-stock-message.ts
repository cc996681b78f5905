/** The words of a low-stock alert, the same for email, SMS and the task. */
export type LowStockFacts = { product: string; sku: string; warehouse: string; available: number; threshold: number }

export function lowStockMessage(facts: LowStockFacts): { subject: string; text: string; sms: string } {
  const subject = `Low stock: ${facts.sku} in ${facts.warehouse}`
  const text = `${facts.product} (${facts.sku}) is down to ${facts.available} available in ${facts.warehouse} (threshold ${facts.threshold}).`
  return { subject, text, sms: `Bureau: ${facts.sku} low in ${facts.warehouse}: ${facts.available} left (threshold ${facts.threshold})` }
}
