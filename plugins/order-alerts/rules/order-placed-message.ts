/**
 * The "new order" alert staff receive (pure, no Payload import): a plain-text email that reads well in any client.
 */
import { formatDecimal, formatMinor, parseDecimal, PRICE_SCALE } from '../../../src/kit'

export type PlacedOrder = {
  orderNumber: string
  customerName: string
  currency: string
  minorDigits: number
  lines: Array<{ sku: string; name: string; quantity: number; unitPrice: string; total: number }>
  subtotal: number
  discountTotal: number
  shippingTotal: number
  taxTotal: number
  grandTotal: number
  /** link to the order in the admin, when the server URL is known */
  adminUrl: string | null
}

export function orderPlacedMessage(order: PlacedOrder): { subject: string; text: string } {
  const money = (minor: number) => formatMinor(BigInt(minor), order.minorDigits, order.currency)
  const unitPrice = (price: string) =>
    `${order.currency} ${formatDecimal(parseDecimal(price, PRICE_SCALE), PRICE_SCALE).replace(/(\.\d{2}\d*?)0+$/, '$1')}`
  const lines = order.lines.map(
    (line) => `  ${line.quantity} × ${line.sku} ${line.name} @ ${unitPrice(line.unitPrice)} = ${money(line.total)}`,
  )
  const totals = [
    `Subtotal: ${money(order.subtotal)}`,
    order.discountTotal ? `Discounts: -${money(order.discountTotal)}` : null,
    order.shippingTotal ? `Shipping: ${money(order.shippingTotal)}` : null,
    order.taxTotal ? `Tax: ${money(order.taxTotal)}` : null,
    `Total: ${money(order.grandTotal)}`,
  ].filter((line): line is string => line !== null)
  return {
    subject: `New order ${order.orderNumber} from ${order.customerName}: ${money(order.grandTotal)}`,
    text: [
      `${order.customerName} placed order ${order.orderNumber}.`,
      '',
      ...lines,
      '',
      ...totals,
      ...(order.adminUrl ? ['', `Open it: ${order.adminUrl}`] : []),
    ].join('\n'),
  }
}
