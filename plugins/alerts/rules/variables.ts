/**
 * The variables a template can use, built from the facts the subscriber loaded (pure). Money stays minor units
 * until the renderer formats it in the recipient's locale, so one set of facts serves every language.
 */
import { formatMoney, formatUnitPrice, labelOf, type CurrencyFormat } from '../../../src/kit'
import type { TemplateVariables } from './render-template'

export type OrderLineFacts = { sku: string | null; name: string | null; quantity: number; unitPrice: string | null; total: number }
export type OrderFacts = {
  number: string
  status: string | null
  currency: CurrencyFormat
  lines: readonly OrderLineFacts[]
  subtotal: number
  discountTotal: number
  shippingTotal: number
  taxTotal: number
  grandTotal: number
  customerName: string | null
  customerCode: string | null
  websiteName: string | null
  /** the order in the admin, when the server URL is known */
  url: string | null
}

const TOTAL_LABELS: Record<string, Record<'subtotal' | 'discounts' | 'shipping' | 'tax' | 'total', string>> = {
  en: { subtotal: 'Subtotal', discounts: 'Discounts', shipping: 'Shipping', tax: 'Tax', total: 'Total' },
  de: { subtotal: 'Zwischensumme', discounts: 'Rabatte', shipping: 'Versand', tax: 'Steuer', total: 'Gesamt' },
}

/** One line per order line: `30 × SCREW Screw @ $1.0149 = $30.45`. */
export function orderLinesText(order: OrderFacts, locale: string): string {
  const quantity = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 })
  return order.lines
    .map((line) => {
      const price = line.unitPrice ? ` @ ${formatUnitPrice(line.unitPrice, order.currency, locale)}` : ''
      const label = [line.sku, line.name].filter(Boolean).join(' ')
      return `${quantity.format(line.quantity)} × ${label}${price} = ${formatMoney(line.total, order.currency, locale)}`
    })
    .join('\n')
}

/** The totals that apply (discounts, shipping and tax only when not zero), one per line. */
export function orderTotalsText(order: OrderFacts, locale: string): string {
  const labels = TOTAL_LABELS[locale] ?? TOTAL_LABELS.en
  const money = (minor: number) => formatMoney(minor, order.currency, locale)
  return [
    `${labels.subtotal}: ${money(order.subtotal)}`,
    order.discountTotal ? `${labels.discounts}: -${money(order.discountTotal)}` : null,
    order.shippingTotal ? `${labels.shipping}: ${money(order.shippingTotal)}` : null,
    order.taxTotal ? `${labels.tax}: ${money(order.taxTotal)}` : null,
    `${labels.total}: ${money(order.grandTotal)}`,
  ]
    .filter((line): line is string => line !== null)
    .join('\n')
}

/** `order.*`, `customer.*` and `website.*` for one locale. */
export function orderVariables(order: OrderFacts, locale: string): TemplateVariables {
  const money = (minor: number) => ({ money: minor, currency: order.currency })
  return {
    'order.number': order.number,
    'order.status': order.status ? labelOf(order.status) : null,
    'order.currency': order.currency.code,
    'order.subtotal': money(order.subtotal),
    'order.discount': money(order.discountTotal),
    'order.shipping': money(order.shippingTotal),
    'order.tax': money(order.taxTotal),
    'order.total': money(order.grandTotal),
    'order.lines': orderLinesText(order, locale),
    'order.totals': orderTotalsText(order, locale),
    'order.url': order.url,
    'customer.name': order.customerName,
    'customer.code': order.customerCode,
    'website.name': order.websiteName,
  }
}

/** `status.from` / `status.to` as readable labels (`partiallyShipped` → `Partially shipped`). */
export const statusVariables = (from: string | null, to: string | null): TemplateVariables => ({
  'status.from': from ? labelOf(from) : null,
  'status.to': to ? labelOf(to) : null,
})
